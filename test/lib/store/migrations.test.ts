import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { describe, expect, it } from "vitest";
import { listChanges } from "../../../src/lib/changes/listChanges.ts";
import { undoLastChange } from "../../../src/lib/changes/undoLastChange.ts";
import { DoingoaiError, exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { migrate } from "../../../src/lib/store/migrate.ts";
import { latestVersion, migrations, type Migration } from "../../../src/lib/store/migrations.ts";
import { v1 } from "../../../src/lib/store/migrations/v1.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";

const fixture = new URL("../../fixtures/v1/", import.meta.url).pathname;

interface TableDigest {
  columns: string[];
  rows: number;
  md5: string;
}
const expected = (
  JSON.parse(readFileSync(join(fixture, "sample-v1.digest.json"), "utf8")) as {
    tables: Record<string, TableDigest>;
  }
).tables;

/** A fresh copy of the committed version-1 database. */
async function v1Copy(): Promise<string> {
  const path = join(tempDir(), "v1.duckdb");
  await pipeline(
    createReadStream(join(fixture, "sample-v1.duckdb.gz")),
    createGunzip(),
    createWriteStream(path),
  );
  return path;
}

/** Row count and md5 of the sorted rows of `columns` of a table (as in test/helpers/digest.ts). */
async function tableDigest(store: Store, table: string, columns: string[]): Promise<TableDigest> {
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const [r] = await store.all<{ n: bigint; h: string }>(
    `SELECT count(*) AS n, md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) AS h FROM (SELECT ${cols} FROM "${table}") t`,
  );
  return { columns, rows: Number(r!.n), md5: r!.h };
}

async function schemaVersion(store: Store): Promise<number> {
  const [v] = await store.all<{ value: string }>(
    "SELECT value FROM doingoai_meta WHERE key = 'schema_version'",
  );
  return Number(v!.value);
}

describe("migrations", () => {
  it("are numbered from 1 in increasing order, and version 1 is the frozen literal SQL", () => {
    // Branches number their versions apart (v4, v5, v6…) and the lead closes the gaps at merge.
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(migrations[0]).toBe(v1);
    expect(v1.sql).toContain(`CREATE TABLE "delegations" (`);
    expect(v1.sql).not.toContain("${");
  });

  it("open a version-1 database holding the sample, migrate it to the latest version and keep every table intact", async () => {
    const path = await v1Copy();
    const store = await openStore({ path });
    try {
      expect(await schemaVersion(store)).toBe(latestVersion);
      expect(Object.keys(expected)).toHaveLength(13);
      for (const [table, want] of Object.entries(expected)) {
        expect(await tableDigest(store, table, want.columns), table).toEqual(want);
      }
      expect(expected["delegations"]!.rows).toBe(1204);
      const [log] = await store.all<{ n: bigint }>(
        "SELECT count(*) AS n FROM import_log WHERE command = 'sample'",
      );
      expect(Number(log!.n)).toBe(1);
      // the money views still convert: the sample's aid is committed in several currencies
      const [usd] = await store.all<{ missing: bigint }>(
        "SELECT count(*) FILTER (WHERE committed_amount_usd IS NULL) AS missing FROM v_aid_projects",
      );
      expect(Number(usd!.missing)).toBe(0);
      // version 6 put the optional IATI columns beside project_id and title, empty for old rows
      const columns = await store.all<{ name: string }>(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'aid_projects' ORDER BY ordinal_position",
      );
      expect(columns.map((c) => c.name).slice(0, 5)).toEqual([
        "project_id",
        "iati_identifier",
        "ngo_id",
        "title",
        "title_en",
      ]);
      const [iati] = await store.all<{ n: bigint; filled: bigint; usd: number }>(
        "SELECT count(*) AS n, count(iati_identifier) + count(title_en) AS filled, sum(committed_amount_usd) AS usd FROM v_aid_projects",
      );
      expect(Number(iati!.n)).toBe(expected["aid_projects"]!.rows);
      expect(Number(iati!.filled)).toBe(0);
      expect(iati!.usd).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it("upgrade a version-1 database opened read-only (as the dashboards and reading commands open it), then read it", async () => {
    const path = await v1Copy();
    const store = await openStore({ path, readOnly: true });
    try {
      expect(store.readOnly).toBe(true);
      expect(await schemaVersion(store)).toBe(latestVersion);
      const want = expected["aid_projects"]!;
      expect(await tableDigest(store, "aid_projects", want.columns)).toEqual(want);
    } finally {
      store.close();
    }
  });

  it("carry a version-1 database's import log into the history as changes that cannot be undone, and refuse to undo them without writing", async () => {
    const store = await openStore({ path: await v1Copy() });
    try {
      const [change] = await listChanges(store);
      expect(change).toMatchObject({ id: 1, command: "sample", sources: ["sample"], undoable: false });
      expect(change!.counts["delegations"]).toEqual({ inserted: 1204, updated: 0, deleted: 0 });
      const refused = await undoLastChange(store).then(
        () => null,
        (e: unknown) => e,
      );
      expect((refused as DoingoaiError).exitCode).toBe(exitCodes.invalidData);
      expect((refused as DoingoaiError).text.en).toContain("before doingoai kept a change trail");
      const want = expected["delegations"]!;
      expect(await tableDigest(store, "delegations", want.columns)).toEqual(want);
    } finally {
      store.close();
    }
  });

  it("apply a later migration that adds a column to a version-1 database, keeping its rows, and refuse to open it with code that does not know that version", async () => {
    const path = await v1Copy();
    const store = await openStore({ path });
    const next = latestVersion + 1;
    const addColumn: Migration = {
      version: next,
      description: "throw-away: partners get a website",
      sql: `ALTER TABLE partners ADD COLUMN website VARCHAR;
UPDATE partners SET website = 'https://example.invalid/' || partner_id WHERE kind = 'locality';`,
    };
    try {
      await migrate(store, [...migrations, addColumn]);
      expect(await schemaVersion(store)).toBe(next);
      const want = expected["partners"]!;
      expect(await tableDigest(store, "partners", want.columns)).toEqual(want);
      const [r] = await store.all<{ filled: bigint; n: bigint }>(
        "SELECT count(website) AS filled, count(*) AS n FROM partners",
      );
      expect(Number(r!.n)).toBe(want.rows);
      expect(Number(r!.filled)).toBeGreaterThan(0);
      // running the same list again changes nothing
      await migrate(store, [...migrations, addColumn]);
      expect(await schemaVersion(store)).toBe(next);
    } finally {
      store.close();
    }
    const refused = await openStore({ path }).then(
      (s) => {
        s.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DoingoaiError);
    expect((refused as DoingoaiError).exitCode).toBe(exitCodes.database);
    expect((refused as DoingoaiError).text.en).toContain(`schema version ${next}`);
  });
});
