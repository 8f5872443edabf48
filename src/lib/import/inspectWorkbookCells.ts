import JSZip from "jszip";
import type { Bilingual } from "../../data/Bilingual.ts";
import { writtenNumberText } from "./writtenNumberText.ts";

/** A cell whose value exceljs would read as something other than what the file says. */
export interface CellFinding {
  code: "formula_no_result" | "error_cell" | "cell_not_as_written";
  /** The cell's reference, e.g. `B7`. */
  ref: string;
  /** What the file writes there (formula, error, raw value). */
  written: string;
  text: Bilingual;
}

/** What a workbook's XML says that exceljs does not tell, or tells wrong. */
export interface WorkbookCells {
  /** Serial numbers count days from 1904-01-01 (Excel for Mac's old "1904 date system"). */
  date1904: boolean;
  /** By sheet name, then `row:column` (1-based): a cell to refuse, or the value to take instead of exceljs's. */
  sheets: Map<string, Map<string, CellFinding | { value: unknown }>>;
  /** The bytes for exceljs: the refused cells emptied (an out-of-range shared string would crash it). */
  bytes: Buffer;
}

const unescapeXml = (s: string) =>
  !s.includes("&")
    ? s
    : s
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&amp;/g, "&");

const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const decimalLiteral = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const midnightDate = /^(\d{4})-(\d{2})-(\d{2})(T00:00(:00(\.0+)?)?Z?)?$/;
const cellElement = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const cellRef = /(?:^|\s)r="([A-Z]+)(\d+)"/;
const cellType = /(?:^|\s)t="([^"]*)"/;
const formulaText = /<f\b[^>]*>([\s\S]*?)<\/f>/;

/** The finding or replacement value for one `<c>` element, or undefined when exceljs reads it right. */
function judgeCell(
  type: string,
  inner: string,
  sharedStrings: number,
): Omit<CellFinding, "ref"> | { value: unknown } | undefined {
  // string searches first: this runs for every cell of the workbook
  const vStart = inner.indexOf("<v>");
  const vEnd = vStart < 0 ? -1 : inner.indexOf("</v>", vStart);
  const value = vEnd < 0 ? undefined : unescapeXml(inner.slice(vStart + 3, vEnd));
  if (type === "s" && value !== undefined && /^\d+$/.test(value) && Number(value) < sharedStrings)
    return undefined;
  if ((type === "" || type === "n") && value !== undefined && String(Number(value)) === value)
    return undefined;
  const hasFormula = inner.includes("<f");
  // openpyxl writes `<f>…</f><v></v>`: an empty value is no result, except a text result ("str")
  if (hasFormula && (value === undefined || (value === "" && type !== "str")) && type !== "inlineStr") {
    const formula = formulaText.exec(inner)?.[1];
    const shown =
      formula === undefined ? "(công thức dùng chung / shared formula)" : `=${unescapeXml(formula)}`;
    return {
      code: "formula_no_result",
      written: shown,
      text: {
        vi: "ô có công thức nhưng tệp không lưu kết quả đã tính (tệp do một chương trình không tính công thức ghi ra); hãy mở rồi lưu lại tệp bằng Excel hoặc LibreOffice, hoặc gõ giá trị thay cho công thức",
        en: "the cell holds a formula but the file saved no computed result (written by a program that does not calculate); open and save the file in Excel or LibreOffice, or type the value instead of the formula",
      },
    };
  }
  if (value === undefined) return undefined;
  switch (type) {
    case "e":
      return {
        code: "error_cell",
        written: value,
        text: {
          vi: "ô chứa một lỗi của bảng tính (như #REF!, #DIV/0!, #N/A), không phải một giá trị; hãy sửa công thức hoặc gõ giá trị",
          en: "the cell holds a spreadsheet error (such as #REF!, #DIV/0!, #N/A), not a value; fix the formula or type the value",
        },
      };
    case "s": {
      const index = Number(value);
      if (/^\d+$/.test(value.trim()) && index < sharedStrings) return undefined;
      return {
        code: "cell_not_as_written",
        written: value,
        text: {
          vi: `ô trỏ tới chuỗi dùng chung số ${value} nhưng tệp chỉ có ${sharedStrings} chuỗi (tệp hỏng); hãy mở rồi lưu lại tệp bằng Excel hoặc LibreOffice`,
          en: `the cell points to shared string ${value} but the file has only ${sharedStrings} (a damaged file); open and save it in Excel or LibreOffice`,
        },
      };
    }
    case "d": {
      const m = midnightDate.exec(value.trim());
      if (m) return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) };
      return {
        code: "cell_not_as_written",
        written: value,
        text: {
          vi: "ô ngày viết dạng văn bản ISO 8601 mà không phải một ngày (yyyy-mm-dd, giờ 00:00); cần một ngày",
          en: "an ISO 8601 date cell that is not a plain date (yyyy-mm-dd at 00:00); expected a date",
        },
      };
    }
    case "":
    case "n": {
      if (!decimalLiteral.test(value.trim())) {
        return {
          code: "cell_not_as_written",
          written: value,
          text: {
            vi: "ô kiểu số chứa một giá trị không phải số thập phân (chương trình đọc sẽ hiểu thành số khác); cần một số như 1234567,89",
            en: "a number cell holding something that is not a decimal number (a reader would take it as another number); expected a number such as 1234567.89",
          },
        };
      }
      // the digits as written, where the double exceljs reads holds other digits (10000000000000001)
      const written = writtenNumberText(value.trim().replace(/^\./, "0."));
      const read = writtenNumberText(String(Number(value)));
      return written === read ? undefined : { value: written };
    }
    default:
      return undefined;
  }
}

