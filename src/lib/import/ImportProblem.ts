import type { Bilingual, Lang } from "../../data/Bilingual.ts";
import type { Column } from "../../data/columns.ts";
import { dateRange, type ProblemCode } from "./columnSql.ts";
import { booleanWordsText } from "../../data/booleanWords.ts";
import { idCharacterText } from "./idCharacters.ts";

/** How many problems of one kind (same file, column and problem) are listed; the rest are counted. */
export const problemsListedPerKind = 50;

/** One thing wrong with the input, located as the office sees it in its spreadsheet. */
export interface ImportProblem {
  /** File name as given (or "sample" for generated data). */
  source: string;
  /** Sheet of a workbook. */
  sheet?: string;
  /** Row number in the spreadsheet (the header is row 1); for JSON, the record's position (1 = first). */
  row?: number;
  column?: string;
  value?: string;
  code: ProblemCode | FileProblemCode;
  /** What is wrong and what was expected, in both languages. */
  text: Bilingual;
}

export type FileProblemCode =
  | "unknown_entity"
  | "unknown_column"
  | "missing_column"
  | "duplicate_column"
  | "duplicate_key"
  | "reference"
  | "no_rate"
  | "one_of"
  | "not_utf8"
  | "encoding"
  | "formula_no_result"
  | "error_cell"
  | "cell_not_as_written"
  | "not_scalar"
  | "unreadable"
  | "too_many"
  | "unnamed_column"
  | "extra_fields"
  | "missing_fields"
  | "csv_syntax"
  | "implausible_amount"
  | "stored_id_not_nfc"
  | "look_alike_id"
  | "cell_too_long"
  | "nothing_to_import"
  | "end_before_start"
  | "implausible_rate";

const ddmm = "dd/mm/yyyy";

/** What a cell of this column should hold, in both languages. */
export function expectation(column: Column): Bilingual {
  const values = (column.values ?? []).join(", ");
  switch (column.kind) {
    case "id":
      return { vi: `một mã gồm ${idCharacterText.vi}`, en: `an id of ${idCharacterText.en}` };
    case "text":
      return { vi: "một giá trị không để trống", en: "a non-empty value" };
    case "enum":
      return { vi: `một trong: ${values}`, en: `one of: ${values}` };
    case "list":
      return {
        vi: `các giá trị cách nhau bằng ";" trong: ${values}`,
        en: `values separated by ";" from: ${values}`,
      };
    case "date":
      return {
        vi: `một ngày có thật dạng ${ddmm} hoặc yyyy-mm-dd, từ năm ${dateRange.from.slice(0, 4)} đến ${dateRange.to.slice(0, 4)}`,
        en: `a real date as ${ddmm} or yyyy-mm-dd, between ${dateRange.from.slice(0, 4)} and ${dateRange.to.slice(0, 4)}`,
      };
    case "integer":
      return {
        vi: `một số nguyên${column.min === undefined ? "" : ` ≥ ${column.min}`} (ví dụ 12 hoặc 1.234.567)`,
        en: `a whole number${column.min === undefined ? "" : ` ≥ ${column.min}`} (e.g. 12 or 1.234.567)`,
      };
    case "decimal":
      return {
        vi: `một số${column.min === undefined ? "" : ` ≥ ${column.min}`}, dạng 1234567,89 / 1.234.567,89 / 1234567.89`,
        en: `a number${column.min === undefined ? "" : ` ≥ ${column.min}`}, as 1234567,89 / 1.234.567,89 / 1234567.89`,
      };
    case "boolean":
      return booleanWordsText;
    case "country":
      return {
        vi: "mã quốc gia ISO 3166-1 hai chữ cái, ví dụ LA, KR, JP",
        en: "a two-letter ISO 3166-1 country code, e.g. LA, KR, JP",
      };
    case "currency":
      return {
        vi: "mã tiền tệ ISO 4217, ví dụ VND, USD, EUR",
        en: "an ISO 4217 currency code, e.g. VND, USD, EUR",
      };
    case "sector":
      return {
        vi: "mã lĩnh vực OECD DAC 5 chữ số, ví dụ 12220",
        en: "an OECD DAC 5-digit purpose code, e.g. 12220",
      };
    case "period":
      return {
        vi: "một kỳ: 2019, 2019Q1, 2019-03 hoặc 2026-2030",
        en: "a period: 2019, 2019Q1, 2019-03 or 2026-2030",
      };
  }
}

