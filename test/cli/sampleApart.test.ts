// The sample never mixes with an office's data: `npm start` on a fresh clone
// shows it from its own file, and an office's import goes to its own database.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSiteDatabase } from "../../src/cli/siteDatabase.ts";
import { entities } from "../../src/data/entities.ts";
import { isSampleDatabase } from "../../src/lib/sample/sampleMarker.ts";
import {
  defaultDbFile,
  defaultSampleDbFile,
  openStore,
  resolveDbPath,
} from "../../src/lib/store/openStore.ts";
import { readCsv, tempDir, validFolder } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

/** Rows of every entity table, and the ids of delegations, of the database at `path`. */
async function contents(path: string) {
  const store = await openStore({ path, readOnly: true });
  try {
    const counts: Record<string, number> = {};
    for (const e of entities) {
      const [row] = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM "${e.name}"`);
      counts[e.name] = Number(row!.n);
    }
    const ids = (
      await store.all<{ id: string }>("SELECT delegation_id AS id FROM delegations ORDER BY 1")
    ).map((r) => r.id);
    const log = (
      await store.all<{ command: string }>("SELECT command FROM import_log ORDER BY import_id")
    ).map((r) => r.command);
    return { counts, ids, log, sample: await isSampleDatabase(store) };
  } finally {
    store.close();
  }
}

const before = process.cwd();
const savedDb = process.env["DOINGOAI_DB"];
let cwd: string;

beforeAll(() => {
  cwd = tempDir("doingoai-fresh-clone-");
  process.chdir(cwd);
  delete process.env["DOINGOAI_DB"];
});
afterAll(() => {
  process.chdir(before);
  if (savedDb !== undefined) process.env["DOINGOAI_DB"] = savedDb;
});

describe("the sample stays apart from the office's data", () => {
  it("on a fresh clone, start shows the sample from ./data/sample.duckdb, marked as the sample, and creates no office database", async () => {
    const site = await prepareSiteDatabase();
    expect(site).toEqual({ path: defaultSampleDbFile, sample: true, loaded: true });
    expect(existsSync(join(cwd, "data", "sample.duckdb"))).toBe(true);
    expect(existsSync(join(cwd, "data", "doingoai.duckdb"))).toBe(false);
    expect((await contents(defaultSampleDbFile)).sample).toBe(true);
    // commands that only read show the sample too, while the office has no database
    expect(resolveDbPath(undefined, { reading: true })).toBe(defaultSampleDbFile);
    expect(resolveDbPath()).toBe(defaultDbFile);
    const report = await runCli(["report", "--year", "2019", "--format", "md", "--out", "-"]);
    expect(report.code).toBe(0);
    expect(report.stdout.startsWith("**DỮ LIỆU MẪU / SAMPLE DATA**")).toBe(true);
  }, 300_000);

  it("importing the office's files afterwards writes only them, to ./data/doingoai.duckdb, and leaves the sample's file as it was", async () => {
    const sampleBefore = await contents(defaultSampleDbFile);
    const r = await runCli(["import", validFolder]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.code).toBe(0);
    const office = await contents(defaultDbFile);
    for (const e of entities) {
      const file = join(validFolder, `${e.name}.csv`);
      const expected = existsSync(file) ? readCsv(file).rows.length : 0;
      expect(office.counts[e.name], e.name).toBe(expected);
    }
    expect(office.ids).toEqual(
      readCsv(join(validFolder, "delegations.csv"))
        .rows.map((row) => row[0])
        .sort(),
    );
    expect(office.log).toEqual(["import"]);
    expect(office.sample).toBe(false);
    expect(await contents(defaultSampleDbFile)).toEqual(sampleBefore);
  }, 300_000);

  it("then start shows the office's database, its report has no sample banner and no sample record, and `sample` still goes to its own file", async () => {
    expect(await prepareSiteDatabase()).toEqual({ path: defaultDbFile, sample: false, loaded: false });
    expect(resolveDbPath(undefined, { reading: true })).toBe(defaultDbFile);
    const report = await runCli(["report", "--year", "2019", "--format", "md", "--out", "-"]);
    expect(report.code).toBe(0);
    expect(report.stdout).not.toContain("DỮ LIỆU MẪU");
    expect(report.stdout).toContain("ỦY BAN NHÂN DÂN TỈNH [TÊN TỈNH]");
    const officeBefore = await contents(defaultDbFile);
    const sample = await runCli(["sample"]);
    expect(sample.code).toBe(0);
    expect(await contents(defaultDbFile)).toEqual(officeBefore);
  }, 300_000);

  it("init leaves an existing office database as it is and refuses to adopt the sample's file", async () => {
    const officeBefore = await contents(defaultDbFile);
    const again = await runCli(["init"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Đã có cơ sở dữ liệu của cơ quan");
    expect(await contents(defaultDbFile)).toEqual(officeBefore);
    const refused = await runCli(["init", "--db", defaultSampleDbFile, "--lang", "en"]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain("is a sample database");
    expect(refused.stderr).toContain("là cơ sở dữ liệu mẫu");
  });
});
