import type { Entity } from "../../data/defineEntity.ts";
import { datedTables } from "../../data/datedTables.ts";
import type { Bilingual } from "../../data/Bilingual.ts";
import { parseClosablePeriod } from "../../data/periodClosure.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";

/** How a record of a table falls in a closed period: its date (or its year, for yearly records). */
export interface LockedTable {
  table: string;
  /** SQL of the record's date (a DATE); unset for yearly records. */
  dateSql?: string;
  /** SQL of the record's year (yearly records). */
  yearSql: string;
  whereSql?: string;
  label: Bilingual;
}

/**
 * The tables a closure holds, and by which date: every dated table of src/data/datedTables.ts,
 * and the exchange rates by their day (a rate of a closed year turns its USD figures).
 */
export const lockedTables: readonly LockedTable[] = [
  ...datedTables,
  {
    table: "exchange_rates",
    dateSql: '"on"',
    yearSql: 'year("on")',
    label: { vi: "tỷ giá", en: "exchange rates" },
  },
];

/** One record dated in a period: its table, key (parts joined by " | "), the period and its date or year. */
export interface DatedRecord {
  entity: string;
  key: string;
  period: string;
  /** The record's date (ISO) or, for yearly records, its year. */
  dated: string;
  /** The column that dates it ("start_on", "year"…). */
  column: string;
}

/** SQL: the key of the row aliased `alias` as text, its parts joined by " | ". */
export function keyTextSql(entity: Entity, alias: string): string {
  return `concat_ws(' | ', ${entity.key.map((k) => `coalesce(CAST(${alias}.${ident(k)} AS VARCHAR), '')`).join(", ")})`;
}

/**
 * The rows of `relation` (SQL of a relation with `entity`'s columns) dated in one of
 * `periods` (years and half-years): a dated record by its date; a yearly record (plans,
 * budgets) by its year, held by a year only. Each row once per period, ordered by key.
 */
export async function recordsInPeriods(
  store: Store,
  entity: Entity,
  relation: string,
  periods: readonly string[],
): Promise<DatedRecord[]> {
  const tables = lockedTables.filter((t) => t.table === entity.name);
  if (tables.length === 0 || periods.length === 0) return [];
  const values = periods
    .map((id) => {
      const p = parseClosablePeriod(id);
      return `(${literal(p.id)}, DATE ${literal(p.start)}, DATE ${literal(p.end)}, ${p.kind === "year"})`;
    })
    .join(", ");
  const selects = tables.map((t) => {
    const on = t.dateSql
      ? `CAST(${t.dateSql} AS DATE) BETWEEN c.__start AND c.__end`
      : `c.__whole_year AND CAST(${t.yearSql} AS INTEGER) = year(c.__start)`;
    const dated = t.dateSql
      ? `strftime(CAST(${t.dateSql} AS DATE), '%Y-%m-%d')`
      : `CAST(${t.yearSql} AS VARCHAR)`;
    const column = t.dateSql ? t.dateSql.replaceAll('"', "") : "year";
    return `SELECT ${keyTextSql(entity, "t")} AS key, c.__period AS period, ${dated} AS dated, ${literal(column)} AS column_name
      FROM (${relation}) t, (VALUES ${values}) c(__period, __start, __end, __whole_year)
      WHERE ${on}${t.whereSql ? ` AND (${t.whereSql})` : ""}`;
  });
  const rows = await store.all<{ key: string; period: string; dated: string; column_name: string }>(
    `SELECT key, period, min(dated) AS dated, arg_min(column_name, dated) AS column_name
     FROM (${selects.join("\nUNION ALL\n")}) GROUP BY key, period ORDER BY period, key`,
  );
  return rows.map((r) => ({
    entity: entity.name,
    key: r.key,
    period: r.period,
    dated: r.dated,
    column: r.column_name,
  }));
}