/**
 * Reads the cells of an .xlsx file's XML that exceljs would turn into something
 * else: a formula without a saved result (exceljs gives an object, stored as
 * "[object Object]"), an error cell (`#REF!`, stored as text), a number cell
 * holding hex (`0x1F` → 0), an inline ISO date (`t="d"` → 2019), a shared
 * string beyond the file's table (999999, or a crash), and number digits a
 * double does not hold (`10000000000000001`). Also whether the workbook counts
 * dates in the 1904 system. Undefined when the file is not a zip: exceljs then
 * says why it cannot read it.
 */
export async function inspectWorkbookCells(bytes: Buffer): Promise<WorkbookCells | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  const read = async (name: string) => zip.file(name)?.async("string");
  const workbookXml = (await read("xl/workbook.xml")) ?? "";
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  const rels = (await read("xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const [, attrs] of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(attrs!, "Id");
    const target = attr(attrs!, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sharedXml = (await read("xl/sharedStrings.xml")) ?? "";
  const sharedStrings = (sharedXml.match(/<si[\s>/]/g) ?? []).length;
  const sheets = new Map<string, Map<string, CellFinding | { value: unknown }>>();
  let changed = false;
  for (const [, attrs] of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = unescapeXml(attr(attrs!, "name") ?? "");
    const path = targets.get(attr(attrs!, "r:id") ?? "");
    const xml = path === undefined ? undefined : await read(path);
    if (xml === undefined) continue;
    const notes = new Map<string, CellFinding | { value: unknown }>();
    let refused = false;
    const rewritten = xml.replace(cellElement, (whole, cellAttrs: string, inner: string | undefined) => {
      if (inner === undefined) return whole;
      const judged = judgeCell(cellType.exec(cellAttrs)?.[1] ?? "", inner, sharedStrings);
      if (judged === undefined) return whole;
      const m = cellRef.exec(cellAttrs);
      if (!m) return whole;
      const ref = `${m[1]}${m[2]}`;
      notes.set(`${m[2]}:${columnNumber(m[1]!)}`, "code" in judged ? { ...judged, ref } : judged);
      if (!("code" in judged)) return whole;
      refused = true;
      return `<c r="${ref}"/>`;
    });
    if (notes.size > 0) sheets.set(name, notes);
    if (refused) {
      zip.file(path!, rewritten);
      changed = true;
    }
  }
  return {
    date1904,
    sheets,
    bytes: changed ? await zip.generateAsync({ type: "nodebuffer" }) : bytes,
  };
}
