import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Column } from "../../../src/data/columns.ts";
import type { Entity } from "../../../src/data/defineEntity.ts";
import { entities } from "../../../src/data/entities.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/ImportError.ts";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { readCsv, tempDir, validFolder } from "../../helpers/fixtures.ts";

const invisible = ["\u200b", "\ufeff", "\u0000", "\u2011", "\u00a0"];

const nasty = [
  "",
  " ",
  "31/02/2019",
  "29/02/2019",
  "2019-13-01",
  "12/25/2020",
  "-1",
  "0",
  "1.234",
  "1,234",
  "1.234.567,89",
  "1,234,567.89",
  "1e9",
  "1_000",
  "12e3",
  "NaN",
  "inf",
  "ZZ",
  "la",
  "VND",
  "XYZ",
  "true",
  "có",
  "null",
  '"',
  "'; DROP TABLE delegations; --",
  "LPB",
  "D1",
  "A1",
  "N1",
  "P1",
  "99999999",
  "Tân Cương",
  "\u00a0",
  "dòng một\ndòng hai",
  'trích "dẫn", chấm; phẩy\r\nhết',
  "1e308",
  "1" + "0".repeat(308),
  "9".repeat(400),
  "1" + "0".repeat(20),
  "-" + "1" + "0".repeat(17),
  "5.000.000.000.000",
];

const cell = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  // a stored value with an invisible character slipped in: a look-alike of a real id
  fc
    .record({
      base: fc.constantFrom("D1", "LPB", "A1", "N1", "P1", "KR-GG", "2019"),
      at: fc.nat(),
      c: fc.constantFrom(...invisible),
    })
    .map(({ base, at, c }) => base.slice(0, at % (base.length + 1)) + c + base.slice(at % (base.length + 1))),
);

/** What a header cell is renamed to; `vi` and `template` stand for the column's own Vietnamese and template headers. */
const headerName = fc.oneof(
  fc.constantFrom("", " ", "column7", "cot_la", "vi", "template", "upper", "bom", "padded"),
  fc.string({ maxLength: 8 }),
);

/** A random change to one valid file: a cell, a row, a column, the header, or raw bytes. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("cell" as const), row: fc.nat(), col: fc.nat(), value: cell }),
  fc.record({
    kind: fc.constant("invisible" as const),
    row: fc.nat(),
    col: fc.nat(),
    at: fc.nat(),
    c: fc.constantFrom(...invisible),
  }),
  fc.record({ kind: fc.constant("duplicateRow" as const), row: fc.nat() }),
  fc.record({ kind: fc.constant("dropColumn" as const), col: fc.nat() }),
  fc.record({ kind: fc.constant("renameColumn" as const), col: fc.nat(), value: headerName }),
  fc.record({ kind: fc.constant("swapColumns" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("unnamedColumn" as const), filled: fc.boolean() }),
  fc.record({ kind: fc.constant("truncateRow" as const), row: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant("extendRow" as const), row: fc.nat(), value: cell }),
  fc.record({ kind: fc.constant("truncateFile" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("bytes" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function renamed(entity: Entity, canonical: string, to: string): string {
  const c = entity.columns.find((col) => col.name === canonical);
  if (!c) return to;
  if (to === "vi") return c.vi;
  if (to === "template") return `${c.label.vi} (${c.name})`;
  if (to === "upper") return c.name.toUpperCase();
  if (to === "bom") return `\ufeff${c.name}`;
  if (to === "padded") return `  ${c.name} `;
  return to;
}

/** Applies the mutations to the entity's valid CSV; returns the bytes. */
function apply(entity: Entity, ms: Mutation[]): Buffer {
  const { header, rows } = readCsv(join(validFolder, `${entity.name}.csv`));
  let h = [...header];
  let r = rows.map((x) => [...x]);
  let cut: number | undefined;
  const raw: { at: number; bytes: Uint8Array }[] = [];
  for (const m of ms) {
    if (m.kind === "cell" && r.length > 0 && h.length > 0) {
      r[m.row % r.length]![m.col % h.length] = m.value;
    } else if (m.kind === "invisible" && r.length > 0 && h.length > 0) {
      const row = r[m.row % r.length]!;
      const k = m.col % h.length;
      const v = row[k] ?? "";
      const at = m.at % (v.length + 1);
      row[k] = v.slice(0, at) + m.c + v.slice(at);
    } else if (m.kind === "duplicateRow" && r.length > 0) {
      r.push([...r[m.row % r.length]!]);
    } else if (m.kind === "dropColumn" && h.length > 1) {
      const k = m.col % h.length;
      h = h.filter((_, j) => j !== k);
      r = r.map((x) => x.filter((_, j) => j !== k));
    } else if (m.kind === "renameColumn" && h.length > 0) {
      const k = m.col % h.length;
      h[k] = renamed(entity, h[k]!, m.value);
    } else if (m.kind === "swapColumns" && h.length > 0) {
      const a = m.a % h.length;
      const b = m.b % h.length;
      const swap = <T>(x: T[]) => {
        const t = x[a]!;
        x[a] = x[b]!;
        x[b] = t;
      };
      swap(h);
      r.forEach(swap);
    } else if (m.kind === "unnamedColumn") {
      h.push("");
      r.forEach((x, i) => x.push(m.filled && i === 0 ? "giá trị lạc" : ""));
    } else if (m.kind === "truncateRow" && r.length > 0 && h.length > 0) {
      const i = m.row % r.length;
      r[i] = r[i]!.slice(0, m.keep % h.length);
    } else if (m.kind === "extendRow" && r.length > 0) {
      r[m.row % r.length]!.push(m.value);
    } else if (m.kind === "truncateFile") {
      cut = m.at;
    } else if (m.kind === "bytes") {
      raw.push(m);
    }
  }
  let bytes = Buffer.from([h, ...r].map((x) => x.map(quote).join(",")).join("\n") + "\n");
  for (const { at, bytes: b } of raw) {
    const i = at % bytes.length;
    bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(b), bytes.subarray(i)]);
  }
  if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// The oracle: the documented rules (README, "Import your data"), written again independently of
