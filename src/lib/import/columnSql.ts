import type { Column } from "../../data/columns.ts";
import { booleanWords } from "../../data/booleanWords.ts";
import { countryCodes } from "../../data/countries.ts";
import { sectors } from "../../data/sectors.ts";
import { literal } from "../store/sqlTypes.ts";
import { idCleanSql, idProblemSql } from "./idCharacters.ts";

/**
 * Vectorised parsing and checking of one staged text column. Every file is
 * staged as text (VARCHAR) first; these expressions turn a cell into its typed
 * value and then say, from the text and the typed value together, what is
 * wrong with the cell — all in one scan, in DuckDB, which is what keeps a
 * validated import close to a raw `read_csv`. Cheap tests (LIKE, contains,
 * TRY_CAST) come first; regular expressions run only on the cells that need them.
 */
export type ProblemCode =
  | "required"
  | "enum"
  | "list"
  | "date_format"
  | "date_impossible"
  | "date_range"
  | "date_mixed"
  | "number_format"
  | "number_inexact"
  | "replacement_char"
  | "number_ambiguous"
  | "integer"
  | "min"
  | "boolean"
  | "country"
  | "currency"
  | "sector"
  | "period"
  | "id_chars";

/**
 * The cleaned cell: non-breaking spaces folded, trimmed, empty as NULL. An id
 * keeps its non-breaking spaces (they make look-alike ids, refused) and is put
 * in Unicode NFC (see {@link idCleanSql}).
 */
export function cleanSql(column: string, kind?: Column["kind"]): string {
  if (kind === "id") return idCleanSql(column);
  return `NULLIF(trim(replace(${column}, chr(160), ' ')), '')`;
}

const inList = (values: readonly string[]) => `(${values.map(literal).join(", ")})`;

/** Earliest and latest dates accepted: a year outside is a typo in this domain. */
export const dateRange = { from: "1950-01-01", to: "2100-12-31" } as const;

// A date cell from a spreadsheet or a typed source is staged as a full ISO timestamp (see cellText).
const isIso = (v: string) => `(${v} LIKE '____-__-__')`;
const isDateCell = (v: string) => `(${v} LIKE '____-__-__T00:00:00%')`;
const isDmy = (v: string) => `(contains(${v}, '/'))`;

/** Where a workbook's serial day numbers count from: 1899-12-30 (Excel's 1900 system) or 1904-01-01. */
const serialEpoch = (date1904: boolean) => (date1904 ? "DATE '1904-01-01'" : "DATE '1899-12-30'");

function dateParse(v: string, date1904: boolean): string {
  return `CASE
    WHEN ${isIso(v)} THEN TRY_CAST(${v} AS DATE)
    WHEN ${isDmy(v)} AND length(${v}) BETWEEN 8 AND 10 THEN TRY_CAST(try_strptime(${v}, '%d/%m/%Y') AS DATE)
    WHEN ${isDateCell(v)} THEN TRY_CAST(left(${v}, 10) AS DATE)
    WHEN regexp_full_match(${v}, '[0-9]+(\\.[0-9]+)?') AND TRY_CAST(${v} AS DOUBLE) BETWEEN 1 AND 2958465 THEN ${serialEpoch(date1904)} + CAST(floor(TRY_CAST(${v} AS DOUBLE)) AS INTEGER)
  END`;
}

/** The text form of a date cell: 'iso' or 'dmy' for typed text, NULL for date cells and serials. */
export function dateTextFormatSql(v: string): string {
  return `CASE WHEN ${isIso(v)} THEN 'iso' WHEN ${isDmy(v)} THEN 'dmy' END`;
}

const ambiguousNumber = `'[+-]?[0-9]{1,3}[.,][0-9]{3}'`;
const viGrouped = `'[+-]?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?'`;
const viDecimal = `'[+-]?[0-9]+,[0-9]+'`;
const plainDecimal = `'[+-]?[0-9]+\\.[0-9]+'`;

/**
 * How a column writes numbers, read off its unambiguous cells: `vi` when some
 * cell can only be Vietnamese (1.234.567 or 12,5), `plain` when some cell can
 * only be a plain decimal (1234.5), null when neither or both. A cell such as
 * 1.234 is then read the column's way, never guessed cell by cell.
 */
export type NumberStyle = "vi" | "plain" | null;

