import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { exportData } from "../../src/lib/io/exportData.ts";
import { setOfficeProfile } from "../../src/lib/office/officeProfileStore.ts";
import { officeState } from "../../src/lib/office/officeState.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { otherOffice } from "../helpers/databaseVariants.ts";
import { digest } from "../helpers/digest.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";
import { runCli as run } from "../helpers/runCli.ts";

const homeOffice = {
  ...otherOffice,
  recipients: [...otherOffice.recipients],
  office_id: "thai-nguyen",
  province: "Thái Nguyên",
};
const bacKan = {
  ...otherOffice,
  recipients: [...otherOffice.recipients],
  office_id: "bac-kan",
  province: "Bắc Kạn",
};

/** Every table and the office state (profiles, merges, own office) of a database. */
async function everything(db: string): Promise<unknown> {
  const store = await openStore({ path: db, readOnly: true });
  try {
    return { tables: await digest(store), office: await officeState(store) };
  } finally {
    store.close();
  }
}

/** A database with the valid fixture and a profile, and the Parquet export of another office (bac-kan). */
async function homeDatabase(): Promise<string> {
  const db = join(tempDir("doingoai-manifest-"), "home.duckdb");
  expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
  const store = await openStore({ path: db });
  await setOfficeProfile(store, homeOffice);
  store.close();
  return db;
}

