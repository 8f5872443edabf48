import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFiles, validateFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/ImportError.ts";
import { formatProblem, type ImportProblem } from "../../../src/lib/import/ImportProblem.ts";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { validStore } from "../../helpers/validStore.ts";

// Issue 20, item 3: inputs the import stored as something other than what the file says.

/** Debian's python3-openpyxl, which writes workbooks the way many office scripts do. */
const hasOpenpyxl = (() => {
  try {
    execFileSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    console.warn(
      "valuesAsWritten: /usr/bin/python3 with openpyxl is missing: the openpyxl workbook test is SKIPPED",
    );
    return false;
  }
})();

let store: Store;
let before: Record<string, string>;
beforeAll(async () => {
  ({ store, before } = await validStore());
});
afterAll(() => store.close());

/** The problems of a refused import; fails when the import went through. */
async function refused(paths: string[], options: { encoding?: string } = {}): Promise<ImportProblem[]> {
  try {
    await importFiles(store, paths, options);
  } catch (error) {
    if (error instanceof ImportError) {
      expect(error.exitCode).toBe(3);
      return error.problems;
    }
    throw error;
  }
  throw new Error("the import was expected to be refused");
}

/** The one problem of `code`, checked for file, row and column in both languages, and the database unchanged. */
async function expectRefusal(
  problems: ImportProblem[],
  where: { code: string; source: string; sheet?: string; row: number; column?: string },
): Promise<ImportProblem> {
  const found = problems.find((p) => p.code === where.code && p.row === where.row);
  expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
  expect(found!.source).toBe(where.source);
  expect(found!.row).toBe(where.row);
  if (where.sheet !== undefined) expect(found!.sheet).toBe(where.sheet);
  if (where.column !== undefined) expect(found!.column).toBe(where.column);
  const vi = formatProblem(found!, "vi");
  const en = formatProblem(found!, "en");
  const sheetVi = where.sheet === undefined ? "" : `, trang ${where.sheet}`;
  const sheetEn = where.sheet === undefined ? "" : `, sheet ${where.sheet}`;
  const colVi = where.column === undefined ? "" : `, cột ${where.column}`;
  const colEn = where.column === undefined ? "" : `, column ${where.column}`;
  expect(vi).toContain(`${where.source}${sheetVi}, dòng ${where.row}${colVi}`);
  expect(en).toContain(`${where.source}${sheetEn}, row ${where.row}${colEn}`);
  expect(found!.text.vi).not.toBe(found!.text.en);
  expect(await digest(store)).toEqual(before);
  return found!;
}

/** A workbook of one sheet, written by exceljs, its sheet XML then changed by `patch` (and the workbook XML by `patchBook`). */
async function workbook(
  name: string,
  rows: ExcelJS.CellValue[][],
  patch: (sheetXml: string) => string = (x) => x,
  patchBook: (workbookXml: string) => string = (x) => x,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  for (const r of rows) sheet.addRow(r);
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", patch(sheetXml));
  const bookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", patchBook(bookXml));
  const path = join(tempDir("doingoai-values-"), `${name}.xlsx`);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
  return path;
}

