import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { exportManifestName, exportManifestSchema } from "../../../src/lib/io/exportManifest.ts";
import { latestVersion } from "../../../src/lib/store/migrations.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { setOfficeMerge } from "../../../src/lib/office/officeMerges.ts";
import { runCli } from "../../helpers/runCli.ts";
import { tempDir } from "../../helpers/fixtures.ts";

/** Every row of a table (or of office_profiles / office_merges), in a fixed order, as JSON text. */
async function tableText(db: string, table: string, columns = "*"): Promise<string> {
  const store = await openStore({ path: db, readOnly: true });
  try {
    const rows = await store.all(`SELECT ${columns} FROM "${table}" ORDER BY ALL`);
    return JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
  } finally {
    store.close();
  }
}

describe("Parquet export and import", () => {
  let db: string;
  let dir: string;
  beforeAll(async () => {
    db = join(tempDir("doingoai-parquet-"), "sample.duckdb");
    const store = await openStore({ path: db });
    await loadSample(store);
    await setOfficeMerge(store, {
      office_id: "thai-nguyen-sngv",
      absorbed_office_id: "bac-kan",
      absorbed_province: "Bắc Kạn",
      merged_on: "2025-07-01",
    });
    dir = tempDir("doingoai-parquet-");
    await exportData(store, dir, { format: "parquet" });
    store.close();
  }, 120_000);

  it("writes one Parquet file per table and a manifest naming the office, the schema version and the time", () => {
    for (const e of entities) expect(existsSync(join(dir, `${e.name}.parquet`))).toBe(true);
    const manifest = exportManifestSchema.parse(
      JSON.parse(readFileSync(join(dir, exportManifestName), "utf8")),
    );
    expect(manifest.schema_version).toBe(latestVersion);
    expect(manifest.office?.office_id).toBe("thai-nguyen-sngv");
    expect(manifest.merges).toEqual([
      {
        office_id: "thai-nguyen-sngv",
        absorbed_office_id: "bac-kan",
        absorbed_province: "Bắc Kạn",
        merged_on: "2025-07-01",
      },
    ]);
    expect(manifest.sample).toBe(true);
    expect(Date.now() - Date.parse(manifest.exported_at)).toBeLessThan(3_600_000);
    expect(manifest.tables["delegations"]!.rows).toBeGreaterThan(100);
  });

  it("doingoai import DIR of the export gives an empty database identical tables, profile and merges", async () => {
    const copy = join(tempDir("doingoai-parquet-"), "copy.duckdb");
    const r = await runCli(["import", dir, "--db", copy]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const e of entities) {
      const [a, b] = [await tableText(db, e.name), await tableText(copy, e.name)];
      expect(b.length, e.name).toBeGreaterThan(2);
      expect(b, e.name).toBe(a);
    }
    const profile = "* EXCLUDE (updated_at)";
    expect(await tableText(copy, "office_profiles", profile)).toBe(
      await tableText(db, "office_profiles", profile),
    );
    expect(await tableText(copy, "office_merges")).toBe(await tableText(db, "office_merges"));
  }, 120_000);
});