const hasSeparator = (v: string) => `(contains(${v}, '.') OR contains(${v}, ','))`;
const isAmbiguous = (v: string) => `regexp_full_match(${v}, ${ambiguousNumber})`;

/** SQL: the cell is a number like 1.234 or 1,234 that could be read two ways. */
export const isAmbiguousSql = isAmbiguous;

/**
 * SQL conditions telling whether a cell is evidence of each number style: `[vi, plain]`.
 * String functions instead of regular expressions keep this pre-pass cheap;
 * a malformed cell may count as evidence, but it is reported as an error
 * anyway, so the import cannot succeed on a misread column.
 */
export function numberStyleEvidenceSql(v: string): [string, string] {
  const digitsBefore = (sep: string) => `length(ltrim(split_part(${v}, '${sep}', 1), '+-'))`;
  const digitsAfter = (sep: string) => `length(split_part(${v}, '${sep}', 2))`;
  const vi = `${v} LIKE '%.%.%' OR (contains(${v}, ',') AND (contains(${v}, '.') OR ${digitsAfter(",")} <> 3 OR ${digitsBefore(",")} > 3))`;
  const plain = `NOT contains(${v}, ',') AND contains(${v}, '.') AND ${v} NOT LIKE '%.%.%' AND (${digitsAfter(".")} <> 3 OR ${digitsBefore(".")} > 3)`;
  return [`(${vi})`, `(${plain})`];
}

function resolveAmbiguous(v: string, style: NumberStyle): string {
  if (style === "vi") return `TRY_CAST(replace(replace(${v}, '.', ''), ',', '.') AS DOUBLE)`;
  if (style === "plain") return `CASE WHEN contains(${v}, '.') THEN TRY_CAST(${v} AS DOUBLE) END`;
  return "NULL";
}

// Only digits (with a sign): DuckDB's own cast also takes 1_000, 12e3, 0x1F, inf and nan.
const plainInteger = `'[+-]?[0-9]+'`;

/**
 * The number a cell writes, through `as`: a DOUBLE (what is stored), or by
 * default the plain text of its digits (`1.234.567,89` → `1234567.89`).
 */
function numberParse(v: string, style: NumberStyle, as: (text: string) => string = toDouble): string {
  return `CASE
    WHEN NOT ${hasSeparator(v)} THEN CASE WHEN regexp_full_match(${v}, ${plainInteger}) THEN ${as(v)} END
    WHEN ${v} LIKE '%.%.%' THEN CASE WHEN regexp_full_match(${v}, ${viGrouped}) THEN ${as(`replace(replace(${v}, '.', ''), ',', '.')`)} END
    WHEN ${isAmbiguous(v)} THEN ${resolveAmbiguous(v, style)}
    WHEN regexp_full_match(${v}, ${plainDecimal}) THEN ${as(v)}
    WHEN regexp_full_match(${v}, ${viGrouped}) THEN ${as(`replace(replace(${v}, '.', ''), ',', '.')`)}
    WHEN regexp_full_match(${v}, ${viDecimal}) THEN ${as(`replace(${v}, ',', '.')`)}
  END`;
}

const toDouble = (text: string) => `TRY_CAST(${text} AS DOUBLE)`;

/**
 * SQL: true when a decimal cell's double `x` is not the number its text `v`
 * writes (10000000000000001 is stored as 10^16, and would pass the 10^16 VND
 * bound). The written whole part is compared exactly with the double's
 * (HUGEINT), and the written fraction with the double's to 10 decimals (one
 * unit of the 10th decimal of slack for the rounding of that comparison).
 * A double holds every number of at most 15 digits as written, so only cells
 * with more digits are compared, inside a CASE, which DuckDB evaluates for
 * those cells only (a VARCHAR → DECIMAL(38) cast would cost ~50 µs a cell).
 */
function inexactSql(v: string, x: string): string {
  const written = `(${numberParse(v, null, (text) => text)})`;
  const whole = `TRY_CAST(split_part(${written}, '.', 1) AS HUGEINT) IS DISTINCT FROM TRY_CAST(trunc(${x}) AS HUGEINT)`;
  const fraction = `abs(CAST(rpad(left(split_part(${written}, '.', 2), 10), 10, '0') AS BIGINT) - round(abs(${x} - trunc(${x})) * 1e10)) > 1`;
  return `CASE WHEN length(replace(replace(${v}, '.', ''), ',', '')) > 15 THEN ${whole} OR ${fraction} ELSE false END`;
}