/** Replaces the `<c>` element of cell `ref` in a sheet's XML. */
const setCell = (ref: string, element: string) => (xml: string) => {
  const cell = new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`);
  expect(xml).toMatch(cell);
  return xml.replace(cell, element);
};

const partnerHeader = ["partner_id", "name", "kind", "country"];

describe("text that is not what the cell says", () => {
  it("a formula in a text column with a cached result stores the cached text", async () => {
    const path = await workbook("partners", [
      partnerHeader,
      ["F1", { formula: 'A2&"x"', result: "F1x" }, "other", "LA"],
    ]);
    const clean = await validateFiles(store, [path]);
    expect(clean.problems).toEqual([]);
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [path]);
    const [r] = await s.all<{ name: string }>("SELECT name FROM partners WHERE partner_id = 'F1'");
    expect(r!.name).toBe("F1x");
    s.close();
  });

  it('a formula without a saved result (=A1&"x") is refused naming sheet, row and column, never stored as [object Object]', async () => {
    const path = await workbook("partners", [partnerHeader, ["F2", { formula: 'A1&"x"' }, "other", "LA"]]);
    const p = await expectRefusal(await refused([path]), {
      code: "formula_no_result",
      source: "partners.xlsx",
      sheet: "partners",
      row: 2,
      column: "name",
    });
    expect(p.value).toBe('=A1&"x"');
  });

  it("an error cell (#REF!), or a formula whose saved result is an error, is refused, never stored as text", async () => {
    const path = await workbook("partners", [
      partnerHeader,
      ["F3", { error: "#REF!" } as ExcelJS.CellErrorValue, "other", "LA"],
      ["F4", "Tên", "other", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue],
    ]);
    const problems = await refused([path]);
    const ref = await expectRefusal(problems, {
      code: "error_cell",
      source: "partners.xlsx",
      sheet: "partners",
      row: 2,
      column: "name",
    });
    expect(ref.value).toBe("#REF!");
    const div = problems.find((p) => p.code === "error_cell" && p.row === 3);
    expect(div?.column).toBe("country");
    expect(div?.value).toBe("#DIV/0!");
  });

  it.skipIf(!hasOpenpyxl)(
    "a workbook written by openpyxl (formulas never calculated) has its formula and its #REF! cell refused, naming each cell",
    async () => {
      const path = join(tempDir("doingoai-values-"), "partners.xlsx");
      const script = [
        "import sys, openpyxl",
        "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'partners'",
        "ws.append(['partner_id', 'name', 'kind', 'country'])",
        `ws.append(['P1', '=A2&"x"', 'other', 'LA'])`,
        "ws.append(['P2', '#REF!', 'other', 'LA'])",
        "wb.save(sys.argv[1])",
      ].join("\n");
      execFileSync("/usr/bin/python3", ["-c", script, path]);
      const problems = await refused([path]);
      const at = { source: "partners.xlsx", sheet: "partners", column: "name" };
      expect((await expectRefusal(problems, { ...at, code: "formula_no_result", row: 2 })).value).toBe(
        '=A2&"x"',
      );
      expect((await expectRefusal(problems, { ...at, code: "error_cell", row: 3 })).value).toBe("#REF!");
    },
  );

  it("a JSON object or array in a scalar field is refused naming record and field; an array in a list column is taken", async () => {
    const dir = tempDir("doingoai-values-");
    const path = join(dir, "partners.json");
    writeFileSync(
      path,
      JSON.stringify([
        { partner_id: "J1", name: { vi: "Tên" }, kind: "other", country: "LA" },
        { partner_id: "J2", name: "Tên", kind: "other", country: "LA", notes: ["a", "b"] },
      ]),
    );
    const problems = await refused([path]);
    const object = await expectRefusal(problems, {
      code: "not_scalar",
      source: "partners.json",
      row: 1,
      column: "name",
    });
    expect(object.value).toBe('{"vi":"Tên"}');
    await expectRefusal(problems, { code: "not_scalar", source: "partners.json", row: 2, column: "notes" });
    expect(problems.filter((p) => p.code === "not_scalar")).toHaveLength(2);

    const areas = join(dir, "agreements.json");
    writeFileSync(areas, JSON.stringify([{ agreement_id: "A1", areas: ["health", "culture"] }]));
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [join(new URL("../../fixtures/valid/", import.meta.url).pathname)]);
    await importFiles(s, [areas]);
    const [a] = await s.all<{ areas: string[] }>("SELECT areas FROM agreements WHERE agreement_id = 'A1'");
    expect(a!.areas).toEqual(["health", "culture"]);
    // an array item with the list separator inside would become two items: refused
    writeFileSync(areas, JSON.stringify([{ agreement_id: "A1", areas: ["health;culture"] }]));
    await expect(importFiles(s, [areas])).rejects.toThrow(/agreements.json, row 1, column areas/);
    s.close();
  });
});

// "Đại sứ quán" in Windows-1258: ạ and ứ are written as a letter and a combining tone mark.
const daiSuQuanCp1258 = Buffer.from([
  0xd0, 0x61, 0xf2, 0x69, 0x20, 0x73, 0xfd, 0xec, 0x20, 0x71, 0x75, 0xe1, 0x6e,
]);
// "Médecins Sans Frontières" in Latin-1.
const msfLatin1 = Buffer.from("Médecins Sans Frontières", "latin1");

describe("files not in UTF-8", () => {
  const lines = (name: Buffer) =>
    Buffer.concat([Buffer.from("partner_id,name,kind,country\nE1,"), name, Buffer.from(",embassy,LA\n")]);

  it("a Windows-1258 JSON file is refused naming the file and its first bad line, nothing stored", async () => {
    const path = join(tempDir("doingoai-values-"), "partners.json");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from('[\n{"partner_id": "E1", "kind": "embassy", "country": "LA",\n "name": "'),
        daiSuQuanCp1258,
        Buffer.from('"}\n]\n'),
      ]),
    );
    const problems = await refused([path]);
    const p = await expectRefusal(problems, { code: "not_utf8", source: "partners.json", row: 3 });
    expect(p.text.vi).toContain("--encoding windows-1258");
    expect(p.text.en).toContain("--encoding windows-1258");
  });

  it("a Windows-1258 CSV file is refused naming file, line and column", async () => {
    const path = join(tempDir("doingoai-values-"), "partners.csv");
    writeFileSync(path, lines(daiSuQuanCp1258));
    await expectRefusal(await refused([path]), {
      code: "not_utf8",
      source: "partners.csv",
      row: 2,
      column: "name",
    });
  });

  it("with --encoding windows-1258 (CSV and JSON) Đại sứ quán is stored as itself, in NFC, with no replacement character", async () => {
    const dir = tempDir("doingoai-values-");
    writeFileSync(join(dir, "partners.csv"), lines(daiSuQuanCp1258));
    const json = join(tempDir("doingoai-values-"), "partners.json");
    writeFileSync(
      json,
      Buffer.concat([
        Buffer.from('[{"partner_id": "E2", "kind": "embassy", "country": "LA", "name": "'),
        daiSuQuanCp1258,
        Buffer.from('"}]'),
      ]),
    );
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [join(dir, "partners.csv"), json], { encoding: "windows-1258" });
    const rows = await s.all<{ name: string }>("SELECT name FROM partners ORDER BY partner_id");
    expect(rows.map((r) => r.name)).toEqual(["Đại sứ quán", "Đại sứ quán"]);
    expect(rows[0]!.name).toBe("Đại sứ quán".normalize("NFC"));
    expect(rows[0]!.name).not.toContain("\uFFFD");
    s.close();
  });

  it("with --encoding latin1 a Latin-1 CSV stores Médecins Sans Frontières", async () => {
    const path = join(tempDir("doingoai-values-"), "partners.csv");
    writeFileSync(path, lines(msfLatin1));
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [path], { encoding: "latin1" });
    const [r] = await s.all<{ name: string }>("SELECT name FROM partners");
    expect(r!.name).toBe("Médecins Sans Frontières");
    s.close();
  });

  it("text already garbled by an earlier conversion (�?i s? qu�n) is refused: a replacement character is never stored", async () => {
    const path = join(tempDir("doingoai-values-"), "partners.csv");
    writeFileSync(path, lines(Buffer.from("\uFFFD?i s? qu\uFFFDn")));
    const p = await expectRefusal(await refused([path]), {
      code: "replacement_char",
      source: "partners.csv",
      row: 2,
      column: "name",
    });
    expect(p.value).toBe("\uFFFD?i s? qu\uFFFDn");
  });

  it("--encoding windows-1258 on a file already in UTF-8 is refused (decoding again would garble it)", async () => {
    const path = join(tempDir("doingoai-values-"), "partners.csv");
    writeFileSync(path, lines(Buffer.from("Đại sứ quán")));
    const problems = await refused([path], { encoding: "windows-1258" });
    expect(problems.map((p) => [p.source, p.code])).toEqual([["partners.csv", "encoding"]]);
    expect(await digest(store)).toEqual(before);
  });
});

describe("numbers that become other numbers", () => {
  it("JSON 5e-324 and 1e-25 are stored as themselves, not as 0", async () => {
    const path = join(tempDir("doingoai-values-"), "published_figures.json");
    writeFileSync(
      path,
      '[{"indicator": "x.tiny", "period": "2019", "as_of": "2019-12-31", "value": 5e-324, "unit": "u", "source": "s"},' +
        ' {"indicator": "x.tiny", "period": "2020", "as_of": "2020-12-31", "value": 1e-25, "unit": "u", "source": "s"}]',
    );
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [path]);
    const rows = await s.all<{ value: number }>(
      "SELECT value FROM published_figures WHERE indicator = 'x.tiny' ORDER BY period",
    );
    expect(rows.map((r) => r.value)).toEqual([5e-324, 1e-25]);
    s.close();
  });

  it("a float32 Parquet column is read as the number it holds (0.1), not as 0.10000000149011612", async () => {
    const source = await openStore({ path: ":memory:" });
    await importFiles(source, [new URL("../../fixtures/valid/", import.meta.url).pathname]);
    await source.run("UPDATE published_figures SET value = 0.1");
    const dir = tempDir("doingoai-values-parquet-");
    await exportData(source, dir, { format: "parquet" });
    const file = join(dir, "published_figures.parquet");
    await source.run(
      `COPY (SELECT * REPLACE (CAST(value AS FLOAT) AS value) FROM read_parquet('${file}')) TO '${file}.tmp' (FORMAT parquet)`,
    );
    const [t] = await source.all<{ t: string }>(
      `SELECT typeof(value) AS t FROM read_parquet('${file}.tmp') LIMIT 1`,
    );
    expect(t!.t).toBe("FLOAT");
    const { renameSync } = await import("node:fs");
    renameSync(`${file}.tmp`, file);
    const target = await openStore({ path: ":memory:" });
    await importFiles(target, [dir]);
    const values = await target.all<{ value: number }>("SELECT DISTINCT value FROM published_figures");
    expect(values.map((v) => v.value)).toEqual([0.1]);
    source.close();
    target.close();
  });

  it("workbook cells of type hex, a shared string beyond the table and a timed inline date are refused naming the cell", async () => {
    const path = await workbook(
      "delegations",
      [
        ["delegation_id", "members", "head", "start_on"],
        ["D1", 5, "x", "25/02/2019"],
        ["D2", 7, "y", "10/05/2019"],
      ],
      (xml) =>
        [
          setCell("B2", '<c r="B2"><v>0x1F</v></c>'),
          setCell("C2", '<c r="C2" t="s"><v>999999</v></c>'),
          setCell("D3", '<c r="D3" t="d"><v>2019-05-10T10:30:00</v></c>'),
        ].reduce((x, f) => f(x), xml),
    );
    const problems = await refused([path]);
    const at = { source: "delegations.xlsx", sheet: "delegations" };
    const hex = await expectRefusal(problems, {
      ...at,
      code: "cell_not_as_written",
      row: 2,
      column: "members",
    });
    expect(hex.value).toBe("0x1F");
    const shared = problems.find((p) => p.column === "head");
    expect(shared).toMatchObject({ row: 2, code: "cell_not_as_written", value: "999999" });
    expect(shared!.text.en).toContain("shared string 999999");
    const timed = problems.find((p) => p.column === "start_on");
    expect(timed).toMatchObject({ row: 3, code: "cell_not_as_written", value: "2019-05-10T10:30:00" });
  });

  it("an inline ISO date cell (t=d) at midnight is read as its date, not as the number 2019", async () => {
    const path = await workbook(
      "delegations",
      [
        ["delegation_id", "start_on", "end_on"],
        ["D1", "x", "27/02/2019"],
      ],
      setCell("B2", '<c r="B2" t="d"><v>2019-02-26</v></c>'),
    );
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [new URL("../../fixtures/valid/", import.meta.url).pathname]);
    await importFiles(s, [path]);
    const [d] = await s.all<{ start_on: Date }>(
      "SELECT start_on FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(d!.start_on.toISOString().slice(0, 10)).toBe("2019-02-26");
    s.close();
  });
});

describe("more numbers and dates", () => {
  const costFile = (cost: string) => {
    const path = join(tempDir("doingoai-values-"), "delegations.csv");
    writeFileSync(path, `delegation_id,cost,cost_currency\nD1,${cost},VND\n`);
    return path;
  };

  it("10000000000000001 VND is refused (it is not 10^16); 10000000000000000 is allowed; 10000000000000002 is above the bound", async () => {
    await expectRefusal(await refused([costFile("10000000000000001")]), {
      code: "number_inexact",
      source: "delegations.csv",
      row: 2,
      column: "cost",
    });
    await expectRefusal(await refused([costFile("10000000000000002")]), {
      code: "implausible_amount",
      source: "delegations.csv",
      row: 2,
      column: "cost",
    });
    // the same digits in a workbook's number cell are read as written, not as the double exceljs makes
    const xlsx = await workbook(
      "delegations",
      [
        ["delegation_id", "cost", "cost_currency"],
        ["D1", 1, "VND"],
      ],
      setCell("B2", '<c r="B2"><v>10000000000000001</v></c>'),
    );
    await expectRefusal(await refused([xlsx]), {
      code: "number_inexact",
      source: "delegations.xlsx",
      sheet: "delegations",
      row: 2,
      column: "cost",
    });
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [new URL("../../fixtures/valid/", import.meta.url).pathname]);
    await importFiles(s, [costFile("10000000000000000")]);
    const [d] = await s.all<{ cost: number }>("SELECT cost FROM delegations WHERE delegation_id = 'D1'");
    expect(d!.cost).toBe(1e16);
    s.close();
  });

  it("JSON integers above 2^53 in an id or text column keep every digit (12345678901234567890)", async () => {
    const path = join(tempDir("doingoai-values-"), "partners.json");
    writeFileSync(
      path,
      '[{"partner_id": 12345678901234567890, "name": 98765432109876543210, "kind": "other", "country": "LA", "notes": 1.50}]',
    );
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [path]);
    const rows = await s.all<{ partner_id: string; name: string; notes: string }>(
      "SELECT partner_id, name, notes FROM partners",
    );
    expect(rows).toEqual([
      { partner_id: "12345678901234567890", name: "98765432109876543210", notes: "1.5" },
    ]);
    s.close();
  });

  it("a plain serial number in a date column of a 1904-system workbook is read in the 1904 system", async () => {
    // 2019-02-26 is day 42060 from 1904-01-01 (and would be 2015-02-25 in the 1900 system)
    const serial = (Date.UTC(2019, 1, 26) - Date.UTC(1904, 0, 1)) / 86_400_000;
    expect(serial).toBe(42060);
    const path = await workbook(
      "delegations",
      [
        ["delegation_id", "start_on"],
        ["D1", serial],
      ],
      (x) => x,
      (book) => book.replace("<workbookPr ", '<workbookPr date1904="1" '),
    );
    const s = await openStore({ path: ":memory:" });
    await importFiles(s, [new URL("../../fixtures/valid/", import.meta.url).pathname]);
    await importFiles(s, [path]);
    const [d] = await s.all<{ start_on: Date }>(
      "SELECT start_on FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(d!.start_on.toISOString().slice(0, 10)).toBe("2019-02-26");
    s.close();
  });
});
