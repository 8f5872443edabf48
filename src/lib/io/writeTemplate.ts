import { makeFolder } from "./makeFolder.ts";
import { writeWholeFile } from "./writeWholeFile.ts";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Lang } from "../../data/Bilingual.ts";
import type { Column } from "../../data/columns.ts";
import type { Entity } from "../../data/defineEntity.ts";
import { entities } from "../../data/entities.ts";
import { officeProfileFields, type OfficeProfile } from "../../data/officeProfile.ts";
import { officeHeader, officeSheetName } from "../import/importOfficeSheet.ts";
import { csvLine, protectFormula, utf8Bom } from "./csv.ts";
import {
  both,
  codeLists,
  entityHeading,
  guideColumns,
  guideIntro,
  guideRow,
  headerNote,
  templateHeader,
} from "./templateGuide.ts";

export type TemplateFormat = "xlsx" | "csv";

export interface TemplateOptions {
  /** "xlsx" (default): one workbook; "csv": one file per entity plus README.txt. */
  format?: TemplateFormat;
  /**
   * Language of the header labels and the one read first in notes and the
   * guide; default "vi". Headers always carry the canonical name in brackets.
   */
  lang?: Lang;
  /**
   * The office profile written into the `office` sheet (or office.csv), so the
   * template carries the office's province and agency; default none (an
   * empty row to fill in).
   */
  office?: OfficeProfile | null;
}

/** Name of the workbook {@link writeTemplate} writes. */
export const templateWorkbookName = "doingoai-template.xlsx";

/** Name of the guide sheet (first sheet of the workbook); the importer skips it. */
export const guideSheetName = "huong_dan";

/** Last spreadsheet row that gets dropdown lists and number checks. */
export const templateLastRow = 1000;

/**
 * Writes an empty data-entry template into `dir` (created if needed) and
 * returns the paths written.
 *
 * XLSX: `doingoai-template.xlsx` with a first sheet `huong_dan` explaining
 * each entity and column in Vietnamese and English, then one sheet per entity
 * named exactly as the entity, in write order. Row 1 holds the headers
 * `"<label> (<name>)"` (e.g. "Mã đối tác (partner_id)"), each with a note
 * giving the bilingual description; enum and boolean columns get dropdown
 * lists and bounded numbers get a check on rows 2..1000; date columns are
 * formatted dd/mm/yyyy and code columns as text (so "007" keeps its zeros).
 *
 * CSV: `<entity>.csv` per entity, UTF-8 with BOM, header row only, plus a
 * bilingual `README.txt`.
 */
export async function writeTemplate(dir: string, options: TemplateOptions = {}): Promise<string[]> {
  const format = options.format ?? "xlsx";
  const lang = options.lang ?? "vi";
  makeFolder(dir);
  const office = options.office ?? null;
  if (format === "csv") return writeCsvTemplate(dir, lang, office);
  const path = join(dir, templateWorkbookName);
  // whole or not at all, as every file doingoai writes
  writeWholeFile(path, new Uint8Array(await templateWorkbook(lang, office).xlsx.writeBuffer()));
  return [path];
}

/** The template workbook, in memory. */
export function templateWorkbook(lang: Lang = "vi", office: OfficeProfile | null = null): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "doingoai";
  // A fixed date keeps the file's metadata the same from run to run.
  workbook.created = new Date(Date.UTC(2020, 0, 1));
  workbook.modified = workbook.created;
  addGuideSheet(workbook, lang, office);
  addOfficeSheet(workbook, lang, office);
  for (const entity of entities) addEntitySheet(workbook, entity, lang);
  return workbook;
}

const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** The profile's cells, in the order of {@link officeProfileFields}; recipients joined by "; ". */
function officeRow(office: OfficeProfile): string[] {
  return officeProfileFields.map((f) => {
    const v = office[f.name];
    return Array.isArray(v) ? v.join("; ") : (v ?? "");
  });
}

