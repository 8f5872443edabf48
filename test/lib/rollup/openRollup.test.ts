import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { computeIndicators, listIndicators } from "../../../src/lib/indicators/index.ts";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { exportManifestName } from "../../../src/lib/io/exportManifest.ts";
import { openRollup } from "../../../src/lib/rollup/openRollup.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";

/** A copy of an export folder whose manifest names another office (the same records). */
function copyAs(dir: string, office: string, edit: (m: Record<string, unknown>) => void = () => {}): string {
  const copy = tempDir("doingoai-rollup-");
  cpSync(dir, copy, { recursive: true });
  const path = join(copy, exportManifestName);
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  (manifest["office"] as Record<string, unknown>)["office_id"] = office;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
  return copy;
}

const query = { periods: ["2019", "2024", "2019Q2", "2021-2025"], asOf: "2025-12-31" };

describe("openRollup over two copies of the sample's Parquet export", () => {
  let db: string;
  let first: string;
  let second: string;
  beforeAll(async () => {
    db = join(tempDir("doingoai-rollup-"), "sample.duckdb");
    const store = await openStore({ path: db });
    await loadSample(store);
    first = tempDir("doingoai-rollup-");
    await exportData(store, first, { format: "parquet" });
    store.close();
    second = copyAs(first, "sample-copy");
  }, 120_000);

  it("gives exactly twice each additive indicator, the same ratios and days, for every period kind", async () => {
    const store = await openStore({ path: db, readOnly: true });
    const one = await computeIndicators(store, query, { arrow: false });
    store.close();
    const rollup = await openRollup([first, second]);
    const two = await computeIndicators(rollup, query, { arrow: false });
    rollup.close();
    const defs = new Map(listIndicators().map((d) => [d.id, d]));
    expect(two.rows.length).toBe(one.rows.length);
    let additive = 0;
    let ratios = 0;
    two.rows.forEach((row, i) => {
      const base = one.rows[i]!;
      expect([row.indicator, row.period]).toEqual([base.indicator, base.period]);
      const def = defs.get(row.indicator)!;
      const what = `${row.indicator} ${row.period}`;
      if (def.additive) {
        additive++;
        expect(row.value, what).toBeCloseTo(2 * base.value!, 6);
      } else if (def.unit === "percent" || def.unit === "days") {
        ratios++;
        if (base.value === null) expect(row.value, what).toBeNull();
        else expect(row.value, what).toBeCloseTo(base.value, 12);
      }
    });
    // the comparison compared something: every additive indicator and every ratio, four periods each
    expect(additive).toBeGreaterThanOrEqual(4 * 15);
    expect(ratios).toBeGreaterThanOrEqual(4 * 8);
    expect(
      one.rows.find((r) => r.indicator === "delegations.inbound" && r.period === "2019")!.value,
    ).toBeGreaterThan(0);
  }, 120_000);

  it("splits by office: each office's values are the single database's", async () => {
    const store = await openStore({ path: db, readOnly: true });
    const one = await computeIndicators(store, { ...query, periods: ["2019"] }, { arrow: false });
    store.close();
    const rollup = await openRollup([first, second]);
    const split = await computeIndicators(
      rollup,
      { ...query, periods: ["2019"], by: ["office"] },
      { arrow: false },
    );
    rollup.close();
    for (const base of one.rows) {
      const mine = split.rows.filter((r) => r.indicator === base.indicator);
      expect(
        mine.map((r) => r.dims["office"]),
        base.indicator,
      ).toEqual(["sample-copy", "thai-nguyen-sngv"]);
      for (const r of mine) {
        if (base.value === null) expect(r.value).toBeNull();
        else expect(r.value, `${base.indicator} ${r.dims["office"]}`).toBeCloseTo(base.value, 6);
      }
    }
  }, 120_000);

  it("labels each row with its own export's office and prefixes its ids with it, whichever order the folders come in", async () => {
    // an office whose delegations are every other row of the sample's: the offices differ in size
    const half = copyAs(first, "half-office");
    const scratch = await openStore({ path: join(tempDir("doingoai-rollup-"), "scratch.duckdb") });
    await scratch.run(
      `COPY (SELECT * FROM read_parquet('${join(first, "delegations.parquet")}') WHERE hash(delegation_id) % 2 = 0)
       TO '${join(half, "delegations.parquet")}' (FORMAT parquet)`,
    );
    const [{ n: halfRows }] = await scratch.all<{ n: bigint }>(
      `SELECT count(*) AS n FROM read_parquet('${join(half, "delegations.parquet")}')`,
    );
    const [{ n: fullRows }] = await scratch.all<{ n: bigint }>(
      `SELECT count(*) AS n FROM read_parquet('${join(first, "delegations.parquet")}')`,
    );
    scratch.close();
    expect(Number(halfRows)).toBeGreaterThan(0);
    expect(Number(halfRows)).toBeLessThan(Number(fullRows));
    for (const dirs of [
      [half, first],
      [first, half],
    ]) {
      const rollup = await openRollup(dirs);
      const rows = await rollup.all<{ office: string; n: bigint; wrong: bigint }>(
        `SELECT office, count(*) AS n,
                count(*) FILTER (WHERE NOT starts_with(delegation_id, office || ':')
                                    OR NOT starts_with(coalesce(partner_id, office || ':'), office || ':')) AS wrong
         FROM delegations GROUP BY office ORDER BY office`,
      );
      const partners = await rollup.all<{ office: string; wrong: bigint }>(
        `SELECT office, count(*) FILTER (WHERE NOT starts_with(partner_id, office || ':')) AS wrong
         FROM partners GROUP BY office ORDER BY office`,
      );
      rollup.close();
      expect(rows.map((r) => [r.office, Number(r.n), Number(r.wrong)])).toEqual([
        ["half-office", Number(halfRows), 0],
        ["thai-nguyen-sngv", Number(fullRows), 0],
      ]);
      expect(partners.map((r) => [r.office, Number(r.wrong)])).toEqual([
        ["half-office", 0],
        ["thai-nguyen-sngv", 0],
      ]);
    }
  }, 120_000);

  it("refuses exports of another schema version, naming the office, and the same office twice", async () => {
    const old = copyAs(first, "old-office", (m) => {
      m["schema_version"] = 3;
    });
    await expect(openRollup([first, old])).rejects.toThrow(
      /old-office.*phiên bản lược đồ 3[\s\S]*old-office.*schema version 3/,
    );
    await expect(openRollup([first, first])).rejects.toThrow(
      /thai-nguyen-sngv.*hai lần[\s\S]*thai-nguyen-sngv.*twice/,
    );
  });
});