/** A copy of `exportDir` whose manifest is changed by `edit`. */
function withManifest(
  exportDir: string,
  edit: (m: { tables: Record<string, { file: string; rows: number }> }) => void,
): string {
  const dir = join(tempDir("doingoai-manifest-"), "export");
  cpSync(exportDir, dir, { recursive: true });
  const path = join(dir, "doingoai-export.json");
  const manifest = JSON.parse(readFileSync(path, "utf8")) as {
    tables: Record<string, { file: string; rows: number }>;
  };
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

describe("import of a Parquet export trusts only the folder's own files, named exactly", () => {
  let own: string;
  let other: string;
  beforeAll(async () => {
    // the home office's own export (valid fixture), and Bắc Kạn's: one partner of its own
    const db = await homeDatabase();
    own = join(tempDir("doingoai-manifest-"), "own");
    const store = await openStore({ path: db, readOnly: true });
    await exportData(store, own, { format: "parquet" });
    store.close();
    const bkDb = join(tempDir("doingoai-manifest-"), "bk.duckdb");
    const bkDir = tempDir("doingoai-manifest-");
    writeFileSync(
      join(bkDir, "partners.csv"),
      "partner_id,name,kind,country\nBK-LA-1,Bokeo Province,locality,LA\n",
    );
    expect((await run(["import", join(bkDir, "partners.csv"), "--db", bkDb])).code).toBe(0);
    const bk = await openStore({ path: bkDb });
    await setOfficeProfile(bk, bacKan);
    other = join(tempDir("doingoai-manifest-"), "bac-kan");
    await exportData(bk, other, { format: "parquet" });
    bk.close();
  });

  it("refuses ../outside/x.parquet, *.parquet, a key Partners, an unknown table and no table at all: exit 3 naming the manifest, database unchanged", async () => {
    const db = await homeDatabase();
    const before = await everything(db);
    const outsideDir = withManifest(own, () => undefined);
    mkdirSync(join(outsideDir, "..", "outside"));
    cpSync(join(other, "partners.parquet"), join(outsideDir, "..", "outside", "x.parquet"));
    const cases: [
      string,
      string,
      (m: { tables: Record<string, { file: string; rows: number }> }) => void,
      string,
    ][] = [
      [
        "outside",
        outsideDir,
        (m) => (m.tables = { partners: { file: "../outside/x.parquet", rows: 1 } }),
        "«../outside/x.parquet»",
      ],
      ["glob", "", (m) => (m.tables = { partners: { file: "*.parquet", rows: 2 } }), "«*.parquet»"],
      [
        "case",
        "",
        (m) => (m.tables["Partners"] = m.tables["partners"]!),
        "«Partners» is not a doingoai table name (did you mean «partners»?)",
      ],
      [
        "unknown",
        "",
        (m) => (m.tables["partner"] = m.tables["partners"]!),
        "«partner» is not a doingoai table name",
      ],
      ["none", "", (m) => (m.tables = {}), "the manifest names no table"],
    ];
    for (const [what, given, edit, says] of cases) {
      let dir = given;
      if (what === "outside") {
        const path = join(dir, "doingoai-export.json");
        const m = JSON.parse(readFileSync(path, "utf8")) as {
          tables: Record<string, { file: string; rows: number }>;
        };
        edit(m);
        writeFileSync(path, JSON.stringify(m));
      } else dir = withManifest(own, edit);
      const r = await run(["import", dir, "--db", db, "--lang", "en"]);
      expect(r.code, what).toBe(3);
      expect(r.stderr, what).toContain(join(dir, "doingoai-export.json"));
      expect(r.stderr, what).toContain(says);
      expect(r.stderr, what).toMatch(/Không nhập gì|tệp mô tả/);
      expect(await everything(db), what).toEqual(before);
    }
  });

  it("refuses a Parquet date of infinity naming the file, row and column (exit 3), database unchanged", async () => {
    const db = await homeDatabase();
    const before = await everything(db);
    const dir = withManifest(own, () => undefined);
    const file = join(dir, "agreements.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    await c.run(
      `CREATE TABLE a AS SELECT * REPLACE (CASE WHEN agreement_id = 'A2' THEN 'infinity'::DATE ELSE signed_on END AS signed_on) FROM read_parquet('${file}')`,
    );
    await c.run(`COPY a TO '${file}' (FORMAT parquet)`);
    c.closeSync();
    instance.closeSync();
    const r = await run(["import", dir, "--db", db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file}, dòng 2, cột signed_on: «infinity» không phải một ngày`);
    expect(r.stderr).toContain(`${file}, row 2, column signed_on: «infinity» is not a date`);
    expect(await everything(db)).toEqual(before);
  });

  it("imports the export of an empty database (every table zero rows) without a crash, and refuses a file with fewer rows than its manifest says", async () => {
    const emptyDb = join(tempDir("doingoai-manifest-"), "empty.duckdb");
    const store = await openStore({ path: emptyDb });
    await setOfficeProfile(store, homeOffice);
    const emptyExport = join(tempDir("doingoai-manifest-"), "empty");
    await exportData(store, emptyExport, { format: "parquet" });
    store.close();
    const fresh = join(tempDir("doingoai-manifest-"), "fresh.duckdb");
    const r = await run(["import", emptyExport, "--db", fresh]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(((await everything(fresh)) as { office: { officeId: string } }).office.officeId).toBe(
      "thai-nguyen",
    );

    const db = await homeDatabase();
    const before = await everything(db);
    const dir = withManifest(own, () => undefined);
    cpSync(join(emptyExport, "partners.parquet"), join(dir, "partners.parquet"));
    const z = await run(["import", dir, "--db", db]);
    expect(z.code).toBe(3);
    expect(z.stderr).toContain(
      `${join(dir, "partners.parquet")}: the file holds 0 rows but doingoai-export.json says table partners has 2`,
    );
    expect(await everything(db)).toEqual(before);
  });

  it("refuses another office's export (exit 3, own office unchanged) until it is merged; then imports its records and keeps the own office", async () => {
    const db = await homeDatabase();
    const before = await everything(db);
    const r = await run(["import", other, "--db", db, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `${other}: this is the export of another office — Bắc Kạn (bac-kan) — not of this database's office (thai-nguyen)`,
    );
    expect(r.stderr).toContain("doingoai office merge --absorbed-office-id bac-kan");
    expect(r.stderr).toContain(`--also ${other}`);
    expect(r.stderr).toContain("đây là bản xuất của cơ quan khác");
    expect(await everything(db)).toEqual(before);
    const v = await run(["validate", other, "--db", db]);
    expect(v.code).toBe(3);
    expect(v.stderr).toContain("bac-kan");
    expect(await everything(db)).toEqual(before);

    const m = await run([
      "office",
      "merge",
      "--db",
      db,
      "--absorbed-office-id",
      "bac-kan",
      "--absorbed-province",
      "Bắc Kạn",
      "--merged-on",
      "01/07/2025",
    ]);
    expect(m.code).toBe(0);
    const merged = await run(["import", other, "--db", db]);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    const store = await openStore({ path: db, readOnly: true });
    const [meta] = await store.all<{ value: string }>(
      "SELECT value FROM doingoai_meta WHERE key = 'office_id'",
    );
    const profiles = await store.all<{ office_id: string }>(
      "SELECT office_id FROM office_profiles ORDER BY 1",
    );
    const partners = await store.all<{ partner_id: string }>("SELECT partner_id FROM partners ORDER BY 1");
    store.close();
    expect(meta?.value).toBe("thai-nguyen");
    expect(profiles.map((p) => p.office_id)).toEqual(["bac-kan", "thai-nguyen"]);
    expect(partners.map((p) => p.partner_id)).toContain("BK-LA-1");
  });

  it("undo of an import that changed the office profile (Parquet manifest, office sheet) puts the profile and the own office back", async () => {
    // a Parquet export into a database with no office yet: the manifest's profile becomes its office
    const db = join(tempDir("doingoai-manifest-"), "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    const before = await everything(db);
    expect((await run(["import", other, "--db", db])).code).toBe(0);
    expect(((await everything(db)) as { office: { officeId: string } }).office.officeId).toBe("bac-kan");
    const u = await run(["undo", "--db", db]);
    expect(u.stderr).toBe("");
    expect(u.code).toBe(0);
    expect(await everything(db)).toEqual(before);

    // the template's office sheet (office.csv) changing the signer of a stored profile
    const home = await homeDatabase();
    const stored = await everything(home);
    const sheet = join(tempDir("doingoai-manifest-"), "office.csv");
    writeFileSync(
      sheet,
      `office_id,province,agency,agency_code,signer_name,recipients\nthai-nguyen,Thái Nguyên,Sở Ngoại vụ,SNgV,Người Khác,Bộ Ngoại giao\n`,
    );
    const i = await run(["import", sheet, "--db", home]);
    expect(i.stderr).toBe("");
    expect(await everything(home)).not.toEqual(stored);
    expect((await run(["undo", "--db", home])).code).toBe(0);
    expect(await everything(home)).toEqual(stored);

    // undo refuses, writing nothing, when the profile was edited after the import
    expect((await run(["import", sheet, "--db", home])).code).toBe(0);
    expect((await run(["office", "set", "--db", home, "--signer-name", "Người Thứ Ba"])).code).toBe(0);
    const edited = await everything(home);
    const refused = await run(["undo", "--db", home, "--lang", "en"]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("was edited after it");
    expect(await everything(home)).toEqual(edited);
  });
});
