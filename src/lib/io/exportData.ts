import {
  closeSync,
  createWriteStream,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type WriteStream,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import type { Column } from "../../data/columns.ts";
import { fileSystemReasons } from "./fileSystemReasons.ts";
import type { Entity } from "../../data/defineEntity.ts";
import { entities } from "../../data/entities.ts";
import { DoingoaiError, QueryError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { csvLine, utf8Bom } from "./csv.ts";
import { exportManifestName } from "./exportManifest.ts";
import { makeFolder } from "./makeFolder.ts";
import { exportParquet } from "./exportParquet.ts";
import type { ExportSummary } from "./ExportSummary.ts";
import { orderedSelect } from "./orderedSelect.ts";
import { removeOnSignal } from "./removeOnSignal.ts";
import { removeStaleTemps } from "./removeStaleTemps.ts";

// Moved to their own files (no import cycle with exportParquet); still exported from here.
export { orderedSelect } from "./orderedSelect.ts";
export type { ExportSummary } from "./ExportSummary.ts";

export type ExportFormat = "csv" | "xlsx" | "json" | "parquet";

export interface ExportOptions {
  /**
   * "csv" (default): `<entity>.csv` each; "xlsx": one workbook `doingoai.xlsx`; "json": `<entity>.json` each;
   * "parquet": `<entity>.parquet` each and the manifest `doingoai-export.json` (see `exportParquet`).
   */
  format?: ExportFormat;
}

/** Name of the workbook an XLSX export writes. */
export const exportWorkbookName = "doingoai.xlsx";

/** Data rows an XLSX sheet can hold (Excel's 1,048,576 rows less the header). */
const maxSheetRows = 1_048_575;

/** Rows fetched from DuckDB at a time, so a large table never sits in memory whole. */
const chunkRows = 10_000;

/**
 * Writes every entity table of the store into `dir` (created if needed), with
 * the canonical column names as headers, rows ordered by the entity key (then
 * the other columns) so that the same data always gives the same files.
 *
 * - CSV: `<entity>.csv`, UTF-8 with a BOM (Excel then reads Vietnamese
 *   correctly; the importer skips it), a header row, ISO dates, numbers as JS
 *   `String(n)` prints them ("." decimal, no grouping), true/false, lists
 *   joined with ";", NULL as an empty field.
 * - XLSX: `doingoai.xlsx`, one sheet per entity with real Excel dates
 *   (dd/mm/yyyy), numbers and booleans; lists joined with ";".
 * - JSON: `<entity>.json`, an array of objects with every column (NULL as
 *   null, dates as ISO strings, lists as arrays), one object per line. An
 *   empty table writes no JSON file, and removes one an earlier export left
 *   (`[]` names no columns, which the importer reads as missing columns).
 *
 * - Parquet: `<entity>.parquet` each (typed columns, every table) and the
 *   manifest `doingoai-export.json`: the office profile and merges, the schema
 *   version and the export time; `doingoai rollup` reads such folders in place.
 *
 * CSV, XLSX and Parquet hold every table, empty ones as a header row. Whatever the
 * format, importing the files into an empty database gives the same tables.
 */
export async function exportData(
  store: Store,
  dir: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const format = options.format ?? "csv";
  try {
    makeFolder(dir);
  } catch (error) {
    throw writeError(dir, error);
  }
  const names = [
    exportWorkbookName,
    exportManifestName,
    ...entities.flatMap((e) => ["csv", "json", "parquet"].map((ext) => `${e.name}.${ext}`)),
  ];
  // what an export killed midway (no chance to clean up) left behind
  removeStaleTemps(dir, names);
  // and what this one stages, should it be interrupted (Ctrl-C, SIGTERM)
  const stop = removeOnSignal(() => names.map((name) => tempName(join(dir, name))));
  try {
    return await exportFiles(store, dir, format);
  } finally {
    stop();
  }
}

async function exportFiles(store: Store, dir: string, format: ExportFormat): Promise<ExportSummary> {
  if (format === "xlsx") return exportWorkbook(store, dir);
  if (format === "parquet") {
    try {
      return await exportParquet(store, dir);
    } catch (error) {
      throw writeError(dir, error);
    }
  }
  const summary: ExportSummary = { files: [], rows: {} };
  const staged: { temp: string; path: string }[] = [];
  const stale: string[] = [];
  let current = dir;
  try {
    for (const entity of entities) {
      const path = join(dir, `${entity.name}.${format}`);
      current = path;
      if (format === "json" && (await rowCount(store, entity)) === 0) {
        // A file left by an earlier export would bring back rows deleted since.
        stale.push(path);
        summary.rows[entity.name] = 0;
        continue;
      }
      const temp = tempName(path);
      const fd = openSync(temp, "w");
      staged.push({ temp, path });
      try {
        let count = 0;
        if (format === "csv") {
          writeSync(fd, utf8Bom + csvLine(entity.columns.map((c) => c.name)));
          for await (const rows of tableChunks(store, entity, csvSelect(entity))) {
            writeSync(fd, rows.map((row) => row.map(csvText).join(",") + "\n").join(""));
            count += rows.length;
          }
        } else {
          writeSync(fd, "[");
          for await (const rows of tableChunks(store, entity)) {
            const text = rows
              .map(
                (row, i) =>
                  `${count + i === 0 ? "\n" : ",\n"}${JSON.stringify(jsonObject(entity.columns, row))}`,
              )
              .join("");
            writeSync(fd, text);
            count += rows.length;
          }
          writeSync(fd, "\n]\n");
        }
        summary.rows[entity.name] = count;
      } finally {
        closeSync(fd);
      }
      summary.files.push(path);
    }
    // Every file is whole before any replaces its namesake.
    for (const { path } of staged) {
      current = path;
      checkReplaceable(path);
    }
    for (const { temp, path } of staged) {
      current = path;
      renameSync(temp, path);
    }
    for (const path of stale) {
      current = path;
      rmSync(path, { force: true });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw writeError(current, error);
  }
  return summary;
}

/** A hidden name beside `path`, in the same folder, so the final rename stays on one file system. */
function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Throws when `path` exists and is not a file that a rename may replace (e.g. a folder of that name). */
function checkReplaceable(path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) {
    throw Object.assign(new Error(`${path} is not a file`), { code: "EISDIR", path });
  }
}

/**
 * A file-system error met while exporting, as a {@link DoingoaiError} with
 * exit code 5 naming the path; other errors pass through unchanged.
 */
function writeError(path: string, error: unknown): unknown {
  if (error instanceof DoingoaiError || !(error instanceof Error) || !("code" in error)) return error;
  const code = String(error.code);
  const where = "path" in error && typeof error.path === "string" ? error.path : path;
  const shown = where.endsWith(".tmp") ? path : where;
  const reason = fileSystemReasons[code] ?? { vi: error.message, en: error.message };
  return new DoingoaiError(
    {
      vi: `Không ghi được ${shown}: ${reason.vi} (${code}). Không có tệp nào bị ghi dở.`,
      en: `Cannot write ${shown}: ${reason.en} (${code}). No file was left half-written.`,
    },
    { exitCode: exitCodes.io, cause: error },
  );
}

async function rowCount(store: Store, entity: Entity): Promise<number> {
  const [row] = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${ident(entity.name)}`);
  return Number(row?.n ?? 0);
}

/** A CSV field built in SQL: NULL as empty, quoted when it holds a comma, quote, line break or edge space. */
function csvFieldSql(text: string): string {
  return `CASE WHEN ${text} IS NULL THEN '' WHEN regexp_matches(${text}, '[",\r\n]|^[ \t]|[ \t]$') THEN '"' || replace(${text}, '"', '""') || '"' ELSE ${text} END`;
}

/** SQL doing what {@link protectFormula} does: a `'` before text a spreadsheet would read as a formula. */
function protectFormulaSql(text: string): string {
  return `CASE WHEN regexp_matches(${text}, '^''*[=+\\-@\\t\\r]') THEN '''' || ${text} ELSE ${text} END`;
}

/**
 * SQL giving each row of an entity as CSV pieces, in key order: runs of
 * columns other than DOUBLE come as one text already formatted and joined
 * (converting one string per run from DuckDB to JS is several times faster
 * than one value per column); DOUBLE columns come as numbers, so JS prints
 * them exactly as `String(n)` does (DuckDB would write 85000000 as 85000000.0).
 */
export function csvSelect(entity: Entity): string {
  const pieces: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) pieces.push(run.join(" || ',' || "));
    run = [];
  };
  for (const c of entity.columns) {
    const col = ident(c.name);
    if (c.kind === "decimal") {
      flush();
      pieces.push(col);
    } else if (c.kind === "list") {
      run.push(csvFieldSql(`array_to_string(${col}, ';')`));
    } else if (c.kind === "date" || c.kind === "integer" || c.kind === "boolean") {
      run.push(`coalesce(CAST(${col} AS VARCHAR), '')`);
    } else {
      run.push(csvFieldSql(protectFormulaSql(col)));
    }
  }
  flush();
  return `SELECT ${pieces.join(", ")} FROM (${orderedSelect(entity)})`;
}

async function* tableChunks(store: Store, entity: Entity, select?: string): AsyncGenerator<unknown[][]> {
  const sql = select ?? orderedSelect(entity);
  let result;
  try {
    result = await store.connection.stream(sql);
  } catch (error) {
    throw new QueryError(sql, error);
  }
  let buffer: unknown[][] = [];
  for await (const rows of result.yieldRowsJs()) {
    buffer.push(...rows);
    if (buffer.length >= chunkRows) {
      yield buffer;
      buffer = [];
    }
  }
  if (buffer.length > 0) yield buffer;
}

/** A DuckDB DATE (a Date at UTC midnight) as ISO yyyy-mm-dd. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A stored value as CSV text. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map((v) => csvText(v)).join(";");
  return String(value);
}

function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(jsonValue);
  return value;
}

function jsonObject(columns: readonly Column[], row: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    out[c.name] = jsonValue(row[i]);
  });
  return out;
}

/**
 * Text as a workbook cell holds it exactly: XML has no NUL or other control
 * characters, and every XML reader turns a carriage return into a line feed,
 * so those are written as Excel's `_xHHHH_` escapes (`_x000D_`), which Excel,
 * LibreOffice and exceljs read back as the character; a `_xHHHH_` already in
 * the text is escaped as `_x005F_xHHHH_` so it reads back as itself.
 */
export function xlsxText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(notInXml, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

// Control characters but tab and line feed, and the two non-characters XML refuses.
// eslint-disable-next-line no-control-regex -- these very characters are what must be escaped
const notInXml = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

function xlsxValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return xlsxText(value.map((v) => String(v)).join(";"));
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") return xlsxText(value);
  return value as ExcelJS.CellValue;
}

async function exportWorkbook(store: Store, dir: string): Promise<ExportSummary> {
  // Check sizes first, so a table too large for Excel leaves no half-written file.
  for (const entity of entities) {
    const n = await rowCount(store, entity);
    if (n > maxSheetRows) {
      throw new DoingoaiError(
        {
          vi: `Bảng ${entity.name} có ${n} dòng, quá giới hạn ${maxSheetRows} dòng của một trang tính Excel. Hãy xuất CSV hoặc JSON.`,
          en: `Table ${entity.name} has ${n} rows, more than the ${maxSheetRows} an Excel sheet holds. Export CSV or JSON instead.`,
        },
        { exitCode: exitCodes.usage },
      );
    }
  }
  const path = join(dir, exportWorkbookName);
  const temp = tempName(path);
  const summary: ExportSummary = { files: [path], rows: {} };
  let stream: WriteStream | undefined;
  try {
    // The file is opened here, so a folder that cannot be written fails now, not in a stream event.
    stream = createWriteStream(temp, { fd: openSync(temp, "w") });
    const done = finished(stream);
    done.catch(() => undefined); // awaited below; a write error before then must not go unhandled
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: true,
    });
    workbook.creator = "doingoai";
    for (const entity of entities) {
      const sheet = workbook.addWorksheet(entity.name, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = entity.columns.map((c) => ({
        header: c.name,
        key: c.name,
        width: Math.max(c.name.length + 2, 12),
        ...(c.kind === "date" ? { style: { numFmt: "dd/mm/yyyy" } } : {}),
      }));
      let count = 0;
      for await (const rows of tableChunks(store, entity)) {
        for (const row of rows) sheet.addRow(row.map(xlsxValue)).commit();
        count += rows.length;
      }
      sheet.commit();
      summary.rows[entity.name] = count;
    }
    await workbook.commit();
    await done;
    checkReplaceable(path);
    renameSync(temp, path);
  } catch (error) {
    stream?.destroy();
    rmSync(temp, { force: true });
    throw writeError(path, error);
  }
  return summary;
}
