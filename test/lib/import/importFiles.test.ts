import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { importFiles, validateFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/ImportError.ts";
import type { ImportProblem } from "../../../src/lib/import/ImportProblem.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { validStore } from "../../helpers/validStore.ts";
import { copyValid, readCsv, tempDir, validFolder, writeCsv } from "../../helpers/fixtures.ts";

async function problemsOf(store: Store, paths: string[]): Promise<ImportProblem[]> {
  try {
    await importFiles(store, paths);
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("the import was expected to fail");
}

describe("a valid folder", () => {
  it("imports every entity, and importing it twice leaves identical tables", async () => {
    const store = await openStore({ path: ":memory:" });
    const first = await importFiles(store, [validFolder]);
    expect(Object.keys(first.byEntity).sort()).toEqual(entities.map((e) => e.name).sort());
    for (const c of Object.values(first.byEntity)) expect(c.inserted).toBeGreaterThan(0);
    const once = await digest(store);
    const second = await importFiles(store, [validFolder]);
    for (const c of Object.values(second.byEntity)) expect(c.inserted).toBe(0);
    expect(await digest(store)).toEqual(once);
    store.close();
  });

  it("reads Vietnamese numbers, dd/mm/yyyy dates, defaults and lists as the office means them", async () => {
    const store = await openStore({ path: ":memory:" });
    await importFiles(store, [validFolder]);
    const [d1] = await store.all<{ cost: number; start_on: Date }>(
      "SELECT cost, start_on FROM delegations WHERE delegation_id = 'D1'",
    );
    expect(d1!.cost).toBe(12_500_000);
    expect(d1!.start_on.toISOString().slice(0, 10)).toBe("2019-02-25");
    const [p2] = await store.all<{ committed_amount: number }>(
      "SELECT committed_amount FROM aid_projects WHERE project_id = 'P2'",
    );
    expect(p2!.committed_amount).toBe(100_000.5);
    // due_on defaults to 31/12 of the year before; currency defaults to VND
    const [plan] = await store.all<{ due_on: Date }>("SELECT due_on FROM annual_plans WHERE year = 2019");
    expect(plan!.due_on.toISOString().slice(0, 10)).toBe("2018-12-31");
    const [budget] = await store.all<{ currency: string }>(
      "SELECT currency FROM budgets WHERE year = 2019 AND line = 'reception'",
    );
    expect(budget!.currency).toBe("VND");
    const [a1] = await store.all<{ areas: string[] }>(
      "SELECT areas FROM agreements WHERE agreement_id = 'A1'",
    );
    expect(a1!.areas).toEqual(["education", "culture"]);
    store.close();
  });

  it("gives the same tables from CSV, from JSON and from a workbook with real date and number cells", async () => {
    const fromCsv = await openStore({ path: ":memory:" });
    await importFiles(fromCsv, [validFolder]);
    const expected = await digest(fromCsv);

    const jsonDir = tempDir();
    const workbook = new ExcelJS.Workbook();
    for (const entity of entities) {
      const rows = await fromCsv.all<Record<string, unknown>>(`SELECT * FROM "${entity.name}"`);
      const plain = rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]),
        ),
      );
      writeFileSync(join(jsonDir, `${entity.name}.json`), JSON.stringify(plain));
      const sheet = workbook.addWorksheet(entity.name);
      sheet.addRow(entity.columns.map((c) => c.name));
      for (const r of rows) sheet.addRow(entity.columns.map((c) => cellFor(r[c.name])));
    }
    const xlsx = join(tempDir(), "data.xlsx");
    await workbook.xlsx.writeFile(xlsx);

    const fromJson = await openStore({ path: ":memory:" });
    await importFiles(fromJson, [jsonDir]);
    expect(await digest(fromJson)).toEqual(expected);
    const fromXlsx = await openStore({ path: ":memory:" });
    await importFiles(fromXlsx, [xlsx]);
    expect(await digest(fromXlsx)).toEqual(expected);
    for (const s of [fromCsv, fromJson, fromXlsx]) s.close();
  });
});

function cellFor(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(";");
  return value; // Date cells stay dates, numbers stay numbers
}

/** One way to break a file, and the problem the importer must report for it. */
interface BadCase {
  name: string;
  entity: string;
  change: (header: string[], rows: string[][]) => { header: string[]; rows: string[][] } | Buffer;
  expect: { code: ImportProblem["code"]; row: number; column: string };
  /** Import into an empty database: a file without a required column may still update stored rows. */
  empty?: boolean;
}

function setCell(name: string, value: string) {
  return (header: string[], rows: string[][]) => {
    const k = header.indexOf(name);
    return { header, rows: rows.map((r, i) => (i === 0 ? r.map((c, j) => (j === k ? value : c)) : r)) };
  };
}

