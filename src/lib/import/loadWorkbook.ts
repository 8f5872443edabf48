import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inspectWorkbookCells, type WorkbookCells } from "./inspectWorkbookCells.ts";

/**
 * Reads an .xlsx file with exceljs. A workbook whose cell notes exceljs cannot
 * place (openpyxl and other tools write them under `xl/comments/commentN.xml`
 * with an absolute target, where exceljs 4.4 expects `xl/commentsN.xml`:
 * "Cannot read properties of undefined (reading 'comments')", exceljs issue
 * #2797) is read again with the notes' relationships removed: notes explain
 * headers, they hold no data. A zip archive without a workbook (no sheet) is
 * refused. Any other failure is thrown as it is.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(readFileSync(path));
}

/**
 * Reads an .xlsx file for import: the workbook as {@link loadWorkbook} reads it,
 * and what its XML says that exceljs reads wrong (see {@link inspectWorkbookCells}):
 * the cells to refuse, the values to take instead, the 1904 date system.
 */
export async function loadWorkbookCells(
  path: string,
): Promise<{ workbook: ExcelJS.Workbook; cells: WorkbookCells | undefined }> {
  const bytes = readFileSync(path);
  const cells = await inspectWorkbookCells(bytes);
  const workbook = await loadWorkbookBytes(cells?.bytes ?? bytes);
  return { workbook, cells };
}

async function loadWorkbookBytes(bytes: Buffer): Promise<ExcelJS.Workbook> {
  let workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    if (!/reading 'comments'|reading 'texts'/.test((error as Error).message)) throw error;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await withoutNotes(bytes)) as unknown as ArrayBuffer);
  }
  // a zip archive of anything else (no xl/workbook.xml) loads as a workbook without sheets
  if (workbook.worksheets.length === 0) {
    throw new Error(
      "tệp là một tệp nén zip nhưng không có sổ tính Excel bên trong (không có trang tính nào); cần tệp .xlsx lưu từ Excel hoặc LibreOffice / the file is a zip archive with no Excel workbook inside (no sheet at all); expected an .xlsx saved by Excel or LibreOffice",
    );
  }
  return workbook;
}

const commentsRelationship = /<Relationship\b[^>]*Type="[^"]*\/relationships\/comments"[^>]*\/>/g;

/** The workbook's bytes with every worksheet's link to its notes removed. */
async function withoutNotes(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(commentsRelationship, ""));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}