const trueWords = booleanWords.true;
const falseWords = booleanWords.false;

function listItems(v: string): string {
  return `list_filter(list_transform(string_split(${v}, ';'), x -> lower(trim(x))), x -> x <> '')`;
}

/**
 * SQL giving the typed value of the cell, or NULL when it is empty or invalid.
 * `style` is the column's number style (see {@link NumberStyle}).
 */
export function parseSql(
  column: Column,
  v: string,
  style: NumberStyle = null,
  options: { date1904?: boolean } = {},
): string {
  switch (column.kind) {
    case "id":
    case "text":
      return v;
    case "sector":
      return `CASE WHEN ${v} IN ${inList(sectors.map((s) => s.code))} THEN ${v} END`;
    case "period":
      return `CASE WHEN regexp_full_match(${v}, '[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2])|-[0-9]{4})?') THEN ${v} END`;
    case "enum":
      return `CASE WHEN lower(${v}) IN ${inList(column.values ?? [])} THEN lower(${v}) END`;
    case "list":
      return `CASE WHEN len(list_filter(${listItems(v)}, x -> x NOT IN ${inList(column.values ?? [])})) = 0 THEN ${listItems(v)} END`;
    case "date":
      return `(${dateParse(v, options.date1904 === true)})`;
    case "integer":
      return `CASE WHEN (${numberParse(v, style)}) = floor(${numberParse(v, style)}) THEN TRY_CAST(${numberParse(v, style)} AS INTEGER) END`;
    case "decimal":
      return `CASE WHEN isfinite(${numberParse(v, style)}) THEN ${numberParse(v, style)} END`;
    case "boolean":
      // NFC first: "có" typed with a combining accent is the same word
      return `CASE WHEN lower(nfc_normalize(${v})) IN ${inList(trueWords)} THEN true WHEN lower(nfc_normalize(${v})) IN ${inList(falseWords)} THEN false END`;
    case "country":
      return `CASE WHEN upper(${v}) IN ${inList(countryCodes)} THEN upper(${v}) END`;
    case "currency":
      return `upper(${v})`;
  }
}

/**
 * SQL giving the problem code of a non-empty cell, or NULL when it is fine,
 * from its text `v` and its typed value `x` (the result of {@link parseSql}).
 * The reason is worked out only for cells that failed. Emptiness of required
 * columns is checked separately.
 */
export function problemSql(column: Column, v: string, x: string, currencies: readonly string[]): string {
  switch (column.kind) {
    case "id":
      return idProblemSql(v);
    case "text":
      // U+FFFD stands where an earlier conversion lost a letter: the text is no longer what was written
      return `CASE WHEN contains(${v}, '\uFFFD') THEN 'replacement_char' END`;
    case "enum":
    case "list":
    case "boolean":
    case "country":
    case "sector":
    case "period":
      return `CASE WHEN ${x} IS NULL THEN '${column.kind}' END`;
    case "currency":
      return `CASE WHEN ${x} NOT IN ${inList(currencies)} THEN 'currency' END`;
    case "date":
      return `CASE
        WHEN ${x} IS NULL THEN CASE
          WHEN ${isIso(v)} OR ${isDateCell(v)} OR regexp_full_match(${v}, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}') THEN 'date_impossible'
          WHEN TRY_CAST(${v} AS DOUBLE) IS NOT NULL THEN 'date_range'
          ELSE 'date_format' END
        WHEN ${x} NOT BETWEEN DATE '${dateRange.from}' AND DATE '${dateRange.to}' THEN 'date_range'
      END`;
    case "integer":
    case "decimal": {
      const minCheck = column.min === undefined ? "" : `WHEN ${x} < ${column.min} THEN 'min'`;
      const fraction =
        column.kind === "integer"
          ? `WHEN ${x} IS NULL AND regexp_full_match(${v}, '[+-]?[0-9]+([.,][0-9]+)*') AND NOT ${isAmbiguous(v)} THEN 'integer'`
          : "";
      return `CASE
        WHEN ${x} IS NULL AND ${isAmbiguous(v)} THEN 'number_ambiguous'
        ${fraction}
        WHEN ${x} IS NULL THEN 'number_format'
        ${column.kind === "decimal" ? `WHEN ${inexactSql(v, x)} THEN 'number_inexact'` : ""}
        ${minCheck}
      END`;
    }
  }
}
