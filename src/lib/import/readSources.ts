import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import type { ImportProblem } from "./ImportProblem.ts";
import type ExcelJS from "exceljs";
import type { CsvTable, RowTable, SourceTable } from "./stage.ts";
import {
  alreadyUtf8Text,
  canonicalEncoding,
  decodeText,
  notUtf8Text,
  type DecodeFailure,
} from "./decodeText.ts";
import { jsonCell } from "./jsonCell.ts";
import { parseJsonNumbersAsWritten } from "./parseJsonNumbersAsWritten.ts";
import { tooDeepRecord, tooDeepText } from "./cellLimits.ts";

/** File endings the importer reads. */
export const importExtensions = [".csv", ".xlsx", ".json"] as const;

/** Sheets of a workbook that hold explanations, not data (the template's guide). */
const guideSheets = new Set(["huong_dan", "hướng dẫn", "guide", "readme"]);

export interface ReadOptions {
  /** Entity for every file, overriding file and sheet names. */
  entity?: string;
  /**
   * Encoding of the CSV and JSON files (`windows-1258`, `windows-1252`, `latin1`, … any label
   * Node's TextDecoder knows); default UTF-8, where bytes that are not UTF-8 are refused.
   * Workbooks are always UTF-8 inside.
   */
  encoding?: string;
}

/** The files a list of paths names: files as given, folders expanded to their importable files (sorted). */
export function expandPaths(paths: string[], problems: ImportProblem[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({
        source: path,
        code: "unreadable",
        text: { vi: "không tìm thấy tệp hoặc thư mục", en: "no such file or folder" },
      });
      continue;
    }
    if (stat.isDirectory()) {
      const files = readdirSync(path)
        .filter(
          (f) =>
            (importExtensions as readonly string[]).includes(extname(f).toLowerCase()) && !f.startsWith("~$"),
        )
        .sort();
      out.push(...files.map((f) => join(path, f)));
    } else {
      out.push(path);
    }
  }
  return out;
}

const entityOfFile = (path: string) => basename(path, extname(path)).toLowerCase();

/** Reads the given files and folders into tables for {@link importTables}; unreadable files go to `problems`. */
export async function readSources(
  paths: string[],
  problems: ImportProblem[],
  options: ReadOptions = {},
): Promise<SourceTable[]> {
  const tables: SourceTable[] = [];
  for (const path of expandPaths(paths, problems)) {
    const source = basename(path);
    const ext = extname(path).toLowerCase();
    try {
      if (ext === ".csv") {
        const entity = options.entity ?? entityOfFile(path);
        const table = decodedCsv(path, source, entity, options.encoding, problems);
        if (table) tables.push(table);
      } else if (ext === ".json") {
        const table = readJson(
          path,
          source,
          options.entity ?? entityOfFile(path),
          problems,
          options.encoding,
        );
        if (table) tables.push(table);
      } else if (ext === ".xlsx") {
        tables.push(...(await readWorkbook(path, source, options.entity, problems)));
      } else {
        problems.push({
          source,
          code: "unreadable",
          text: {
            vi: `không đọc được loại tệp ${ext || "(không có đuôi)"}; dùng .csv, .xlsx hoặc .json`,
            en: `cannot read ${ext || "(no extension)"} files; use .csv, .xlsx or .json`,
          },
        });
      }
    } catch (error) {
      problems.push({
        source,
        code: "unreadable",
        text: {
          vi: `không đọc được tệp: ${(error as Error).message}`,
          en: `cannot read the file: ${(error as Error).message}`,
        },
      });
    }
  }
  return tables;
}

function headerText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
}

/**
 * A CSV file for DuckDB to read: as it is when UTF-8 (DuckDB's reader and the staging check take
 * it from there), else decoded from `encoding` into a UTF-8 copy in a temporary folder, which
 * {@link removeDecodedCopies} deletes after the import.
 */
function decodedCsv(
  path: string,
  source: string,
  entity: string,
  encoding: string | undefined,
  problems: ImportProblem[],
): CsvTable | undefined {
  if (encoding === undefined || canonicalEncoding(encoding) === "utf-8")
    return { entity, source, csvPath: path };
  const decoded = decodeText(readFileSync(path), encoding);
  if ("kind" in decoded) {
    problems.push(decodeProblem(source, decoded));
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), "doingoai-decoded-"));
  const copy = join(dir, "decoded.csv");
  writeFileSync(copy, decoded.text);
  return { entity, source, csvPath: copy, decodedCopy: dir };
}