function casesFor(entityName: string): BadCase[] {
  const entity = entities.find((e) => e.name === entityName)!;
  const { header } = readCsv(join(validFolder, `${entity.name}.csv`));
  const cases: BadCase[] = [];
  const at = (column: string, code: ImportProblem["code"], row = 2) => ({ code, row, column });
  for (const c of entity.columns) {
    if (!header.includes(c.name)) continue;
    const add = (what: string, value: string, code: ImportProblem["code"]) =>
      cases.push({
        name: `${c.name} ${what}`,
        entity: entity.name,
        change: setCell(c.name, value),
        expect: at(c.name, code),
      });
    if (c.kind === "date") add("impossible date 31/02/2019", "31/02/2019", "date_impossible");
    if (c.kind === "date") add("not a date", "hôm qua", "date_format");
    if (c.kind === "enum") add("bad enum", "bogus", "enum");
    if (c.kind === "list") add("bad list item", "trade;bogus", "list");
    if (c.kind === "country") add("unknown country", "ZZ", "country");
    if (c.kind === "currency") add("unknown currency", "XYZ", "currency");
    if (c.kind === "boolean") add("not a boolean", "maybe", "boolean");
    if (c.kind === "sector") add("not a DAC code", "12A", "sector");
    if (c.kind === "period") add("bad period", "2019Q5", "period");
    if (c.kind === "integer" || c.kind === "decimal") add("wrong type", "nhiều", "number_format");
    if ((c.kind === "integer" || c.kind === "decimal") && c.min !== undefined) add("negative", "-1", "min");
    if (c.kind === "integer") add("fraction", "2,5", "integer");
    if (c.ref) add("dangling reference", "KHONG_CO", "reference");
    if (c.required && c.default === undefined && !entity.derivedDefaults[c.name]) {
      add("empty required cell", "", "required");
      cases.push({
        name: `missing required column ${c.name} (for rows not stored yet)`,
        entity: entity.name,
        empty: true,
        change: (h, rows) => {
          const k = h.indexOf(c.name);
          return { header: h.filter((_, j) => j !== k), rows: rows.map((r) => r.filter((_, j) => j !== k)) };
        },
        expect: at(c.name, "missing_column", 1),
      });
    }
  }
  cases.push({
    name: "unknown column",
    entity: entity.name,
    change: (h, rows) => ({ header: [...h, "cot_la"], rows: rows.map((r) => [...r, "x"]) }),
    expect: at("cot_la", "unknown_column", 1),
  });
  const textColumn =
    entity.columns.find((c) => (c.kind === "text" || c.kind === "id") && header.includes(c.name)) ??
    entity.columns.find((c) => c.name === header[0])!;
  cases.push({
    name: `non-UTF-8 bytes in ${textColumn.name}`,
    entity: entity.name,
    change: (h, rows) => {
      const k = h.indexOf(textColumn.name);
      const lines = [h, ...rows].map((r, i) =>
        Buffer.from(
          r.map((c, j) => (i === 1 && j === k ? "\u0000MARK" : c.includes(",") ? `"${c}"` : c)).join(","),
        ),
      );
      const windows1258 = Buffer.from([0x54, 0xe2, 0x6e]); // "Tân" in a legacy code page
      const broken = lines.map((l) => {
        const at = l.indexOf("\u0000MARK");
        return at < 0 ? l : Buffer.concat([l.subarray(0, at), windows1258, l.subarray(at + 5)]);
      });
      return Buffer.concat(broken.flatMap((l) => [l, Buffer.from("\n")]));
    },
    expect: at(textColumn.name, "not_utf8"),
  });
  return cases;
}

describe.each(entities.map((e) => e.name))("bad values in %s", (entityName) => {
  let store: Store;
  let before: Record<string, string>;
  beforeAll(async () => {
    ({ store, before } = await validStore());
  });
  afterAll(() => store.close());

  it.each(casesFor(entityName).map((c) => [c.name, c] as const))(
    "%s is reported with its row and column and nothing is written",
    async (_name, c) => {
      const dir = tempDir();
      const file = join(dir, `${c.entity}.csv`);
      const { header, rows } = readCsv(join(validFolder, `${c.entity}.csv`));
      // a second row with a new key makes sure a partial write would show
      const changed = c.change(header, rows);
      if (Buffer.isBuffer(changed)) writeFileSync(file, changed);
      else writeCsv(file, changed.header, changed.rows);
      const target = c.empty ? await openStore({ path: ":memory:" }) : store;
      const expected = c.empty ? await digest(target) : before;
      const problems = await problemsOf(target, [file]);
      const found = problems.find((p) => p.code === c.expect.code);
      expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
      expect(found!.source).toBe(`${c.entity}.csv`);
      expect(found!.row).toBe(c.expect.row);
      expect(found!.column).toBe(c.expect.column);
      expect(found!.text.vi.length).toBeGreaterThan(10);
      expect(found!.text.en.length).toBeGreaterThan(10);
      expect(found!.text.vi).not.toBe(found!.text.en);
      expect(await digest(target)).toEqual(expected);
      if (c.empty) target.close();
    },
  );
});

