import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/ImportError.ts";
import type { ImportProblem } from "../../../src/lib/import/ImportProblem.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { validStore } from "../../helpers/validStore.ts";
import { readCsv, tempDir, validFolder } from "../../helpers/fixtures.ts";

// One store for the whole file, with the valid fixtures loaded: each test writes its own file,
// and a refused import must leave every table exactly as it was.
let store: Store;
let before: Record<string, string>;
beforeAll(async () => {
  ({ store, before } = await validStore());
});
afterAll(() => store.close());

async function problemsOf(paths: string[]): Promise<ImportProblem[]> {
  try {
    await importFiles(store, paths);
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("the import was expected to be refused");
}

/** Writes `text` (lines joined with \n) as `name` in a fresh folder and returns its path. */
function file(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const delegationsHeader = readCsv(join(validFolder, "delegations.csv")).header.join(",");
const row = (id: string, extra = "") =>
  `${id},inbound,25/02/2019,27/02/2019,LA,LPB,A1,department,cooperation,5,true,"12.500.000",VND,provincial_budget,Phó Giám đốc Sở${extra}`;

async function expectRefused(path: string, expected: Partial<ImportProblem>): Promise<ImportProblem[]> {
  const problems = await problemsOf([path]);
  expect(problems, JSON.stringify(problems, null, 1)).toContainEqual(expect.objectContaining(expected));
  for (const p of problems) {
    expect(p.text.vi).not.toBe("");
    expect(p.text.en).not.toBe("");
    expect(p.text.vi).not.toBe(p.text.en);
  }
  expect(await digest(store)).toEqual(before);
  return problems;
}

describe("columns without a name", () => {
  it("refuses an empty header cell over a column that holds values, naming the row and the value", async () => {
    const path = file("delegations.csv", `${delegationsHeader},\n${row("D1", ",stray value")}\n`);
    const problems = await expectRefused(path, { code: "unnamed_column", row: 2, value: "stray value" });
    expect(problems.find((p) => p.code === "unnamed_column")!.column).toBe("16");
  });

  it("refuses a column headed column7 (a generated name) that holds values", async () => {
    const path = file("delegations.csv", `${delegationsHeader},column7\n${row("D1", ",x")}\n`);
    await expectRefused(path, { code: "unnamed_column", row: 2, value: "x" });
  });

  it("refuses a workbook value right of the last named column, naming sheet, row and cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("delegations");
    const header = delegationsHeader.split(",");
    sheet.addRow(header);
    const cells = readCsv(join(validFolder, "delegations.csv")).rows[0]!;
    sheet.addRow([...cells, null, "ghi chú lạc"]);
    const path = join(tempDir(), "so-lieu.xlsx");
    await workbook.xlsx.writeFile(path);
    await expectRefused(path, {
      code: "unnamed_column",
      sheet: "delegations",
      row: 2,
      column: String(header.length + 2),
      value: "ghi chú lạc",
    });
  });

  it("accepts an empty header cell over an empty column", async () => {
    const path = file("delegations.csv", `${delegationsHeader},\n${row("D1", ",")}\n`);
    const summary = await importFiles(store, [path]);
    expect(summary.byEntity["delegations"]!.updated).toBe(1);
  });
});

describe("rows that do not match the header", () => {
  it("refuses a row with more fields than the header, naming its row", async () => {
    const path = file("delegations.csv", `${delegationsHeader}\n${row("D1")}\n${row("D9", ",extra")}\n`);
    await expectRefused(path, { code: "extra_fields", row: 3 });
  });

  it("refuses a row with fewer fields than the header, naming its row", async () => {
    const path = file("delegations.csv", `${delegationsHeader}\n${row("D1")}\nD9,inbound,25/02/2019\n`);
    await expectRefused(path, { code: "missing_fields", row: 3 });
  });

  it("counts rows after a quoted line break as spreadsheet rows, not file lines", async () => {
    const multi = row("D8").replace("Phó Giám đốc Sở", '"Phó\nGiám đốc"');
    const path = file("delegations.csv", `${delegationsHeader}\n${multi}\n${row("D9", ",extra")}\n`);
    await expectRefused(path, { code: "extra_fields", row: 3 });
  });
});

describe("ids outside the documented character class", () => {
  const lookAlikes: [string, string][] = [
    ["zero-width space", "D1\u200b"],
    ["byte order mark", "\ufeffD1"],
    ["NUL", "D\u00001"],
    ["non-breaking hyphen", "KR\u2011GG"],
    ["trailing non-breaking space", "D1\u00a0"],
    ["inner space", "D 1"],
  ];
  it.each(lookAlikes)("refuses an id with a %s as a new record", async (_, id) => {
    const path = file("delegations.csv", `${delegationsHeader}\n${row(id)}\n`);
    await expectRefused(path, { code: "id_chars", row: 2, column: "delegation_id" });
  });

  it("refuses a reference written with a look-alike character, at the referring column", async () => {
    const path = file(
      "delegations.csv",
      `${delegationsHeader}\n${row("D7").replace(",LPB,", ",LPB\u200b,")}\n`,
    );
    await expectRefused(path, { code: "id_chars", row: 2, column: "partner_id" });
  });

  it("trims ASCII spaces and stores ids in NFC, so a decomposed Vietnamese id updates the stored one", async () => {
    const composed = "ĐOÀN-1";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    await importFiles(store, [file("delegations.csv", `${delegationsHeader}\n${row(composed)}\n`)]);
    const second = await importFiles(store, [
      file("delegations.csv", `${delegationsHeader}\n${row(`  ${decomposed} `)}\n`),
    ]);
    expect(second.byEntity["delegations"]).toMatchObject({ inserted: 0, updated: 1 });
    const ids = await store.all<{ delegation_id: string }>(
      "SELECT delegation_id FROM delegations WHERE delegation_id LIKE '%-1'",
    );
    expect(ids.map((r) => r.delegation_id)).toEqual([composed]);
    await store.run(`DELETE FROM delegations WHERE delegation_id = '${composed}'`);
    expect(await digest(store)).toEqual(before);
  });

  it("refuses an id equal to a stored id that is not in NFC, naming the stored one", async () => {
    const stored = "ĐOÀN-2".normalize("NFD");
    await store.run(
      `INSERT INTO partners (partner_id, name, kind, country) VALUES ('${stored}', 'Đối tác cũ', 'other', 'LA')`,
    );
    const path = file("partners.csv", "partner_id,name,kind,country\nĐOÀN-2,Đối tác mới,other,LA\n");
    const problems = await problemsOf([path]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "stored_id_not_nfc", row: 2, column: "partner_id", value: stored }),
    ]);
    await store.run(`DELETE FROM partners WHERE partner_id = '${stored}'`);
    expect(await digest(store)).toEqual(before);
  });
});

