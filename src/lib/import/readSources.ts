import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { ImportProblem } from "./ImportProblem.ts";
import type ExcelJS from "exceljs";
import type { RowTable, SourceTable } from "./stage.ts";
import { tooDeepRecord, tooDeepText } from "./cellLimits.ts";

/** File endings the importer reads. */
export const importExtensions = [".csv", ".xlsx", ".json"] as const;

/** Sheets of a workbook that hold explanations, not data (the template's guide). */
const guideSheets = new Set(["huong_dan", "hướng dẫn", "guide", "readme"]);

export interface ReadOptions {
  /** Entity for every file, overriding file and sheet names. */
  entity?: string;
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
        tables.push({ entity: options.entity ?? entityOfFile(path), source, csvPath: path });
      } else if (ext === ".json") {
        tables.push(readJson(path, source, options.entity ?? entityOfFile(path)));
      } else if (ext === ".xlsx") {
        tables.push(...(await readWorkbook(path, source, options.entity)));
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

function readJson(path: string, source: string, entity: string): RowTable {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const data: unknown = JSON.parse(text);
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
  return { entity, source, header, rows: records.map((r) => header.map((h) => r[h])), firstRow: 1 };
}

async function readWorkbook(path: string, source: string, entity: string | undefined): Promise<RowTable[]> {
  // exceljs (with its zip and stream packages) loads only for a workbook: a CSV import never pays for it
  const { loadWorkbook } = await import("./loadWorkbook.ts");
  const workbook = await loadWorkbook(path);
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
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const cells: unknown[] = [];
      for (let c = 1; c <= Math.max(header.length, row.cellCount); c++) cells.push(row.getCell(c).value);
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
    });
  });
  return tables;
}
