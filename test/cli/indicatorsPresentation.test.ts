import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";
import { asOf, openFixture } from "../lib/indicators/fixture.ts";

let db: string;
beforeAll(async () => {
  db = join(tempDir(), "fixture.duckdb");
  const store = await openFixture(db);
  // a contact registered in 2019 whose sector, as typed into the workbook, reads as a spreadsheet formula
  await store.run(`INSERT INTO investment_contacts (contact_id, company, country, sector, first_contact_on, channel,
                                 registered_on, dropped_on, registered_capital_usd) VALUES
    ('C9', 'Formula', 'CN', '=HYPERLINK("http://x","y")', '2019-01-05', 'embassy', '2019-04-01', NULL, 100)`);
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
});