/** Deletes the UTF-8 copies {@link readSources} made of files in another encoding. */
export function removeDecodedCopies(tables: readonly SourceTable[]): void {
  for (const t of tables)
    if ("decodedCopy" in t && t.decodedCopy) rmSync(t.decodedCopy, { recursive: true, force: true });
}

function decodeProblem(source: string, failure: DecodeFailure): ImportProblem {
  return failure.kind === "not_utf8"
    ? { source, row: failure.line, value: failure.shown.slice(0, 80), code: "not_utf8", text: notUtf8Text }
    : { source, code: "encoding", text: alreadyUtf8Text(failure.encoding) };
}

function readJson(
  path: string,
  source: string,
  entity: string,
  problems: ImportProblem[],
  encoding: string | undefined,
): RowTable | undefined {
  const decoded = decodeText(readFileSync(path), encoding);
  if ("kind" in decoded) {
    problems.push(decodeProblem(source, decoded));
    return undefined;
  }
  const data: unknown = parseJsonNumbersAsWritten(decoded.text);
  const deep = tooDeepRecord(data);
  if (deep) throw new Error(tooDeepText(deep));
  if (!Array.isArray(data) || data.some((r) => r === null || typeof r !== "object" || Array.isArray(r))) {
    throw new Error("JSON must be an array of objects / JSON phải là một mảng các đối tượng");
  }
  const records = data as Record<string, unknown>[];
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
    }
  }
  // A JSON record's "row" is its position in the array, 1 for the first.
  const cell = jsonCell(entity, header, source, problems);
  return {
    entity,
    source,
    header,
    rows: records.map((r, i) => header.map((h, k) => cell(r[h], i + 1, k))),
    firstRow: 1,
  };
}

async function readWorkbook(
  path: string,
  source: string,
  entity: string | undefined,
  problems: ImportProblem[],
): Promise<RowTable[]> {
  // exceljs (with its zip and stream packages) loads only for a workbook: a CSV import never pays for it
  const { loadWorkbookCells } = await import("./loadWorkbook.ts");
  const { workbook, cells: inspected } = await loadWorkbookCells(path);
  const tables: RowTable[] = [];
  workbook.eachSheet((sheet) => {
    if (guideSheets.has(sheet.name.trim().toLowerCase())) return;
    const headerRow = sheet.getRow(1);
    const header: string[] = [];
    for (let c = 1; c <= headerRow.cellCount; c++) header.push(headerText(headerRow.getCell(c).value));
    while (header.length > 0 && header[header.length - 1] === "") header.pop();
    const rows: unknown[][] = [];
    const rowNumbers: number[] = [];
    let width = header.length;
    const notes = inspected?.sheets.get(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const cells: unknown[] = [];
      for (let c = 1; c <= Math.max(header.length, row.cellCount); c++) {
        const note = notes?.get(`${number}:${c}`);
        if (note === undefined) cells.push(row.getCell(c).value);
        else if ("value" in note) cells.push(note.value);
        else {
          // refused here, naming the cell; the row is still checked without it
          problems.push({
            source,
            sheet: sheet.name,
            row: number,
            column: header[c - 1] || note.ref.replace(/\d+$/, ""),
            value: note.written,
            code: note.code,
            text: note.text,
          });
          cells.push(null);
        }
      }
      const filled = cells.map(
        (c) => !(c === null || c === undefined || (typeof c === "string" && c.trim() === "")),
      );
      if (!filled.includes(true)) return;
      // a value right of the last named column belongs to an unnamed column, which the importer refuses
      width = Math.max(width, filled.lastIndexOf(true) + 1);
      rows.push(cells);
      rowNumbers.push(number);
    });
    while (header.length < width) header.push("");
    for (const r of rows) r.length = width;
    tables.push({
      entity: entity ?? sheet.name.trim().toLowerCase(),
      source,
      sheet: sheet.name,
      header,
      rows,
      rowNumbers,
      ...(inspected?.date1904 ? { date1904: true } : {}),
    });
  });
  return tables;
}