// the importer's SQL, for files the importer accepted.

/** RFC 4180 records of a CSV text, or null when it is not valid RFC 4180. Blank lines are skipped. */
function parseCsv(text: string): string[][] | null {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let atStart = true; // at the start of a field
  const endRecord = () => {
    record.push(field);
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
    field = "";
    atStart = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (atStart && ch === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return null; // the quote never closes
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") return null;
      atStart = false;
      continue;
    }
    if (ch === ",") {
      record.push(field);
      field = "";
      atStart = true;
    } else if (ch === "\n" || ch === "\r") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else if (ch === '"') {
      return null; // a quote inside an unquoted field
    } else {
      field += ch;
      atStart = false;
    }
    i++;
  }
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

const fold = (s: string) =>
  s
    .replace(/^\ufeff/, "")
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** The column a header names under the documented rule, "" for an unnamed column, null for an unknown one. */
function canonical(entity: Entity, header: string): string | null {
  const h = fold(header);
  if (h === "" || /^column\d+$/.test(h)) return "";
  const m = /^(.*)\(([^()]+)\)$/.exec(h);
  for (const candidate of m ? [fold(m[2]!), fold(m[1]!), h] : [h]) {
    const c =
      entity.columns.find((col) => col.name === candidate) ??
      entity.columns.find((col) => fold(col.vi) === candidate);
    if (c) return c.name;
  }
  return null;
}

const idClass = /^[\p{L}\p{Nd}_./-]+$/u;
const trueWords = ["true", "1", "yes", "có", "đúng", "x"];
const falseWords = ["false", "0", "no", "không", "sai"];

type Style = "vi" | "plain" | null;

const isAmbiguous = (s: string) => /^[+-]?\d{1,3}[.,]\d{3}$/.test(s);
const viNumber = (s: string) => Number(s.replaceAll(".", "").replace(",", "."));

/** A number cell under the documented forms, or undefined when it must be refused. */
function number(s: string, style: Style): number | undefined {
  if (isAmbiguous(s)) {
    if (style === "vi") return viNumber(s);
    if (style === "plain" && s.includes(".")) return Number(s);
    return undefined;
  }
  if (/^[+-]?\d+$/.test(s) || /^[+-]?\d+\.\d+$/.test(s)) return Number(s);
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^[+-]?\d+,\d+$/.test(s)) return viNumber(s);
  return undefined;
}