/** The message for a cell-level problem. */
export function cellProblemText(code: ProblemCode, column: Column): Bilingual {
  const want = expectation(column);
  const what: Record<ProblemCode, Bilingual> = {
    required: { vi: "cột bắt buộc bị để trống", en: "required value is empty" },
    enum: { vi: "giá trị không có trong danh sách", en: "value not in the list" },
    list: { vi: "có giá trị không có trong danh sách", en: "a value is not in the list" },
    date_format: { vi: "không đọc được ngày", en: "not a date" },
    date_impossible: { vi: "ngày không tồn tại", en: "impossible date" },
    date_range: { vi: "ngày nằm ngoài khoảng cho phép", en: "date out of range" },
    date_mixed: {
      vi: "cột ngày dùng hai kiểu ghi khác nhau (dd/mm/yyyy và yyyy-mm-dd); mỗi cột chỉ một kiểu",
      en: "the date column mixes dd/mm/yyyy and yyyy-mm-dd; use one format per column",
    },
    number_format: { vi: "không phải là số", en: "not a number" },
    number_inexact: {
      vi: "số có nhiều chữ số có nghĩa hơn mức lưu được đúng (khoảng 15 chữ số), sẽ bị làm tròn thành số khác; hãy bớt chữ số",
      en: "the number has more significant digits than can be stored exactly (about 15), so it would be rounded to another number; write fewer digits",
    },
    number_ambiguous: {
      vi: "số không rõ nghĩa (dấu . hoặc , có thể là phân cách nghìn hoặc thập phân, và các ô khác của cột không cho biết cách viết); hãy viết 500000 hoặc 500.000,00",
      en: "ambiguous number (the . or , may be a thousands or a decimal separator, and no other cell of the column shows which); write 500000 or 500.000,00",
    },
    integer: { vi: "không phải số nguyên", en: "not a whole number" },
    replacement_char: {
      vi: "chữ có ký tự thay thế � (chữ đã bị mất khi tệp được chuyển bảng mã trước đây); hãy gõ lại chữ gốc",
      en: "the text holds the replacement character � (letters lost when the file was converted between encodings earlier); type the original text again",
    },
    min: { vi: "giá trị quá nhỏ", en: "value too small" },
    boolean: { vi: "không phải true/false", en: "not true/false" },
    country: { vi: "mã quốc gia không tồn tại", en: "unknown country code" },
    currency: { vi: "mã tiền tệ không tồn tại", en: "unknown currency code" },
    sector: { vi: "mã lĩnh vực không hợp lệ", en: "invalid sector code" },
    period: { vi: "kỳ không hợp lệ", en: "invalid period" },
    id_chars: {
      vi: "mã có ký tự không được phép (có thể là ký tự ẩn hoặc ký tự trông giống, khiến một bản ghi bị tính hai lần)",
      en: "the id has a character that is not allowed (possibly invisible or a look-alike, which would count one record twice)",
    },
  };
  return { vi: `${what[code].vi}; cần ${want.vi}`, en: `${what[code].en}; expected ${want.en}` };
}

/** Formats one problem as a person reads it: where, the value, what is wrong — both languages, `lang` first. */
export function formatProblem(p: ImportProblem, lang: Lang = "vi"): string {
  const where = (l: Lang) => {
    const parts = [p.source];
    if (p.sheet !== undefined) parts.push(l === "vi" ? `trang ${p.sheet}` : `sheet ${p.sheet}`);
    if (p.row !== undefined) parts.push(l === "vi" ? `dòng ${p.row}` : `row ${p.row}`);
    if (p.column !== undefined) parts.push(l === "vi" ? `cột ${p.column}` : `column ${p.column}`);
    return parts.join(", ");
  };
  const value = p.value === undefined ? "" : ` «${p.value}»`;
  const other: Lang = lang === "vi" ? "en" : "vi";
  return `${where(lang)}:${value} ${p.text[lang]}\n    ${where(other)}:${value} ${p.text[other]}`;
}