describe("numbers and amounts", () => {
  const amountFile = (amount: string, currency = "EUR") =>
    file(
      "aid_projects.csv",
      `project_id,ngo_id,title,sector,approved_on,committed_amount,currency,status\nP9,N1,Thử,14030,15/04/2019,${amount},${currency},approved\n`,
    );

  it.each(["1_000", "12e3", "1e308", "0x1F", "inf", "NaN", "+-1", "1.5e2"])(
    "refuses %s, which is not one of the documented number forms",
    async (text) => {
      await expectRefused(amountFile(text), { code: "number_format", row: 2, column: "committed_amount" });
    },
  );

  it("refuses an amount whose USD or VND value is beyond the plausibility bound (10^20 EUR written out)", async () => {
    await expectRefused(amountFile("1" + "0".repeat(20)), {
      code: "implausible_amount",
      row: 2,
      column: "committed_amount",
    });
  });

  it("refuses 1e308 written out in full, which is finite in EUR but infinite in VND", async () => {
    await expectRefused(amountFile("1" + "0".repeat(308)), {
      code: "implausible_amount",
      row: 2,
      column: "committed_amount",
    });
  });

  it("accepts a large but plausible amount (5.000.000.000.000 VND)", async () => {
    const summary = await importFiles(store, [amountFile('"5.000.000.000.000"', "VND")]);
    expect(summary.byEntity["aid_projects"]!.inserted).toBe(1);
    await store.run("DELETE FROM aid_projects WHERE project_id = 'P9'");
    expect(await digest(store)).toEqual(before);
  });
});