/** The number style a column's cells show: vi (1.234.567 or 12,5), plain (1234.5), or neither/both. */
function styleOf(cells: string[]): Style {
  let vi = false;
  let plain = false;
  for (const s of cells) {
    if (isAmbiguous(s)) continue;
    if (
      /^[+-]?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s) ||
      /^[+-]?\d+,\d+$/.test(s) ||
      /^[+-]?\d{1,3}\.\d{3},\d+$/.test(s)
    )
      vi = true;
    else if (/^[+-]?\d+\.\d+$/.test(s)) plain = true;
  }
  return vi && !plain ? "vi" : plain && !vi ? "plain" : null;
}

function isoOf(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  if (y < 1950 || y > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date cell: ISO, dd/mm/yyyy or an Excel serial number, as ISO text; undefined when it must be refused. */
function date(s: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d+(\.\d+)?$/.test(s) && Number(s) >= 1 && Number(s) <= 2958465) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * 86_400_000);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return undefined;
}

const NOT_ACCEPTABLE = Symbol("refused");

/** The value a cell must come back as from a JSON export (null for empty), or NOT_ACCEPTABLE. */
function expected(column: Column, raw: string, style: Style): unknown {
  if (column.kind === "id") {
    const v = raw.replace(/^ +| +$/g, "").normalize("NFC");
    if (v === "") return null;
    return idClass.test(v) ? v : NOT_ACCEPTABLE;
  }
  const v = raw.replaceAll("\u00a0", " ").replace(/^ +| +$/g, "");
  if (v === "") return null;
  switch (column.kind) {
    case "text":
    case "sector":
    case "period":
      return v;
    case "enum":
      return v.toLowerCase();
    case "list":
      return v
        .split(";")
        .map((x) => x.trim().toLowerCase())
        .filter((x) => x !== "");
    case "country":
    case "currency":
      return v.toUpperCase();
    case "boolean":
      return trueWords.includes(v.toLowerCase())
        ? true
        : falseWords.includes(v.toLowerCase())
          ? false
          : NOT_ACCEPTABLE;
    case "date":
      return date(v) ?? NOT_ACCEPTABLE;
    case "integer": {
      const n = number(v, style);
      return n !== undefined && Number.isInteger(n) ? n : NOT_ACCEPTABLE;
    }
    case "decimal": {
      const n = number(v, style);
      return n !== undefined && Number.isFinite(n) ? n : NOT_ACCEPTABLE;
    }
  }
}

/**
 * Checks an accepted file against the JSON export of its entity: every row of the file is there
 * under its key with the file's values (documented normalisation); columns the file lacks keep
 * the values stored before (`before`), or are empty for a new row. Returns what disagrees.
 */
