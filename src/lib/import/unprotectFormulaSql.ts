import type { Column } from "../../data/columns.ts";

/** Column kinds that hold free text and ids, where an export may have protected a formula-leading value. */
const textKinds = new Set<Column["kind"]>(["id", "text", "enum", "country", "currency", "sector", "period"]);

/**
 * SQL undoing `protectFormula` (src/lib/io/csv.ts) on a cleaned CSV cell of a
 * text column: a `'` before `=`, `+`, `-`, `@`, tab or CR (after any further
 * `'`s) is removed, once. Number, date, boolean and list columns are left as
 * they are, so `-5` in a number column stays minus five.
 */
export function unprotectFormulaSql(column: Column, cell: string): string {
  if (!textKinds.has(column.kind)) return cell;
  // a cheap prefix test first: almost no cell starts with a quote, so the regular expression rarely runs
  return `CASE WHEN starts_with(${cell}, '''') AND regexp_matches(${cell}, '^''+[=+\\-@\\t\\r]') THEN substr(${cell}, 2) ELSE ${cell} END`;
}