/** The `office` sheet: one header row (bilingual labels and canonical names) and the office's profile below. */
function addOfficeSheet(workbook: ExcelJS.Workbook, lang: Lang, office: OfficeProfile | null): void {
  const sheet = workbook.addWorksheet(officeSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  officeProfileFields.forEach((field, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.value = officeHeader(field, lang);
    cell.note = both(
      {
        vi: `Hồ sơ cơ quan: ${field.vi}${field.required ? " (bắt buộc)" : ""}${field.name === "recipients" ? "; các nơi nhận cách nhau bằng dấu ;" : ""}.`,
        en: `Office profile: ${field.en}${field.required ? " (required)" : ""}${field.name === "recipients" ? "; recipients separated by ;" : ""}.`,
      },
      lang,
    );
    cell.font = { bold: true };
    cell.fill = headerFill;
    sheet.getColumn(i + 1).width = Math.min(Math.max(String(cell.value).length + 2, 16), 40);
    sheet.getColumn(i + 1).numFmt = "@";
  });
  if (office) sheet.addRow(officeRow(office));
}

function addGuideSheet(workbook: ExcelJS.Workbook, lang: Lang, office: OfficeProfile | null): void {
  const sheet = workbook.addWorksheet(guideSheetName);
  sheet.columns = [
    { width: 26 },
    { width: 24 },
    { width: 30 },
    { width: 34 },
    { width: 40 },
    { width: 50 },
    { width: 50 },
    { width: 24 },
  ];
  const title = sheet.addRow([
    both(
      office
        ? {
            vi: `Hướng dẫn nhập dữ liệu doingoai — ${office.agency}, tỉnh ${office.province}`,
            en: `doingoai data entry guide — ${office.agency_en ?? office.agency}, ${office.province_en ?? office.province}`,
          }
        : { vi: "Hướng dẫn nhập dữ liệu doingoai", en: "doingoai data entry guide" },
      lang,
    ),
  ]);
  title.font = { bold: true, size: 14 };
  for (const line of guideIntro) sheet.addRow([both(line, lang)]);
  for (const entity of entities) {
    sheet.addRow([]);
    const heading = sheet.addRow([entityHeading(entity, lang)]);
    heading.font = { bold: true, size: 12 };
    const head = sheet.addRow(guideColumns.map((c) => both(c, lang)));
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = headerFill;
    });
    for (const column of entity.columns) {
      const row = sheet.addRow(guideRow(entity, column, lang));
      row.alignment = { vertical: "top", wrapText: true };
      // The example is text even when it looks like a number or a date.
      row.getCell(8).numFmt = "@";
    }
  }
  for (const list of codeLists()) {
    sheet.addRow([]);
    sheet.addRow([both(list.title, lang)]).font = { bold: true, size: 12 };
    const head = sheet.addRow(list.columns.map((c) => both(c, lang)));
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = headerFill;
    });
    for (const cells of list.rows) sheet.addRow(cells).getCell(1).numFmt = "@";
  }
}

/** Number format of a data column: dates as dd/mm/yyyy, codes as text. */
function columnFormat(column: Column): string | undefined {
  switch (column.kind) {
    case "date":
      return "dd/mm/yyyy";
    case "id":
    case "text":
    case "country":
    case "currency":
    case "sector":
    case "period":
    case "list":
      return "@";
    default:
      return undefined;
  }
}

function addEntitySheet(workbook: ExcelJS.Workbook, entity: Entity, lang: Lang): void {
  const sheet = workbook.addWorksheet(entity.name, { views: [{ state: "frozen", ySplit: 1 }] });
  entity.columns.forEach((column, i) => {
    const header = templateHeader(column, lang);
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.min(Math.max(header.length + 2, 14), 40);
    const format = columnFormat(column);
    if (format) sheetColumn.numFmt = format;
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.value = header;
    cell.note = headerNote(entity, column, lang);
    cell.font = { bold: true };
    cell.fill = headerFill;
    // A header cell keeps the general format, whatever the column's format.
    cell.numFmt = "General";
    const validation = columnValidation(column, lang);
    if (validation) {
      const letter = sheetColumn.letter;
      rangeValidations(sheet).add(`${letter}2:${letter}${templateLastRow}`, validation);
    }
  });
}

// exceljs 4.4 applies a validation to a whole range through `worksheet.dataValidations`
// (one <dataValidation sqref="B2:B1000">), but its typings omit it. A range
// keeps the sheet free of 1000 empty cells per column that per-cell validations create.
function rangeValidations(sheet: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof rangeValidations> }).dataValidations;
}