function disagreements(
  entity: Entity,
  bytes: Buffer,
  exported: Record<string, unknown>[],
  before: Record<string, unknown>[],
): string[] {
  const out: string[] = [];
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return ["accepted a file that is not UTF-8"];
  }
  const records = parseCsv(text.replace(/^\ufeff/, ""));
  if (records === null) return ["accepted a file that is not RFC 4180 CSV"];
  if (records.length === 0) return [];
  const [header, ...rows] = records as [string[], ...string[][]];
  const names = header.map((h) => canonical(entity, h));
  if (names.includes(null)) return [`accepted an unknown column: ${JSON.stringify(header)}`];
  for (const [i, row] of rows.entries()) {
    // separators at the end of a line (empty fields past the last column) hold nothing: tolerated
    while (row.length > header.length && row[row.length - 1] === "") row.pop();
    if (row.length !== header.length)
      out.push(`accepted row ${i + 2} with ${row.length} fields, header ${header.length}`);
    names.forEach((n, k) => {
      if (n === "" && (row[k] ?? "").trim() !== "")
        out.push(`accepted a value under an unnamed column: row ${i + 2}`);
    });
  }
  if (out.length > 0) return out;
  const keyOf = (o: Record<string, unknown>) => JSON.stringify(entity.key.map((k) => o[k]));
  const stored = new Map(exported.map((o) => [keyOf(o), o]));
  const old = new Map(before.map((o) => [keyOf(o), o]));
  const columns = entity.columns.filter((c) => names.includes(c.name));
  const styles = new Map(
    columns.map((c) => [c.name, styleOf(rows.map((r) => (r[names.indexOf(c.name)] ?? "").trim()))]),
  );
  for (const [i, row] of rows.entries()) {
    const want: Record<string, unknown> = {};
    for (const c of columns) {
      const v = expected(c, row[names.indexOf(c.name)] ?? "", styles.get(c.name)!);
      if (v === NOT_ACCEPTABLE) {
        out.push(`accepted row ${i + 2}, ${c.name}: ${JSON.stringify(row[names.indexOf(c.name)])}`);
        return out;
      }
      want[c.name] = v;
    }
    const key = keyOf(want);
    const got = stored.get(key);
    if (!got) {
      out.push(`row ${i + 2}: key ${key} not in the export`);
      continue;
    }
    const previous = old.get(key);
    for (const c of entity.columns) {
      const defaulted = c.default !== undefined || entity.derivedDefaults[c.name] !== undefined;
      let w: unknown;
      if (names.includes(c.name)) {
        w = want[c.name];
        if (w === null && defaulted) continue; // an empty cell takes the column's default
      } else if (previous) {
        w = previous[c.name]; // merge: the stored value is kept
      } else {
        if (defaulted) continue;
        w = null;
      }
      if (JSON.stringify(got[c.name]) !== JSON.stringify(w))
        out.push(
          `row ${i + 2}, ${c.name}: exported ${JSON.stringify(got[c.name])}, file ${JSON.stringify(w)}`,
        );
    }
  }
  return out;
}

describe("random mutations of valid files", () => {
  let store: Store;
  let before: Record<string, string>;
  const exportDir = tempDir();
  const snapshot = new Map<string, Record<string, unknown>[]>();
  const exported = async (entity: string) => {
    await exportData(store, exportDir, { format: "json" });
    try {
      return JSON.parse(readFileSync(join(exportDir, `${entity}.json`), "utf8")) as Record<string, unknown>[];
    } catch {
      return [];
    }
  };
  beforeAll(async () => {
    store = await openStore({ path: ":memory:" });
    await importFiles(store, [validFolder]);
    before = await digest(store);
    for (const e of entities) snapshot.set(e.name, await exported(e.name));
    // a copy to restore from after an import that (rightly) succeeded
    await store.run("CREATE SCHEMA snap");
    for (const e of entities) await store.run(`CREATE TABLE snap."${e.name}" AS SELECT * FROM "${e.name}"`);
  });

  async function restore(): Promise<void> {
    for (const e of entities) {
      await store.run(`DELETE FROM "${e.name}"`);
      await store.run(`INSERT INTO "${e.name}" SELECT * FROM snap."${e.name}"`);
    }
  }
  afterAll(() => store.close());

  it("never crash the importer; a refused file leaves every table unchanged, and an accepted one exports back as written", async () => {
    const dir = tempDir();
    let failures = 0;
    let successes = 0;
    const runs = Number(process.env["PROPERTY_RUNS"] ?? 1000);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...entities.map((e) => e.name)),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (name, ms) => {
          const entity = entities.find((e) => e.name === name)!;
          const file = join(dir, `${name}.csv`);
          const bytes = apply(entity, ms);
          writeFileSync(file, bytes);
          try {
            await importFiles(store, [file]);
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            failures++;
            expect(error.problems.length).toBeGreaterThan(0);
            for (const p of error.problems) {
              expect(p.source).toBe(`${name}.csv`);
              expect(p.text.vi).not.toBe("");
              expect(p.text.en).not.toBe("");
            }
            expect(await digest(store)).toEqual(before);
            return;
          }
          successes++;
          const found = disagreements(entity, bytes, await exported(name), snapshot.get(name)!);
          await restore();
          expect(found).toEqual([]);
        },
      ),
      { numRuns: runs, seed: 20191225 },
    );
    expect(await digest(store)).toEqual(before);
    // the mutations are meant to break files: most must fail, and some (harmless changes) pass
    expect(failures).toBeGreaterThan(runs / 2);
    expect(failures + successes).toBe(runs);
    expect(successes).toBeGreaterThan(0);
  }, 900_000);
});
