import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isUtf8 } from "node:buffer";
import type { Store } from "../store/openStore.ts";
import { literal } from "../store/sqlTypes.ts";
import { csvHeader } from "./csvHeader.ts";
import { notUtf8Text } from "./decodeText.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { rowShapeProblems } from "./rowShapeProblems.ts";
import type { CsvTable, RowTable, SourceTable } from "./SourceTable.ts";
import { writtenNumberText } from "./writtenNumberText.ts";

// RowTable, CsvTable and SourceTable live in SourceTable.ts (rowShapeProblems.ts uses them without
// loading this file); still exported here.
export type { RowTable, CsvTable, SourceTable } from "./SourceTable.ts";

/** A staged source: a temp table with `_row` and text columns `c_0 … c_n` in header order. */
export interface Staged {
  table: SourceTable;
  /** Name of the temp table holding the rows as text; "" for a source with nothing in it. */
  tempTable: string;
  header: string[];
  /** Rows of the wrong width were set aside: `_row` is not reliable, so cells are not checked. */
  rowsSetAside?: boolean;
  /**
   * Staged without row numbers (see {@link StageOptions.locate}): `tempTable` is a view over the
   * reader, `_row` is NULL, and this table fills with the rows the reader set aside once it is read.
   */
  unlocatedRejects?: string;
}

/** Options of {@link stage}. */
export interface StageOptions {
  /**
   * Number the rows of a CSV file as the office sees them (`_row`), default true. Numbering
   * keeps the reader in file order on one thread and must be materialised; without it the file
   * is a view over DuckDB's parallel reader, read once by the typing pass, and a problem found
   * there cannot be located: the importer then stages the file again with row numbers.
   */
  locate?: boolean;
}

