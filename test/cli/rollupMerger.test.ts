import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportData } from "../../src/lib/io/exportData.ts";
import { setOfficeProfile } from "../../src/lib/office/officeProfileStore.ts";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { createVariantDatabase, otherOffice } from "../helpers/databaseVariants.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

type JsonRow = { indicator: string; period: string; office?: string; value: number | null };

async function json(args: string[]): Promise<JsonRow[]> {
  const r = await runCli([...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonRow[];
}

const value = (rows: JsonRow[], indicator: string, period: string, office?: string) =>
  rows.find((r) => r.indicator === indicator && r.period === period && r.office === office)?.value;

// The merged province: the sample (Thái Nguyên, office thai-nguyen-sngv) absorbed Bắc Kạn on 01/07/2025.
// Bắc Kạn's export is the "otherProvince" variant of test/helpers/databaseVariants.ts (2023–2024, a few
// records a year written by hand) under the office id bac-kan. Its figures, worked from those rows:
//   2023 (k = 0): delegations D-2023-1 inbound LA 6 people in plan, D-2023-2 outbound KR 5 in plan,
//                 D-2023-3 inbound JP 3 not in plan → inbound 2, outbound 1, person-trips 14, in plan 2 of 3.
//   2024 (k = 1): D-2024-1 inbound 6 in plan, D-2024-2 outbound 5 in plan → inbound 1, outbound 1,
//                 person-trips 11, in plan 2 of 2; cost 2 × 50.000.000 = 100.000.000 VND.
//                 reception budget: allocated 800.000.000, spent 700.000.000 VND.
describe("the merged province: the office's database plus the absorbed office's export (--also)", () => {
  let home: string;
  let absorbed: string;
  const sample: Record<string, number> = {};
  beforeAll(async () => {
    home = join(tempDir("doingoai-merger-"), "thai-nguyen.duckdb");
    const store = await openStore({ path: home });
    await loadSample(store);
    store.close();
    const bacKanDb = join(tempDir("doingoai-merger-"), "bac-kan.duckdb");
    await createVariantDatabase(bacKanDb, "otherProvince");
    const bk = await openStore({ path: bacKanDb });
    await setOfficeProfile(bk, {
      ...otherOffice,
      recipients: [...otherOffice.recipients],
      office_id: "bac-kan",
      province: "Bắc Kạn",
    });
    absorbed = tempDir("doingoai-merger-");
    await exportData(bk, absorbed, { format: "parquet" });
    bk.close();
    const r = await runCli([
      "office",
      "merge",
      "--db",
      home,
      "--absorbed-office-id",
      "bac-kan",
      "--absorbed-province",
      "Bắc Kạn",
      "--merged-on",
      "01/07/2025",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Bắc Kạn (bac-kan) sáp nhập vào Thái Nguyên (thai-nguyen-sngv) từ 01/07/2025");
    // the sample's own counts and the raw records of its 2024 in-plan share and reception budget
    const s = await openStore({ path: home, readOnly: true });
    const [d] = await s.all<{ n: bigint; p: bigint; inb: bigint }>(
      "SELECT count(*) AS n, count(*) FILTER (WHERE in_plan) AS p, count(*) FILTER (WHERE direction = 'inbound') AS inb FROM delegations WHERE year(start_on) = 2024",
    );
    const [b] = await s.all<{ a: number; sp: number }>(
      "SELECT sum(allocated) AS a, sum(spent) AS sp FROM budgets WHERE year = 2024 AND line = 'reception' AND currency = 'VND'",
    );
    s.close();
    Object.assign(sample, {
      n: Number(d!.n),
      p: Number(d!.p),
      inbound: Number(d!.inb),
      alloc: b!.a,
      spent: b!.sp,
    });
  }, 180_000);

  it("gives the comparable series: the sums of both offices, ratios from the pooled records", async () => {
    const ids =
      "delegations.inbound,delegations.person_trips,delegations.in_plan_rate,budget.reception_utilisation";
    const alone = await json([
      "indicators",
      "--db",
      home,
      "--period",
      "2023,2024",
      "--indicator",
      ids,
      "--as-of",
      "2025-12-31",
    ]);
    const merged = await json([
      "indicators",
      "--db",
      home,
      "--also",
      absorbed,
      "--period",
      "2023,2024",
      "--indicator",
      ids,
      "--as-of",
      "2025-12-31",
    ]);
    expect(sample.inbound).toBe(value(alone, "delegations.inbound", "2024"));
    expect(value(merged, "delegations.inbound", "2023")).toBe(
      value(alone, "delegations.inbound", "2023")! + 2,
    );
    expect(value(merged, "delegations.inbound", "2024")).toBe(sample.inbound! + 1);
    expect(value(merged, "delegations.person_trips", "2023")).toBe(
      value(alone, "delegations.person_trips", "2023")! + 14,
    );
    expect(value(merged, "delegations.person_trips", "2024")).toBe(
      value(alone, "delegations.person_trips", "2024")! + 11,
    );
    // pooled: (sample's delegations in plan + 2) / (sample's delegations + 2), not the mean of the two shares
    expect(value(merged, "delegations.in_plan_rate", "2024")).toBeCloseTo(
      (sample.p! + 2) / (sample.n! + 2),
      12,
    );
    expect((sample.p! + 2) / (sample.n! + 2)).not.toBeCloseTo((sample.p! / sample.n! + 1) / 2, 6);
    expect(value(merged, "budget.reception_utilisation", "2024")).toBeCloseTo(
      (sample.spent! + 700_000_000) / (sample.alloc! + 800_000_000),
      12,
    );
  }, 120_000);

  it("shows both offices apart with --by office", async () => {
    const rows = await json([
      "indicators",
      "--db",
      home,
      "--also",
      absorbed,
      "--period",
      "2024",
      "--by",
      "office",
      "--indicator",
      "delegations.inbound,delegations.in_plan_rate,delegations.cost",
      "--as-of",
      "2025-12-31",
    ]);
    expect(value(rows, "delegations.inbound", "2024", "bac-kan")).toBe(1);
    expect(value(rows, "delegations.inbound", "2024", "thai-nguyen-sngv")).toBe(sample.inbound);
    expect(value(rows, "delegations.in_plan_rate", "2024", "bac-kan")).toBe(1);
    expect(value(rows, "delegations.in_plan_rate", "2024", "thai-nguyen-sngv")).toBeCloseTo(
      sample.p! / sample.n!,
      12,
    );
    expect(value(rows, "delegations.cost", "2024", "bac-kan")).toBe(100_000_000);
    expect(rows.filter((r) => r.indicator === "delegations.inbound").map((r) => r.office)).toEqual([
      "bac-kan",
      "thai-nguyen-sngv",
    ]);
  }, 120_000);

  it("doingoai rollup over both exports gives the same rows as indicators --also (JSON of the same shape)", async () => {
    const homeExport = tempDir("doingoai-merger-");
    expect((await runCli(["export", homeExport, "--db", home, "--format", "parquet"])).code).toBe(0);
    const args = [
      "--period",
      "2024",
      "--by",
      "office",
      "--indicator",
      "delegations.inbound,aid.disbursement_rate",
      "--as-of",
      "2025-12-31",
    ];
    const viaRollup = await json(["rollup", homeExport, absorbed, ...args]);
    const viaAlso = await json(["indicators", "--db", home, "--also", absorbed, ...args]);
    expect(viaRollup).toEqual(viaAlso);
    expect(Object.keys(viaRollup[0]!)).toEqual([
      "indicator",
      "period",
      "office",
      "unit",
      "value",
      "previous",
      "change",
      "target",
    ]);
  }, 120_000);

  it("refuses rollup without a folder (exit 2) and a folder that is not an export (exit 5), in both languages", async () => {
    const none = await runCli(["rollup"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Cần ít nhất một thư mục xuất Parquet");
    expect(none.stderr).toContain("At least one Parquet export folder is needed");
    const bad = await runCli(["rollup", tempDir("doingoai-merger-")]);
    expect(bad.code).toBe(5);
    expect(bad.stderr).toContain("doingoai-export.json");
  });
});