describe("the problem report", () => {
  it("lists every problem of a file, not only the first", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const { header, rows } = readCsv(join(dir, "delegations.csv"));
    const k = (n: string) => header.indexOf(n);
    rows[0]![k("members")] = "0";
    rows[1]![k("country")] = "XX";
    rows[2]![k("start_on")] = "30/02/2019";
    writeCsv(join(dir, "delegations.csv"), header, rows);
    const problems = await problemsOf(store, [dir]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual(
      expect.arrayContaining([
        [2, "members", "min"],
        [3, "country", "country"],
        [4, "start_on", "date_impossible"],
      ]),
    );
    expect(await store.all("SELECT * FROM partners")).toEqual([]);
    store.close();
  });

  it("reports an ambiguous number instead of guessing 1.234 or 1234 when the column gives no clue", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const path = join(dir, "budgets.csv");
    const text = readFileSync(path, "utf8")
      .replace('"500.000.000"', "500.000")
      .replace('"1.200.000.000"', "1200000000");
    writeFileSync(path, text);
    const problems = await problemsOf(store, [dir]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "number_ambiguous", row: 2, column: "allocated" }),
    ]);
    store.close();
  });

  it("reads 500.000 as five hundred thousand when the same column writes 1.200.000.000 the Vietnamese way", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const path = join(dir, "budgets.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace('"500.000.000"', "500.000"));
    await importFiles(store, [dir]);
    const [r] = await store.all<{ allocated: number }>(
      "SELECT allocated FROM budgets WHERE line = 'reception'",
    );
    expect(r!.allocated).toBe(500_000);
    store.close();
  });

  it("reads 1.234 as a decimal when the same column writes plain decimals such as 0.5", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    writeFileSync(
      join(dir, "exchange_rates.csv"),
      "on,currency,vnd_per_unit\n2014-12-31,USD,21246.5\n2014-12-31,LAK,2.575\n2019-06-28,USD,23300\n",
    );
    await importFiles(store, [join(dir, "exchange_rates.csv")]);
    const [r] = await store.all<{ v: number }>(
      "SELECT vnd_per_unit AS v FROM exchange_rates WHERE currency = 'LAK'",
    );
    expect(r!.v).toBe(2.575);
    store.close();
  });

  it("names the currency column, its cell and the date of a missing exchange rate", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const path = join(dir, "delegations.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace("3000,USD", "3000,JPY"));
    const problems = await problemsOf(store, [dir]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "no_rate", row: 3, column: "cost_currency", value: "JPY" });
    expect(problems[0]!.text.vi).toContain("10/05/2019");
    expect(problems[0]!.text.en).toContain("JPY");
    store.close();
  });

  it("rejects the same key twice in one import, naming where it first appeared", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const { header, rows } = readCsv(join(dir, "partners.csv"));
    writeCsv(join(dir, "partners.csv"), header, [...rows, rows[0]!]);
    const problems = await problemsOf(store, [dir]);
    expect(problems).toEqual([expect.objectContaining({ code: "duplicate_key", row: 4, value: "LPB" })]);
    expect(problems[0]!.text.en).toContain("row 2");
    store.close();
  });

  it("does not accept mm/dd: 03/04/2020 is the 3rd of April", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const path = join(dir, "consular_cases.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace("05/01/2019,20/01/2019", "03/04/2020,12/25/2020"));
    const problems = await problemsOf(store, [dir]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "date_impossible", column: "closed_on", row: 2 }),
    ]);
    store.close();
  });

  it("rejects a five-digit sector that is not in the DAC codelist", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = copyValid();
    const path = join(dir, "aid_projects.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace(",14030,", ",99999,"));
    const problems = await problemsOf(store, [dir]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "sector", row: 2, column: "sector", value: "99999" }),
    ]);
    store.close();
  });

  it("takes an empty JSON array as a table with no rows", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = tempDir();
    writeFileSync(join(dir, "consular_cases.json"), "[]");
    const summary = await importFiles(store, [dir]);
    expect(summary.written).toBe(true);
    expect(await store.all("SELECT * FROM consular_cases")).toEqual([]);
    store.close();
  });

  it("validate reports the same problems and writes nothing, even when the data is valid", async () => {
    const store = await openStore({ path: ":memory:" });
    const clean = await validateFiles(store, [validFolder]);
    expect(clean.problems).toEqual([]);
    expect(clean.written).toBe(false);
    expect(await store.all("SELECT * FROM delegations")).toEqual([]);
    store.close();
  });
});
