import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";
import { asOf, openFixture } from "../lib/indicators/fixture.ts";

function run(args: string[]) {
  return runCli(["indicators", "--db", db, "--as-of", asOf, ...args]);
}

let db: string;
beforeAll(async () => {
  db = join(tempDir(), "fixture.duckdb");
  (await openFixture(db)).close();
});

describe("doingoai indicators", () => {
  it("--format json gives an array of objects with indicator, period, value, unit, previous, change and one key per split", async () => {
    const { code, stdout: out } = await run([
      "--period",
      "2019",
      "--by",
      "country",
      "--indicator",
      "delegations.inbound",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    // inbound 2019: LA D1 + D2 = 2; KR appears through outbound delegations with 0
    expect(JSON.parse(out)).toEqual([
      {
        indicator: "delegations.inbound",
        period: "2019",
        country: "KR",
        unit: "count",
        value: 0,
        // 2018 holds no delegation at all: no data, not 0
        previous: null,
        change: null,
        target: null,
      },
      {
        indicator: "delegations.inbound",
        period: "2019",
        country: "LA",
        unit: "count",
        value: 2,
        previous: null,
        change: null,
        target: null,
      },
    ]);
  });

  it("--where DIM=VALUE filters and repeated options add up", async () => {
    const { code, stdout: out } = await run([
      "--period",
      "2019",
      "--period",
      "2020",
      "--where",
      "country=LA",
      "--indicator",
      "delegations.inbound",
      "--indicator",
      "delegations.person_trips",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    // LA: 2019 D1 (6) + D2 (5); 2020 none
    expect(
      JSON.parse(out).map((o: Record<string, unknown>) => [o["indicator"], o["period"], o["value"]]),
    ).toEqual([
      ["delegations.inbound", "2019", 2],
      ["delegations.inbound", "2020", 0],
      ["delegations.person_trips", "2019", 11],
      ["delegations.person_trips", "2020", 0],
    ]);
  });

  it("the table reads in Vietnamese with Vietnamese numbers by default, English with --lang en", async () => {
    const vi = await run(["--period", "2019", "--indicator", "delegations.cost,delegations.in_plan_rate"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Chỉ số");
    expect(vi.stdout).toContain("Kinh phí đoàn (VND)");
    expect(vi.stdout).toContain("79.500.000 ₫");
    expect(vi.stdout).toContain("50,0%");
    expect(vi.stdout).toContain("không có dữ liệu"); // in_plan_rate 2018: no delegations
    const en = await run(["--period", "2019", "--indicator", "delegations.cost", "--lang", "en"]);
    expect(en.stdout).toContain("Delegation cost (VND)");
    expect(en.stdout).toContain("79,500,000 VND");
  });

  it("--format csv has a header and machine-readable numbers", async () => {
    const { stdout: out } = await run([
      "--from",
      "2019",
      "--to",
      "2020",
      "--indicator",
      "aid.committed_usd",
      "--format",
      "csv",
    ]);
    expect(out.trim().split("\n")).toEqual([
      "indicator,period,unit,value,previous,change,target",
      "aid.committed_usd,2019,USD,1290000,120000,1170000,",
      "aid.committed_usd,2020,USD,100000,1290000,-1190000,",
    ]);
  });

  it("bad input exits 2 with a bilingual message", async () => {
    const bad = await run(["--period", "2019", "--where", "countryLA"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--where");
    const unknown = await run(["--period", "2019", "--by", "colour", "--lang", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown dimension: colour");
    const format = await run(["--period", "2019", "--format", "xml"]);
    expect(format.code).toBe(2);
  });
});