describe("re-importing merges", () => {
  beforeEach(async () => expect(await digest(store)).toEqual(before));

  it("keeps the stored values of an optional column the file does not have, and says so", async () => {
    const [stored] = await store.all<{ head: string }>(
      "SELECT head FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(stored!.head).toBe("Phó Giám đốc Sở");
    const header = delegationsHeader.replace(",head", "");
    const line = row("D1").replace(",Phó Giám đốc Sở", "").replace(",5,", ",6,");
    const summary = await importFiles(store, [file("delegations.csv", `${header}\n${line}\n`)]);
    expect(summary.byEntity["delegations"]).toMatchObject({ updated: 1, keptColumns: ["head"] });
    const [after] = await store.all<{ head: string; members: number }>(
      "SELECT head, members FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(after).toEqual({ head: "Phó Giám đốc Sở", members: 6 });
    await importFiles(store, [join(validFolder, "delegations.csv")]);
  });

  it("updates stored rows from a file with only the key and one column, and refuses a new row there", async () => {
    const summary = await importFiles(store, [file("delegations.csv", "delegation_id,members\nD1,9\n")]);
    expect(summary.byEntity["delegations"]).toMatchObject({ updated: 1, inserted: 0 });
    const [after] = await store.all<{ members: number; head: string; direction: string }>(
      "SELECT members, head, direction FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(after).toEqual({ members: 9, head: "Phó Giám đốc Sở", direction: "inbound" });
    await importFiles(store, [join(validFolder, "delegations.csv")]);
    expect(await digest(store)).toEqual(before);
    await expectRefused(file("delegations.csv", "delegation_id,members\nD1,9\nD77,3\n"), {
      code: "missing_column",
      row: 1,
      column: "direction",
    });
  });

  it("clears a stored value when the file has the column and its cell is empty", async () => {
    const line = row("D1").replace(",Phó Giám đốc Sở", ",");
    await importFiles(store, [file("delegations.csv", `${delegationsHeader}\n${line}\n`)]);
    const [after] = await store.all<{ head: string | null }>(
      "SELECT head FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(after!.head).toBeNull();
    await importFiles(store, [join(validFolder, "delegations.csv")]);
  });
});

describe("RFC 4180 CSV", () => {
  const text = 'Phó Giám đốc "Sở"\nngoại vụ; tỉnh, Thái Nguyên';
  const quoted = `"${text.replaceAll('"', '""')}"`;
  const cases: [string, string, string][] = [
    ["comma", ",", "\n"],
    ["semicolon, BOM and CRLF (Excel's CSV UTF-8 (;))", ";", "\r\n"],
    ["tab", "\t", "\n"],
  ];
  it.each(cases)(
    "imports quoted line breaks, quotes and separators with a %s separator",
    async (_, sep, eol) => {
      const header = delegationsHeader.split(",");
      const cells = row("D5").split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      cells[cells.length - 1] = quoted;
      const bom = sep === ";" ? "\ufeff" : "";
      const path = file("delegations.csv", `${bom}${header.join(sep)}${eol}${cells.join(sep)}${eol}`);
      await importFiles(store, [path]);
      const [r] = await store.all<{ head: string; cost: number }>(
        "SELECT head, cost FROM delegations WHERE delegation_id = 'D5'",
      );
      expect(r).toEqual({ head: text, cost: 12_500_000 });
      await store.run("DELETE FROM delegations WHERE delegation_id = 'D5'");
    },
  );

  it("imports 60.000 rows that each hold a quoted line break (a file large enough for a parallel read)", async () => {
    const lines = [delegationsHeader];
    for (let i = 0; i < 60_000; i++)
      lines.push(row(`B${i}`).replace("Phó Giám đốc Sở", `"dòng một\ndòng hai, ""${i}"""`));
    const summary = await importFiles(store, [file("delegations.csv", lines.join("\n") + "\n")]);
    expect(summary.byEntity["delegations"]!.inserted).toBe(60_000);
    const [r] = await store.all<{ head: string }>(
      "SELECT head FROM delegations WHERE delegation_id = 'B59999'",
    );
    expect(r!.head).toBe('dòng một\ndòng hai, "59999"');
    await store.run("DELETE FROM delegations WHERE delegation_id LIKE 'B%'");
    expect(await digest(store)).toEqual(before);
  }, 120_000);
});
