import { createHash } from "node:crypto";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  copyFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { neededFileSize } from "../../src/lib/store/checkDatabaseFile.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";
import { runCli as run } from "../helpers/runCli.ts";

const v1Fixture = new URL("../fixtures/v1/sample-v1.duckdb.gz", import.meta.url).pathname;

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Runs `sql` on the database file with DuckDB itself (as another program, or a hand edit, would). */
async function edit(path: string, sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  await c.run(sql);
  c.closeSync();
  instance.closeSync();
}

/** Each command that opens the database: reading, exporting and importing all refuse it. */
async function expectRefused(db: string, says: string[]): Promise<void> {
  const before = sha(db);
  const files = readdirSync(dirname(db)).sort();
  const out = join(tempDir("doingoai-refused-"), "out");
  for (const args of [["history"], ["indicators"], ["export", out], ["import", validFolder]]) {
    const r = await run([...args, "--db", db]);
    expect(r.code, `${args[0]} ${db}`).toBe(4);
    expect(r.stderr, args[0]).toContain(`Cơ sở dữ liệu ${db}`);
    expect(r.stderr, args[0]).toContain(`Database ${db}`);
    for (const s of says) expect(r.stderr, args[0]).toContain(s);
    // never the migration SQL, never a stack
    expect(r.stderr, args[0]).not.toMatch(/CREATE TABLE|SQL:|at .*\.ts:\d+/);
    expect(sha(db), `${args[0]} left ${db} byte-identical`).toBe(before);
    expect(readdirSync(dirname(db)).sort(), "no .wal or other file left beside it").toEqual(files);
  }
  expect(existsSync(out)).toBe(false);
}

describe("databases that are not what they claim are refused with exit 4, named, and left byte-identical", () => {
  let good: string;
  beforeAll(async () => {
    good = join(tempDir("doingoai-refused-"), "good.duckdb");
    expect((await run(["import", validFolder, "--db", good])).code).toBe(0);
  });

  async function copyOfGood(name: string): Promise<string> {
    const path = join(tempDir("doingoai-refused-"), name);
    copyFileSync(good, path);
    return path;
  }

  it("refuses schema_version 0, -1, abc and a missing one, naming the value", async () => {
    for (const [label, says] of [
      ["0", "«0»"],
      ["-1", "«-1»"],
      ["abc", "«abc»"],
      [null, "schema_version) missing"],
    ] as const) {
      const db = await copyOfGood(`v-${label}.duckdb`);
      await edit(
        db,
        label === null
          ? "DELETE FROM doingoai_meta WHERE key = 'schema_version'"
          : `UPDATE doingoai_meta SET value = '${label}' WHERE key = 'schema_version'`,
      );
      await expectRefused(db, [says, "expected a whole number from 1 to"]);
    }
  });

  it("refuses a version-1 database labelled 7 (and 5), naming what that version would have", async () => {
    for (const label of ["7", "5"]) {
      const db = join(tempDir("doingoai-refused-"), `v1-as-${label}.duckdb`);
      await pipeline(createReadStream(v1Fixture), createGunzip(), createWriteStream(db));
      await edit(db, `UPDATE doingoai_meta SET value = '${label}' WHERE key = 'schema_version'`);
      await expectRefused(db, [
        `says schema version ${label} but lacks parts of that version`,
        "table changes",
      ]);
    }
  });

  it("refuses a database truncated at 75, 90 and 99 % (history, indicators, export and import alike)", async () => {
    for (const percent of [75, 90, 99]) {
      const db = await copyOfGood(`cut-${percent}.duckdb`);
      truncateSync(db, Math.floor((statSync(db).size * percent) / 100));
      await expectRefused(db, ["is truncated", "bị cắt cụt"]);
    }
  });

  it("turns a block that fails its checksum, found only when export reads it, into exit 4 naming the file (was exit 1)", async () => {
    const db = await copyOfGood("damaged.duckdb");
    const store = await openStore({ path: db, readOnly: true });
    const needed = await neededFileSize(store);
    store.close();
    // flip two bytes inside the last block the tables use (blocks are 256 KiB)
    const bytes = readFileSync(db);
    const at = needed - 262144 + 200;
    bytes[at] = bytes[at]! ^ 0xff;
    bytes[at + 1] = bytes[at + 1]! ^ 0xff;
    writeFileSync(db, bytes);
    const before = sha(db);
    const r = await run(["export", join(tempDir("doingoai-refused-"), "out"), "--db", db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`Cơ sở dữ liệu ${db} bị hỏng`);
    expect(r.stderr).toContain(`Database ${db} is damaged`);
    expect(r.stderr).not.toContain("is in use by another process");
    expect(sha(db)).toBe(before);
  });

  it("opens the untouched database as before", async () => {
    const r = await run(["history", "--db", good]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
