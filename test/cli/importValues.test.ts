import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/lib/store/openStore.ts";
import { digest } from "../helpers/digest.ts";
import { runCli as run } from "../helpers/runCli.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";

/** A database file holding the valid fixtures, and a function giving its digest now. */
async function validDb(): Promise<{
  dir: string;
  db: string;
  digestNow: () => Promise<Record<string, string>>;
}> {
  const dir = tempDir("doingoai-cli-values-");
  const db = join(dir, "db.duckdb");
  expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
  const digestNow = async () => {
    const store = await openStore({ path: db, readOnly: true });
    try {
      return await digest(store);
    } finally {
      store.close();
    }
  };
  return { dir, db, digestNow };
}

// "Đại sứ quán" in Windows-1258 (tone marks as combining characters).
const daiSuQuan = Buffer.from([0xd0, 0x61, 0xf2, 0x69, 0x20, 0x73, 0xfd, 0xec, 0x20, 0x71, 0x75, 0xe1, 0x6e]);

describe("doingoai import and validate: values stored as the file writes them", () => {
  it("refuse a workbook formula without a saved result with exit 3, naming file, sheet, row and column in both languages", async () => {
    const { dir, db, digestNow } = await validDb();
    const before = await digestNow();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("partners");
    sheet.addRow(["partner_id", "name", "kind", "country"]);
    sheet.addRow(["F1", { formula: 'A1&"x"' }, "other", "LA"]);
    const path = join(dir, "partners.xlsx");
    await book.xlsx.writeFile(path);
    for (const command of ["import", "validate"]) {
      const r = await run([command, path, "--db", db]);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain('partners.xlsx, trang partners, dòng 2, cột name: «=A1&"x"»');
      expect(r.stderr).toContain('partners.xlsx, sheet partners, row 2, column name: «=A1&"x"»');
      expect(r.stderr).not.toContain("[object Object]");
    }
    expect(await digestNow()).toEqual(before);
  });

  it("refuse a JSON object in a text field with exit 3, naming file, record and field", async () => {
    const { dir, db, digestNow } = await validDb();
    const before = await digestNow();
    const path = join(dir, "partners.json");
    writeFileSync(path, '[{"partner_id": "J1", "name": {"vi": "Tên"}, "kind": "other", "country": "LA"}]');
    const r = await run(["import", path, "--db", db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("partners.json, dòng 1, cột name");
    expect(r.stderr).toContain("partners.json, row 1, column name");
    expect(await digestNow()).toEqual(before);
  });

  it("refuse a Windows-1258 CSV with exit 3 naming file, line and column, and store Đại sứ quán with --encoding windows-1258", async () => {
    const { dir, db, digestNow } = await validDb();
    const before = await digestNow();
    const path = join(dir, "partners.csv");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from("partner_id,name,kind,country\nE1,"),
        daiSuQuan,
        Buffer.from(",embassy,LA\n"),
      ]),
    );
    const refused = await run(["import", path, "--db", db]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("partners.csv, dòng 2, cột name");
    expect(refused.stderr).toContain("partners.csv, row 2, column name");
    expect(refused.stderr).toContain("--encoding windows-1258");
    expect(await digestNow()).toEqual(before);

    expect((await run(["validate", path, "--encoding", "windows-1258", "--db", db])).code).toBe(0);
    const done = await run(["import", path, "--encoding", "cp1258", "--db", db]);
    expect(done.code, done.stderr).toBe(0);
    const store = await openStore({ path: db, readOnly: true });
    const [p] = await store.all<{ name: string }>("SELECT name FROM partners WHERE partner_id = 'E1'");
    store.close();
    expect(p!.name).toBe("Đại sứ quán");
  });

  it("refuse an encoding Node cannot decode with exit 2, listing the encodings it can", async () => {
    const r = await run(["import", validFolder, "--encoding", "tcvn3", "--db", ":memory:"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không biết bảng mã --encoding tcvn3");
    expect(r.stderr).toContain(
      "Unknown encoding --encoding tcvn3; use one of: utf-8, windows-1258, windows-1252, latin1",
    );
  });

  it("document --encoding and its values in import --help and validate --help", async () => {
    for (const command of ["import", "validate"]) {
      const vi = await run([command, "--help"]);
      expect(vi.stdout).toContain("--encoding ENC");
      expect(vi.stdout).toContain("windows-1258");
      const en = await run([command, "--help", "--lang", "en"]);
      expect(en.stdout).toContain("encoding of the CSV and JSON files");
    }
  });

  it("import an unchanged workbook export with exit 0 and no row changed (CR and NUL included)", async () => {
    const { dir, db, digestNow } = await validDb();
    const store = await openStore({ path: db });
    await store.run("UPDATE partners SET notes = $1, locality = $2 WHERE partner_id = 'LPB'", [
      "cr\r\nlf",
      "nul\u0000x",
    ]);
    store.close();
    const before = await digestNow();
    const out = join(dir, "export");
    expect((await run(["export", out, "--format", "xlsx", "--db", db])).code).toBe(0);
    const r = await run(["import", join(out, "doingoai.xlsx"), "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("partners: 2 dòng (0 mới");
    expect(await digestNow()).toEqual(before);
  });
});
