import type { Bilingual } from "../../data/Bilingual.ts";
import type { PeriodKind } from "../../data/periods.ts";
import type { IndicatorUnit } from "../../data/indicatorUnits.ts";

// The unit list is declared once, in src/data (browser code needs it too); the old import path keeps working.
export type { IndicatorUnit };

/** Which way is good: `up` (more is better) or `down` (less is better). */
export type IndicatorDirection = "up" | "down";

/**
 * What a person or a page needs to know about an indicator (docs/conventions.md §4).
 * Everything here is data; the SQL lives in {@link IndicatorSpec}.
 */
export interface IndicatorDef {
  /** Stable id, e.g. "delegations.inbound". */
  id: string;
  /** Short name shown in tables and charts, Vietnamese and English. */
  label: Bilingual;
  /** One line: what is counted or measured. */
  definition: Bilingual;
  /** The rule that places a record in a period (which date, period end for stocks…). */
  periodRule: Bilingual;
  /** Unit of the value (percent as a fraction 0..1). */
  unit: IndicatorUnit;
  /** Which way is good. */
  direction: IndicatorDirection;
  /** Dimensions the indicator can be split (`by`) or filtered (`where`) by, e.g. ["country","partner"]. */
  dimensions: readonly string[];
  /** True when the values over a split add up to the unsplit value (counts and sums). */
  additive: boolean;
  /**
   * The value of a period or split with no rows at all. Default: 0 for the units count, persons,
   * VND and USD; null ("no data") for percent and days. Set `null` for an average or another
   * measure that has no value without records.
   */
  empty?: 0 | null;
}

/** What a scan's SQL may use: the period kind of this query, the dimensions in use, and its dates. */
export interface ScanContext {
  /** Kind of every period in this query. */
  kind: PeriodKind;
  /** Dimensions the query splits or filters by (a scan that pre-aggregates must keep them). */
  dims: readonly string[];
  /** SQL of the "as of" date (a DATE), e.g. `'2025-12-31'::DATE`. */
  asOf: string;
  /** SQL of the first day of the earliest period in the query (a DATE). */
  start: string;
  /** SQL of the last day of the latest period in the query (a DATE). */
  end: string;
  /**
   * The aggregate SQL of every indicator computed over the scan in this query, when known:
   * a scan may leave out a join no value reads (DuckDB keeps an unused ASOF join). Unset: keep all.
   */
  values?: readonly string[];
}

/**
 * The FROM clause of a scan, in one of two shapes.
 *
 * - With `key`: rows are grouped by `key` (an INTEGER period key: year `2019`,
 *   quarter `20191` = year × 10 + quarter, month `201903` = year × 100 + month)
 *   and the split dimensions, and only the aggregates are joined to the period
 *   table `p` on `p.k` (aggregate first, then join: the fastest shape).
 * - Without `key`: `from` joins the period table `p(period, p_start, p_end, k)`
 *   itself (stocks, ranges), and `period` names the period id of a row.
 */
export interface ScanSql {
  /** FROM clause body (without the word FROM). */
  from: string;
  /** Extra WHERE condition (a range for pruning, a status), if any. */
  where?: string;
  /** SQL of the integer period key of a row (see above). */
  key?: string;
  /** SQL of the period id of a row when there is no `key`; default `p.period`. */
  period?: string;
}

/**
 * Rows of a table placed in periods. Indicators that share a scan are computed
 * in one query (one scan, one GROUP BY): a scan is the unit of sharing.
 */
export interface Scan {
  /** Unique id, e.g. "delegations by start_on". */
  id: string;
  /** Dimension name → SQL expression (VARCHAR) over the scan's rows. */
  dims: Readonly<Record<string, string>>;
  /** Period kinds the scan answers; others get "no data". Default: all. */
  periodKinds?: readonly PeriodKind[];
  /** The FROM clause (and period placement) for one query; rows are aliased `t` by convention. */
  sql(ctx: ScanContext): ScanSql;
}

/** An indicator with how to compute it: a scan and an aggregate over the scan's rows. */
export interface IndicatorSpec extends IndicatorDef {
  /** The rows the value is aggregated over: a built-in scan (`delegationsByStart`, …) or your own. */
  scan: Scan;
  /**
   * Aggregate SQL of the value over the scan's rows grouped by period and the
   * split dimensions (e.g. `count(*) FILTER (WHERE t.direction = 'inbound')`).
   * It never contains user values: filters are bound by the engine, and the
   * context gives the SQL of its dates (`asOf`).
   */
  value(ctx: ScanContext): string;
}

/**
 * The value of a (period, split) with no rows at all: the indicator's `empty`
 * when it sets one, else 0 for counts, persons and money and null ("no data")
 * for percent and days.
 */
export function emptyValue(def: IndicatorDef): 0 | null {
  if (def.empty !== undefined) return def.empty;
  return def.unit === "percent" || def.unit === "days" ? null : 0;
}
