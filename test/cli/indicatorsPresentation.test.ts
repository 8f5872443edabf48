import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";
import { asOf, openFixture } from "../lib/indicators/fixture.ts";
import { displayWidth } from "../../src/cli/displayWidth.ts";

let db: string;
beforeAll(async () => {
  db = join(tempDir(), "fixture.duckdb");
  const store = await openFixture(db);
  // a contact registered in 2019 whose sector, as typed into the workbook, reads as a spreadsheet formula
  await store.run(`INSERT INTO investment_contacts (contact_id, company, country, sector, first_contact_on, channel,
                                 registered_on, dropped_on, registered_capital_usd) VALUES
    ('C9', 'Formula', 'CN', '=HYPERLINK("http://x","y")', '2019-01-05', 'embassy', '2019-04-01', NULL, 100),
    ('C10', 'Quảng Tây', 'CN', '电子元件', '2019-01-05', 'embassy', '2019-04-02', NULL, 100),
    ('C11', 'Dệt', 'VN', '${"Dệt may".normalize("NFD")}', '2019-01-05', 'embassy', '2019-04-03', NULL, 100)`);
  store.close();
});

function run(args: string[]) {
  return runCli(["indicators", "--db", db, "--as-of", asOf, "--period", "2019", ...args]);
}

describe("doingoai indicators writes its CSV and its table through the shared presentation code", () => {
  it("--format csv guards a split value starting with = (it comes out as '=…, quoted as RFC 4180 asks)", async () => {
    const { code, stdout } = await run([
      "--by",
      "sector",
      "--indicator",
      "investment.registered",
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("indicator,period,sector,unit,value,previous,change,target");
    // 2018 has no contact registered: previous and change are empty
    expect(lines).toContain(`investment.registered,2019,"'=HYPERLINK(""http://x"",""y"")",count,1,,,`);
    expect(stdout).not.toMatch(/(^|,)"?=/m);
  });

  it("--format csv keeps negative changes as numbers (only text columns are guarded)", async () => {
    const { stdout } = await runCli([
      "indicators",
      "--db",
      db,
      "--as-of",
      asOf,
      "--period",
      "2020",
      "--indicator",
      "aid.committed_usd",
      "--format",
      "csv",
    ]);
    expect(stdout.trim().split("\n")[1]).toBe("aid.committed_usd,2020,USD,100000,1290000,-1190000,");
  });

  it("the table lines up sectors written in Chinese and in Vietnamese NFD by display width", async () => {
    const { code, stdout } = await run(["--by", "sector", "--indicator", "investment.registered"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    const rows = lines.filter((l) => l.startsWith("Nhà đầu tư đăng ký đầu tư"));
    expect(rows.some((l) => l.includes("电子元件"))).toBe(true);
    expect(rows.some((l) => l.includes("Dệt may".normalize("NFD")))).toBe(true);
    // the unit column ("số") starts at the same terminal column on every row
    const unitColumn = (l: string) => displayWidth(l.slice(0, l.indexOf(" số")));
    expect(new Set(rows.map(unitColumn)).size).toBe(1);
    // the rows fill every column (the last two say "không có dữ liệu"), so each is as wide as the rule under the head
    expect(rows.map(displayWidth)).toEqual(rows.map(() => displayWidth(lines[1]!)));
  });
});
