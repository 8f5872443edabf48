import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { maxCellLength, maxJsonDepth } from "../../src/lib/import/cellLimits.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { digest } from "../helpers/digest.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";
import { runCli as run } from "../helpers/runCli.ts";

async function tables(db: string): Promise<Record<string, string>> {
  const store = await openStore({ path: db, readOnly: true });
  try {
    return await digest(store);
  } finally {
    store.close();
  }
}

describe("inputs past the stated limits are refused with exit 3 or 5 naming the file, not a crash", () => {
  let db: string;
  let before: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("doingoai-limits-");
    db = join(dir, "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    before = await tables(db);
  });

  async function refused(file: string, code: number, says: string[]): Promise<void> {
    const r = await run(["import", file, "--entity", "partners", "--db", db]);
    expect(r.code, file).toBe(code);
    expect(r.stderr).not.toContain("Internal error");
    for (const s of says) expect(r.stderr).toContain(s);
    expect(await tables(db)).toEqual(before);
  }

  it("a CSV cell of 2.200.000 characters (past DuckDB's 2.000.000-byte line): exit 3 naming file and row", async () => {
    const file = join(dir, "long.csv");
    writeFileSync(
      file,
      `partner_id,name,kind,country\nP1,"${"x".repeat(2_200_000)}",other,LA\nP2,ok,other,LA\n`,
    );
    await refused(file, 3, ["long.csv, dòng 2", "long.csv, row 2", "2000000 bytes"]);
  });

  it("a JSON cell of 2.500.000 characters: exit 3 naming file, record and column, and the 100.000-character limit", async () => {
    const file = join(dir, "long.json");
    writeFileSync(
      file,
      JSON.stringify([
        { partner_id: "P1", name: "ok", kind: "other", country: "LA" },
        { partner_id: "P2", name: "Đ".repeat(2_500_000), kind: "other", country: "LA" },
      ]),
    );
    await refused(file, 3, [
      "long.json, dòng 2, cột name",
      "ô dài 2.500.000 ký tự; mỗi ô tối đa 100.000 ký tự",
      "long.json, row 2, column name",
    ]);
  });

  it("JSON nested 5.000 deep in a cell (a stack overflow before): exit 5 naming the file and the 16-level limit", async () => {
    const file = join(dir, "deep.json");
    writeFileSync(
      file,
      `[{"partner_id":"P1","name":${"[".repeat(5000)}${"]".repeat(5000)},"kind":"other","country":"LA"}]`,
    );
    await refused(file, 5, ["deep.json: không đọc được tệp", "record 1 nests deeper than 16 levels"]);
  });

  it("states the limits the messages give: 100.000 characters a cell, 16 levels of JSON", () => {
    expect(maxCellLength).toBe(100_000);
    expect(maxJsonDepth).toBe(16);
  });

  it("a zip archive named .xlsx with no workbook inside: exit 5 naming the file", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "no workbook here");
    const file = join(dir, "partners.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    await refused(file, 5, ["partners.xlsx: không đọc được tệp", "no Excel workbook inside"]);
  });
});
