import type { Column } from "../../data/columns.ts";
import { countryCodes } from "../../data/countries.ts";
import { literal } from "../store/sqlTypes.ts";

/**
 * Vectorised parsing and checking of one staged text column. Every file is
 * staged as text (VARCHAR) first; these expressions turn a cell into its typed
 * value and say, per cell, what is wrong with it — in one scan, in DuckDB,
 * which is what keeps a validated import close to a raw `read_csv`.
 *
 * `v` is an SQL expression for the cleaned cell (trimmed, '' → NULL).
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
  | "number_ambiguous"
  | "integer"
  | "min"
  | "boolean"
  | "country"
  | "currency"
  | "sector"
  | "period";

/** The cleaned cell: non-breaking spaces folded, trimmed, empty as NULL. */
export function cleanSql(column: string): string {
  return `NULLIF(trim(replace(${column}, chr(160), ' ')), '')`;
}

const sqlList = (values: readonly string[]) => `[${values.map(literal).join(", ")}]`;

const isoText = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;
// A date cell from a spreadsheet or a typed source is staged as a full ISO timestamp.
const dateCell = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00(\\.000)?Z?$'`;
const dmyText = `'^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$'`;
const serialText = `'^[0-9]{1,7}(\\.[0-9]+)?$'`;

/** Earliest and latest dates accepted: a year outside is a typo in this domain. */
export const dateRange = { from: "1950-01-01", to: "2100-12-31" } as const;

function dateParse(v: string): string {
  return `CASE
    WHEN regexp_full_match(${v}, ${isoText}) THEN TRY_CAST(${v} AS DATE)
    WHEN regexp_full_match(${v}, ${dateCell}) THEN TRY_CAST(left(${v}, 10) AS DATE)
    WHEN regexp_full_match(${v}, ${dmyText}) THEN TRY_CAST(try_strptime(${v}, '%d/%m/%Y') AS DATE)
    WHEN regexp_full_match(${v}, ${serialText}) AND TRY_CAST(${v} AS DOUBLE) BETWEEN 1 AND 2958465
      THEN DATE '1899-12-30' + CAST(floor(CAST(${v} AS DOUBLE)) AS INTEGER)
  END`;
}

/** The text form of a date cell: 'iso' or 'dmy' for typed text, NULL for date cells and serials. */
export function dateTextFormatSql(v: string): string {
  return `CASE WHEN regexp_full_match(${v}, ${isoText}) THEN 'iso' WHEN regexp_full_match(${v}, ${dmyText}) THEN 'dmy' END`;
}

const ambiguousNumber = `'^[+-]?[0-9]{1,3}[.,][0-9]{3}$'`;
const plainNumber = `'^[+-]?[0-9]+(\\.[0-9]+)?$'`;
const viGrouped = `'^[+-]?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$'`;
const viDecimal = `'^[+-]?[0-9]+,[0-9]+$'`;

function numberParse(v: string): string {
  return `CASE
    WHEN regexp_full_match(${v}, ${ambiguousNumber}) THEN NULL
    WHEN regexp_full_match(${v}, ${plainNumber}) THEN TRY_CAST(${v} AS DOUBLE)
    WHEN regexp_full_match(${v}, ${viGrouped}) THEN TRY_CAST(replace(replace(${v}, '.', ''), ',', '.') AS DOUBLE)
    WHEN regexp_full_match(${v}, ${viDecimal}) THEN TRY_CAST(replace(${v}, ',', '.') AS DOUBLE)
  END`;
}

const trueWords = ["true", "1", "yes", "có", "đúng", "x"];
const falseWords = ["false", "0", "no", "không", "sai"];

function listItems(v: string): string {
  return `list_filter(list_transform(string_split(${v}, ';'), x -> lower(trim(x))), x -> x <> '')`;
}

/**
 * SQL giving the typed value of the cell, or NULL when it is empty or invalid.
 * `currencies` is the list of ISO 4217 codes accepted.
 */
export function parseSql(column: Column, v: string): string {
  switch (column.kind) {
    case "id":
    case "text":
    case "sector":
    case "period":
      return v;
    case "enum":
      return `CASE WHEN list_contains(${sqlList(column.values ?? [])}, lower(${v})) THEN lower(${v}) END`;
    case "list":
      return `CASE WHEN ${v} IS NOT NULL THEN ${listItems(v)} END`;
    case "date":
      return `(${dateParse(v)})`;
    case "integer":
      return `TRY_CAST(${numberParse(v)} AS INTEGER)`;
    case "decimal":
      return `(${numberParse(v)})`;
    case "boolean":
      return `CASE WHEN list_contains(${sqlList(trueWords)}, lower(${v})) THEN true WHEN list_contains(${sqlList(falseWords)}, lower(${v})) THEN false END`;
    case "country":
    case "currency":
      return `upper(${v})`;
  }
}

/**
 * SQL giving the problem code of a non-empty cell, or NULL when it is fine.
 * Emptiness of required columns is checked separately.
 */
export function problemSql(column: Column, v: string, currencies: readonly string[]): string {
  const p = parseSql(column, v);
  switch (column.kind) {
    case "id":
    case "text":
      return "NULL";
    case "enum":
      return `CASE WHEN ${p} IS NULL THEN 'enum' END`;
    case "list":
      return `CASE WHEN len(list_filter(${listItems(v)}, x -> NOT list_contains(${sqlList(column.values ?? [])}, x))) > 0 THEN 'list' END`;
    case "date":
      return `CASE
        WHEN NOT (regexp_full_match(${v}, ${isoText}) OR regexp_full_match(${v}, ${dateCell}) OR regexp_full_match(${v}, ${dmyText}) OR regexp_full_match(${v}, ${serialText})) THEN 'date_format'
        WHEN regexp_full_match(${v}, ${serialText}) AND NOT (TRY_CAST(${v} AS DOUBLE) BETWEEN 1 AND 2958465) THEN 'date_range'
        WHEN ${p} IS NULL THEN 'date_impossible'
        WHEN ${p} NOT BETWEEN DATE '${dateRange.from}' AND DATE '${dateRange.to}' THEN 'date_range'
      END`;
    case "integer":
    case "decimal": {
      const n = numberParse(v);
      const integerCheck =
        column.kind === "integer"
          ? `WHEN (${n}) <> floor(${n}) OR abs(${n}) > 2147483647 THEN 'integer'`
          : "";
      const minCheck = column.min === undefined ? "" : `WHEN (${n}) < ${column.min} THEN 'min'`;
      return `CASE
        WHEN regexp_full_match(${v}, ${ambiguousNumber}) THEN 'number_ambiguous'
        WHEN (${n}) IS NULL THEN 'number_format'
        ${integerCheck}
        ${minCheck}
      END`;
    }
    case "boolean":
      return `CASE WHEN ${p} IS NULL THEN 'boolean' END`;
    case "country":
      return `CASE WHEN NOT list_contains(${sqlList(countryCodes)}, ${p}) THEN 'country' END`;
    case "currency":
      return `CASE WHEN NOT list_contains(${sqlList(currencies)}, ${p}) THEN 'currency' END`;
    case "sector":
      return `CASE WHEN NOT regexp_full_match(${v}, '^[0-9]{5}$') THEN 'sector' END`;
    case "period":
      return `CASE WHEN NOT regexp_full_match(${v}, '^[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2])|-[0-9]{4})?$') THEN 'period' END`;
  }
}