/**
 * The text a typed cell is staged as. Numbers never come out in a form the
 * text rules would call ambiguous (1.234 is staged as 1.2340), and dates as a
 * full timestamp, so a date cell is told apart from typed date text.
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    // String() gives the shortest text that reads back as this double, in exponent form for very
    // large or small numbers (1e-25): written out in full, digit for digit, never rounded to 0
    return writtenNumberText(String(value));
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => cellText(v) ?? "").join(";");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    // exceljs cell shapes: formulas, rich text, hyperlinks, errors
    if ("result" in o) return cellText(o["result"]);
    if ("richText" in o && Array.isArray(o["richText"]))
      return (o["richText"] as { text: string }[]).map((r) => r.text).join("");
    if ("text" in o) return cellText(o["text"]);
    if ("error" in o) return String(o["error"]);
  }
  return String(value);
}

let counter = 0;

/** Stages rows held in memory: written to a temporary CSV file that DuckDB's reader loads. */
async function stageRows(store: Store, table: RowTable): Promise<Staged> {
  const name = `stg_${++counter}`;
  const first = table.firstRow ?? 2;
  const width = table.header.length;
  // Rows go to DuckDB as a temporary CSV file, which its C++ reader parses far faster than
  // appending a million rows cell by cell through the appender (measured: minutes → seconds).
  const dir = mkdtempSync(join(tmpdir(), "doingoai-stage-"));
  const file = join(dir, "rows.csv");
  try {
    const fd = openSync(file, "w");
    try {
      writeSync(fd, ["_row", ...table.header.map((_, k) => `c_${k}`)].join(",") + "\n");
      const lines: string[] = [];
      const flush = () => {
        writeSync(fd, lines.join(""));
        lines.length = 0;
      };
      table.rows.forEach((row, i) => {
        let line = String(table.rowNumbers?.[i] ?? first + i);
        for (let k = 0; k < width; k++) {
          const text = cellText(row[k]);
          // empty unquoted is NULL; anything else is quoted, so commas, quotes and newlines survive
          line += text === null ? "," : `,"${text.replaceAll('"', '""')}"`;
        }
        lines.push(line + "\n");
        if (lines.length >= 10_000) flush();
      });
      flush();
    } finally {
      closeSync(fd);
    }
    const types = ["_row: 'INTEGER'", ...table.header.map((_, k) => `c_${k}: 'VARCHAR'`)].join(", ");
    await store.run(
      `CREATE TEMP TABLE ${name} AS SELECT * FROM read_csv(${literal(file)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${types}}, strict_mode = false)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { table, tempTable: name, header: table.header };
}

/** Where the first bytes that are not UTF-8 stand: line (1-based) and the text around them. */
function findBadUtf8(bytes: Buffer): { line: number; column: number; text: string }[] {
  const found: { line: number; column: number; text: string }[] = [];
  let start = 0;
  const delimiterByte = csvDelimiter(bytes).charCodeAt(0);
  for (let line = 1; start < bytes.length && found.length < 20; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (!isUtf8(slice)) {
      let bad = 0;
      while (bad < slice.length && isUtf8(slice.subarray(0, bad + 1))) bad++;
      // step back over a partial multi-byte start so we count the right field
      let column = 1;
      for (let b = 0; b < bad; b++) if (slice[b] === delimiterByte) column++;
      found.push({ line, column, text: slice.toString("latin1").trim() });
    }
    start = end + 1;
  }
  return found;
}

/** The delimiter of a CSV file, from its header line: `;` or a tab where the office's Excel used one, else `,`. */
export function csvDelimiter(bytes: Buffer): string {
  const end = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, end < 0 ? bytes.length : end).toString("utf8");
  const count = (c: string) => header.split(c).length - 1;
  const [best] = [",", ";", "\t"].sort((a, b) => count(b) - count(a));
  return count(best!) > 0 ? best! : ",";
}

/** Stages a CSV file with DuckDB's reader (every column as text), after checking it is UTF-8. */
async function stageCsv(
  store: Store,
  table: CsvTable,
  problems: ImportProblem[],
  temps: string[],
  locate: boolean,
): Promise<Staged | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(table.csvPath);
  } catch (error) {
    problems.push({
      source: table.source,
      code: "unreadable",
      text: {
        vi: `không đọc được tệp: ${(error as Error).message}`,
        en: `cannot read the file: ${(error as Error).message}`,
      },
    });
    return null;
  }
  if (!isUtf8(bytes)) {
    const header = bytes.subarray(0, Math.max(0, bytes.indexOf(0x0a))).toString("latin1");
    const names = header.replace(/^\uFEFF/, "").split(csvDelimiter(bytes));
    for (const bad of findBadUtf8(bytes)) {
      problems.push({
        source: table.source,
        row: bad.line,
        column: names[bad.column - 1]?.trim() ?? String(bad.column),
        value: bad.text.slice(0, 80),
        code: "not_utf8",
        text: notUtf8Text,
      });
    }
    return null;
  }
  if (
    bytes.length === 0 ||
    bytes
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim() === ""
  ) {
    return { table, tempTable: "", header: [] };
  }
  const name = `stg_${++counter}`;
  const delimiter = csvDelimiter(bytes);
  // The header is read here, not sniffed by DuckDB: its cells are the office's text (an empty cell
  // stays empty instead of becoming "column7"), and rows of the wrong width cannot fool a sniffer.
  const header = csvHeader(bytes.toString("utf8", 0, Math.min(bytes.length, 1 << 20)), delimiter);
  // Columns are named by position: a header is the office's text (it may hold quotes or even
  // NUL bytes) and is never put into SQL. Every row must have as many fields as the header; a row
  // that has not is kept aside by the reader (store_rejects) and reported, so the read needs no
  // null padding and stays parallel even with quoted line breaks.
  const columns = header.map((_, k) => `'c_${k}': 'VARCHAR'`).join(", ");
  const rejects = `${name}_rejects`;
  const read = `read_csv(${literal(table.csvPath)}, auto_detect = false, header = true, delim = ${literal(delimiter)}, quote = '"', escape = '"', columns = {${columns}}, store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${rejects}_scan')`;
  if (!locate) {
    temps.push(rejects, `${rejects}_scan`);
    await store.run(`CREATE TEMP VIEW ${name} AS SELECT CAST(NULL AS INTEGER) AS _row, * FROM ${read}`);
    return { table, tempTable: name, header, unlocatedRejects: rejects };
  }
  // Materialised once: the pass that types and judges the cells then runs on both cores, which a
  // pipeline straight from the reader cannot (row_number() keeps it in file order on one thread).
  // row_number() OVER () is a streaming window that keeps the file's order; +1 skips the header
  // row. (rowid would not do: inside an open transaction new rows have provisional rowids.)
  try {
    await store.run(
      `CREATE TEMP TABLE ${name} AS SELECT CAST(row_number() OVER () + 1 AS INTEGER) AS _row, * FROM ${read}`,
    );
  } catch (error) {
    problems.push(csvProblem(table, error));
    return null;
  } finally {
    temps.push(rejects, `${rejects}_scan`);
  }
  const found = await rowShapeProblems(store, table, header, rejects);
  if (found.length > 0) {
    // Rows set aside shift the row numbers of the rows after them: report the shape first.
    problems.push(...found);
    return { table, tempTable: name, header, rowsSetAside: true };
  }
  return { table, tempTable: name, header };
}

/** A CSV that DuckDB's reader refused (uneven columns, stray quotes), as a problem with its line when known. */
export function csvProblem(table: SourceTable, error: unknown): ImportProblem {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = (cause instanceof Error ? cause.message : String(cause)).split("\n").slice(0, 3).join(" ");
  const line = /Line: (\d+)/.exec(message)?.[1];
  return {
    source: table.source,
    ...(line === undefined ? {} : { row: Number(line) }),
    code: "unreadable",
    text: {
      vi: `không đọc được CSV (số cột không khớp hoặc dấu ngoặc kép lệch?): ${message}`,
      en: `cannot read the CSV (uneven columns or stray quotes?): ${message}`,
    },
  };
}

/**
 * Stages a source as text; file-level problems (unreadable, not UTF-8, rows of the wrong width)
 * go to `problems`, and names of helper temp tables to drop afterwards go to `temps`.
 */
export async function stage(
  store: Store,
  table: SourceTable,
  problems: ImportProblem[],
  temps: string[],
  options: StageOptions = {},
): Promise<Staged | null> {
  return "csvPath" in table
    ? stageCsv(store, table, problems, temps, options.locate ?? true)
    : stageRows(store, table);
}
