import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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

describe("import refuses ids that look like stored ones", () => {
  it("refuses p-au-emb beside a stored P-AU-EMB, and Cyrillic or full-width look-alikes, naming the stored id; nothing written", async () => {
    const dir = tempDir("doingoai-lookalike-");
    const db = join(dir, "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    const first = join(dir, "first", "partners.csv");
    mkdirSync(join(dir, "first"));
    writeFileSync(first, "partner_id,name,kind,country\nP-AU-EMB,Australian Embassy,embassy,AU\n");
    const seeded = await run(["import", first, "--db", db]);
    expect(seeded.stderr).toBe("");
    expect(seeded.code).toBe(0);
    const before = await tables(db);

    const cases: [string, string][] = [
      ["lower case", "p-au-emb"],
      ["Cyrillic Р А Е М В", "\u0420-\u0410U-\u0415\u041c\u0412"],
      ["full width", "\uff30-\uff21\uff35-\uff25\uff2d\uff22"],
      ["Greek Ρ Α Ε Μ Β", "\u03a1-\u0391U-\u0395\u039c\u0392"],
    ];
    for (const [what, id] of cases) {
      const file = join(dir, "partners.csv");
      writeFileSync(file, `partner_id,name,kind,country\n${id},Australian Embassy,embassy,AU\n`);
      const r = await run(["import", file, "--db", db]);
      expect(r.code, what).toBe(3);
      expect(r.stderr, what).toContain("partners.csv, dòng 2, cột partner_id");
      expect(r.stderr, what).toContain("mã đã lưu «P-AU-EMB»");
      expect(r.stderr, what).toContain("the stored id «P-AU-EMB»");
      expect(await tables(db), what).toEqual(before);
    }
    // the Cyrillic letters are shown by code point, so the two ids read apart
    const file = join(dir, "partners.csv");
    writeFileSync(file, `partner_id,name,kind,country\n\u0420-AU-EMB,Australian Embassy,embassy,AU\n`);
    expect((await run(["import", file, "--db", db, "--lang", "en"])).stderr).toContain(
      "id «⟨U+0420⟩-AU-EMB» looks the same as the stored id «P-AU-EMB»",
    );
  });

  it("updates the stored P-AU-EMB itself, and takes ids that only look close (P-AU-EMB2, Vietnamese letters)", async () => {
    const dir = tempDir("doingoai-lookalike-");
    const db = join(dir, "db.duckdb");
    const file = join(dir, "partners.csv");
    writeFileSync(
      file,
      "partner_id,name,kind,country\nP-AU-EMB,Australian Embassy,embassy,AU\nĐOÀN-1,Đoàn,other,VN\n",
    );
    expect((await run(["import", file, "--db", db])).code).toBe(0);
    writeFileSync(
      file,
      "partner_id,name,kind,country\nP-AU-EMB,Embassy of Australia,embassy,AU\nP-AU-EMB2,Other,embassy,AU\nDOAN-1,Doan,other,VN\n",
    );
    const r = await run(["import", file, "--db", db]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("partners: 3 dòng (2 mới, 1 cập nhật)");
  });

  it("refuses two look-alike ids within one import, naming where the first stands", async () => {
    const dir = tempDir("doingoai-lookalike-");
    const db = join(dir, "db.duckdb");
    const file = join(dir, "ngos.csv");
    writeFileSync(file, "ngo_id,name,country\nNGO-KR-1,Good Neighbors,KR\nngo-kr-1,Good Neighbors,KR\n");
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("ngos.csv, dòng 3, cột ngo_id");
    expect(r.stderr).toContain("«NGO-KR-1» ở ");
  });
});
