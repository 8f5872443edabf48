import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../helpers/runCli.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";

describe("doingoai import", () => {
  it("says, in both languages, which columns a re-import left out and kept", async () => {
    const dir = tempDir("doingoai-cli-import-");
    const db = join(dir, "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    const file = join(dir, "delegations.csv");
    writeFileSync(file, "delegation_id,members\nD1,9\n");
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("delegations: 1 dòng (0 mới, 1 cập nhật)");
    expect(r.stdout).toMatch(
      /cột không có trong tệp, giữ giá trị đã lưu của 1 dòng cập nhật: direction, start_on/,
    );
    expect(r.stdout).toMatch(
      /columns not in the file, stored values kept for the 1 updated rows: direction, start_on/,
    );
  });

  it("says in both languages that empty files (0 bytes, a header alone, a JSON []) hold no rows, and changes nothing, history included", async () => {
    const dir = tempDir("doingoai-cli-import-");
    const db = join(dir, "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    const before = (await run(["history", "--db", db])).stdout;
    const empty = join(dir, "empty");
    mkdirSync(empty);
    writeFileSync(join(empty, "delegations.csv"), "");
    writeFileSync(join(empty, "partners.json"), "[]");
    writeFileSync(join(empty, "ngos.csv"), "ngo_id,name,country\n");
    for (const command of ["import", "validate"]) {
      const r = await run([command, empty, "--db", db]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Các tệp không có dòng dữ liệu nào; không có gì thay đổi.");
      expect(r.stdout).toContain("The files hold no data rows; nothing changed.");
      expect(r.stdout).not.toContain("Đã nhập xong");
    }
    expect((await run(["history", "--db", db])).stdout).toBe(before);
  });

  it("exits 5 naming a workbook it cannot read, and 3 for invalid data", async () => {
    const dir = tempDir("doingoai-cli-import-");
    const db = join(dir, "db.duckdb");
    const broken = join(dir, "hong.xlsx");
    writeFileSync(broken, "not a workbook");
    const r = await run(["import", broken, "--db", db]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain("hong.xlsx: không đọc được tệp");
    expect(r.stderr).toContain("hong.xlsx: cannot read the file");
    const v = await run(["validate", broken, "--db", db]);
    expect(v.code).toBe(5);
    const bad = join(dir, "partners.csv");
    writeFileSync(bad, "partner_id,name,kind,country\nLPB\u200b,X,other,LA\n");
    const b = await run(["import", bad, "--db", db]);
    expect(b.code).toBe(3);
    expect(b.stderr).toContain("partners.csv, dòng 2, cột partner_id");
  });
});