// Enum codes must match exactly, so a wrong one is stopped. Booleans and
// numbers only warn: a typed TRUE (an Excel boolean) or "1.234.567,89" typed as
// text in an English Excel is not in the list or not a number to Excel, yet
// the importer reads both correctly.
function columnValidation(column: Column, lang: Lang): ExcelJS.DataValidation | undefined {
  const error = (text: { vi: string; en: string }) => ({
    showErrorMessage: true,
    errorStyle: column.kind === "enum" ? "stop" : "warning",
    errorTitle: both({ vi: "Giá trị không hợp lệ", en: "Invalid value" }, lang),
    error: both(text, lang),
  });
  if ((column.kind === "enum" && column.values) || column.kind === "boolean") {
    const values = column.kind === "boolean" ? ["true", "false"] : column.values!;
    return {
      type: "list",
      allowBlank: !column.required,
      formulae: [`"${values.join(",")}"`],
      ...error({ vi: `Chọn một trong: ${values.join(", ")}`, en: `Choose one of: ${values.join(", ")}` }),
    };
  }
  if ((column.kind === "integer" || column.kind === "decimal") && column.min !== undefined) {
    const whole = column.kind === "integer";
    return {
      type: whole ? "whole" : "decimal",
      operator: "greaterThanOrEqual",
      allowBlank: !column.required,
      formulae: [column.min],
      ...error({
        vi: `Nhập ${whole ? "số nguyên" : "số"} ≥ ${column.min}`,
        en: `Enter a ${whole ? "whole number" : "number"} ≥ ${column.min}`,
      }),
    };
  }
  return undefined;
}

function writeCsvTemplate(dir: string, lang: Lang, office: OfficeProfile | null): string[] {
  const paths: string[] = [];
  const officePath = join(dir, `${officeSheetName}.csv`);
  writeWholeFile(
    officePath,
    utf8Bom +
      csvLine(officeProfileFields.map((f) => officeHeader(f, lang))) +
      // a spreadsheet opening the CSV must not run a profile text as a formula, as in the export
      (office ? csvLine(officeRow(office).map(protectFormula)) : ""),
  );
  paths.push(officePath);
  for (const entity of entities) {
    const path = join(dir, `${entity.name}.csv`);
    writeWholeFile(path, utf8Bom + csvLine(entity.columns.map((c) => templateHeader(c, lang))));
    paths.push(path);
  }
  const readme = join(dir, "README.txt");
  writeWholeFile(readme, readmeText(lang));
  paths.push(readme);
  return paths;
}

/** The bilingual guide written beside the CSV template. */
export function readmeText(lang: Lang = "vi"): string {
  const lines: string[] = [
    both(
      { vi: "Hướng dẫn nhập dữ liệu doingoai (mẫu CSV)", en: "doingoai data entry guide (CSV template)" },
      lang,
    ),
    "",
    both(
      {
        vi: "Mỗi tệp <bảng>.csv là một bảng: UTF-8, dòng 1 là tiêu đề, mỗi dòng sau là một bản ghi.",
        en: "Each <table>.csv file is one table: UTF-8, row 1 holds the headers, each later row is one record.",
      },
      lang,
    ),
    ...guideIntro.map((line) => `- ${both(line, lang)}`),
  ];
  const titles = guideColumns.map((c) => both(c, lang));
  for (const entity of entities) {
    lines.push("", entityHeading(entity, lang), "");
    for (const column of entity.columns) {
      const cells = guideRow(entity, column, lang);
      lines.push(`  ${cells[0]}`);
      for (let i = 1; i < cells.length; i++) {
        if (cells[i] !== "") lines.push(`    ${titles[i]}: ${cells[i]}`);
      }
    }
  }
  for (const list of codeLists()) {
    lines.push("", both(list.title, lang), `  ${list.columns.map((c) => both(c, lang)).join(" | ")}`);
    for (const cells of list.rows) lines.push(`  ${cells.filter((c) => c !== "").join(" | ")}`);
  }
  return lines.join("\n") + "\n";
}
