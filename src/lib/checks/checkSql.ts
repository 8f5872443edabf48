// SQL fragments shared by the rules. Everything here is built from our own
// schema names and constants, never from user input.
import { entityByName } from "../../data/entities.ts";
import { ident, literal } from "../store/sqlTypes.ts";

/**
 * SQL of a record's key as `column=value`, comma-separated for composite keys
 * (`project_id=P1, disbursed_on=2019-07-01, currency=USD`). Empty key columns
 * are left out (a published figure has a period or an as-of date).
 */
export function keySql(entityName: string, alias = "t"): string {
  const entity = entityByName(entityName);
  if (!entity) throw new Error(`unknown entity: ${entityName}`);
  const parts = entity.key.map((k) => `${literal(k + "=")} || CAST(${alias}.${ident(k)} AS VARCHAR)`);
  return parts.length === 1 ? parts[0]! : `concat_ws(', ', ${parts.join(", ")})`;
}

/**
 * SQL of the first and last day of a period id held in `col` (docs/conventions.md §2:
 * `2019`, `2019Q1`, `2019-03`, `2026-2030`); NULL for anything else.
 */
export function periodBoundsSql(col: string): { start: string; end: string; kind: string } {
  const y = `CAST(substr(${col}, 1, 4) AS INTEGER)`;
  const kind = `CASE
    WHEN regexp_full_match(${col}, '\\d{4}') THEN 'year'
    WHEN regexp_full_match(${col}, '\\d{4}Q[1-4]') THEN 'quarter'
    WHEN regexp_full_match(${col}, '\\d{4}-(0[1-9]|1[0-2])') THEN 'month'
    WHEN regexp_full_match(${col}, '\\d{4}-\\d{4}') THEN 'plan' END`;
  const firstMonth = `CASE ${kind}
    WHEN 'year' THEN 1 WHEN 'plan' THEN 1
    WHEN 'quarter' THEN CAST(substr(${col}, 6, 1) AS INTEGER) * 3 - 2
    WHEN 'month' THEN CAST(substr(${col}, 6, 2) AS INTEGER) END`;
  const lastMonth = `CASE ${kind}
    WHEN 'year' THEN 12 WHEN 'plan' THEN 12
    WHEN 'quarter' THEN CAST(substr(${col}, 6, 1) AS INTEGER) * 3
    WHEN 'month' THEN CAST(substr(${col}, 6, 2) AS INTEGER) END`;
  const lastYear = `CASE ${kind} WHEN 'plan' THEN CAST(substr(${col}, 6, 4) AS INTEGER) ELSE ${y} END`;
  return {
    kind,
    start: `make_date(${y}, ${firstMonth}, 1)`,
    end: `last_day(make_date(${lastYear}, ${lastMonth}, 1))`,
  };
}

/**
 * Published indicators that are stocks though their id does not say so:
 * `fdi.registered_capital_usd` is the registered capital of the active FDI
 * projects, published with their count (docs/conventions.md §5; the sample uses this id).
 */
export const knownStockIndicators: readonly string[] = ["fdi.registered_capital_usd"];

/**
 * True (in SQL) for a published indicator that is a stock — a level counted at
 * a date, such as the number of active FDI projects — rather than a flow
 * counted over a period. The convention: a segment of the id (between `.` or
 * `_`) is `active` or `stock` (`fdi.active_projects`, `fdi.active_capital_usd`,
 * `fdi.stock_usd`), or the id is one of {@link knownStockIndicators}.
 */
export function isStockSql(col: string): string {
  return `(regexp_matches(${col}, '(^|[._])(active|stock)([._]|$)') OR ${col} IN (${knownStockIndicators.map(literal).join(", ")}))`;
}

/**
 * True (in SQL) for a published indicator that counts terminations or
 * revocations (a segment `terminated`, `revoked` or `withdrawn`, e.g.
 * `fdi.terminated_projects`): such a figure explains a fall in a stock of the
 * same namespace and unit.
 */
export function isTerminationSql(col: string): string {
  return `regexp_matches(${col}, '(^|[._])(terminated|revoked|withdrawn)([._]|$)')`;
}

/** True (in SQL) for a unit that is a share, where a part may exceed the whole. */
export function isShareUnitSql(col: string): string {
  return `lower(trim(${col})) IN ('%', 'percent', 'pct', 'phần trăm', 'ratio', 'rate')`;
}

/**
 * A name as two records of the same organisation would share it: without
 * accents (đ → d), case, punctuation and extra spaces.
 */
export function normalisedNameSql(col: string): string {
  return `trim(regexp_replace(lower(strip_accents(replace(replace(${col}, 'Đ', 'D'), 'đ', 'd'))), '[^a-z0-9]+', ' ', 'g'))`;
}
