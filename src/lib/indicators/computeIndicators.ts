import type { DuckDBValue } from "@duckdb/node-api";
import {
  parsePeriod,
  periodRange,
  previousPeriod,
  type Period,
  type PeriodKind,
} from "../../data/periods.ts";
import { PeriodError, readPeriod } from "../../data/readPeriod.ts";
import { availableParallelism } from "node:os";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { storeOfConnection, type Store } from "../store/openStore.ts";
import { emptyValue, type IndicatorSpec, type Scan, type ScanContext } from "./IndicatorDef.ts";
import { indicatorQuerySchema, type IndicatorQuery } from "./IndicatorQuery.ts";
import { zodIssuesText } from "../zodIssuesText.ts";
import { indicatorResult, loadArrow, type IndicatorResult, type IndicatorRow } from "./IndicatorResult.ts";
import { builtinRegistry, type IndicatorRegistry } from "./createRegistry.ts";
import { defineIndicator } from "./defineIndicator.ts";
import { periodKey } from "./periodKey.ts";

/** Collects bound parameters and returns their placeholders ($1, $2, …). */
class Params {
  readonly values: DuckDBValue[] = [];
  bind(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A SQL string literal of a checked value (a period id, an ISO date). */
function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function usage(vi: string, en: string): DoingoaiError {
  return new DoingoaiError({ vi, en }, { exitCode: exitCodes.usage });
}

/** Today's date in local time, ISO. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A period of the query, read by the one parser (kinds and years as the command line allows). */
function checkedPeriod(id: string): Period {
  try {
    return readPeriod(id);
  } catch (e) {
    if (e instanceof PeriodError) throw usage(e.text.vi, e.text.en);
    throw e;
  }
}

/** The periods asked for, each parsed once here, in order and without repeats. */
function resolvePeriods(query: IndicatorQuery, asOf: string): Period[] {
  if (query.periods !== undefined && (query.from !== undefined || query.to !== undefined)) {
    throw usage("Chỉ dùng periods hoặc from/to, không dùng cả hai.", "Use periods or from/to, not both.");
  }
  if (query.from !== undefined || query.to !== undefined) {
    if (query.from === undefined || query.to === undefined) {
      throw usage("Cần cả from và to.", "Both from and to are needed.");
    }
    const a = checkedPeriod(query.from);
    const b = checkedPeriod(query.to);
    if (a.kind !== b.kind || a.start > b.start) {
      throw usage(
        `Khoảng kỳ không hợp lệ: ${query.from} đến ${query.to} (hai kỳ cùng loại, kỳ đầu không sau kỳ cuối).`,
        `Invalid period range: ${query.from} to ${query.to} (same kind, first not after last).`,
      );
    }
    return periodRange(a.id, b.id).map(parsePeriod);
  }
  const ids = [...new Set(query.periods ?? [asOf.slice(0, 4)])];
  return ids.map(checkedPeriod);
}

/** An id of the registry, or a definition (checked; its id may not be another indicator's). */
function resolveSpec(entry: string | IndicatorSpec, registry: IndicatorRegistry): IndicatorSpec {
  if (typeof entry !== "string") {
    const known = registry.get(entry.id);
    if (known === entry) return known;
    const spec = defineIndicator(entry);
    if (known !== undefined) {
      throw usage(
        `chỉ số không hợp lệ: ${spec.id}: mã đã là của một chỉ số có sẵn; hãy đặt mã khác`,
        `invalid indicator: ${spec.id}: id already used by a built-in or registered indicator; choose another id`,
      );
    }
    return spec;
  }
  const spec = registry.get(entry);
  if (!spec) {
    throw usage(
      `Chỉ số không có: ${entry}. Xem docs/indicators.md hoặc listIndicators().`,
      `Unknown indicator: ${entry}. See docs/indicators.md or listIndicators().`,
    );
  }
  return spec;
}

/**
 * Picks the indicators: named ones (each must allow every dimension used), or all that allow them.
 * `storeDims` are dimensions the store's tables carry beyond the indicators' own (a roll-up's
 * `office`): an indicator allows one when its scan defines it.
 */
function selectSpecs(
  query: IndicatorQuery,
  dims: string[],
  registry: IndicatorRegistry,
  storeDims: readonly string[],
): IndicatorSpec[] {
  const indicatorSpecs = registry.specs;
  const allowsDim = (s: IndicatorSpec, d: string) =>
    s.dimensions.includes(d) || (storeDims.includes(d) && Object.hasOwn(s.scan.dims, d));
  const allows = (s: IndicatorSpec) => dims.every((d) => allowsDim(s, d));
  if (query.indicators === undefined) {
    const known = new Set([...indicatorSpecs.flatMap((s) => s.dimensions), ...storeDims]);
    const unknown = dims.filter((d) => !known.has(d));
    if (unknown.length > 0) {
      throw usage(
        `Chiều không có: ${unknown.join(", ")}. Các chiều: ${[...known].sort().join(", ")}.`,
        `Unknown dimension: ${unknown.join(", ")}. Dimensions: ${[...known].sort().join(", ")}.`,
      );
    }
    return indicatorSpecs.filter(allows);
  }
  const specs: IndicatorSpec[] = [];
  for (const entry of query.indicators) {
    const spec = resolveSpec(entry, registry);
    const same = specs.find((s) => s.id === spec.id);
    if (same === spec) continue;
    if (same !== undefined) {
      throw usage(
        `chỉ số không hợp lệ: ${spec.id}: hai định nghĩa khác nhau cùng một mã`,
        `invalid indicator: ${spec.id}: two different definitions share this id`,
      );
    }
    specs.push(spec);
  }
  return specs.map((spec) => {
    const id = spec.id;
    const bad = dims.filter((d) => !allowsDim(spec, d));
    if (bad.length > 0) {
      const own = [...spec.dimensions, ...storeDims.filter((d) => allowsDim(spec, d))];
      const allowed = own.length > 0 ? own.join(", ") : "(không có / none)";
      throw usage(
        `Chỉ số ${id} không chia được theo: ${bad.join(", ")}. Cho phép: ${allowed}.`,
        `Indicator ${id} cannot be split or filtered by: ${bad.join(", ")}. Allowed: ${allowed}.`,
      );
    }
    return spec;
  });
}

/** Runs a query and returns its rows as plain JS objects. */
type Query = (sql: string, params?: DuckDBValue[]) => Promise<Record<string, unknown>[]>;

/** At most this many scans run at once, each on its own connection of the store's DuckDB instance. */
const maxConcurrentScans = Math.max(2, Math.min(4, availableParallelism()));

/**
 * Runs independent jobs (one query each) concurrently, each on one of up to
 * {@link maxConcurrentScans} connections of the store's instance: at small
 * sizes a query's time is mostly fixed cost that one connection cannot
 * overlap. Inside a transaction everything runs on the store's own connection,
 * the only one that sees its uncommitted writes.
 */
async function runConcurrently(store: Store, jobs: ((all: Query) => Promise<void>)[]): Promise<void> {
  const width = store.inTransaction ? 1 : Math.min(maxConcurrentScans, jobs.length);
  const own: Query = (sql, params) => store.all(sql, params);
  const extra = await Promise.all(Array.from({ length: width - 1 }, () => store.instance.connect()));
  const queries: Query[] = [
    own,
    ...extra.map((c): Query => {
      const other = storeOfConnection(store.path, store.readOnly, store.instance, c);
      return (sql, params) => other.all(sql, params);
    }),
  ];
  let next = 0;
  try {
    const settled = await Promise.allSettled(
      queries.map(async (all) => {
        while (next < jobs.length) await jobs[next++]!(all);
      }),
    );
    const failed = settled.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  } finally {
    for (const c of extra) c.closeSync();
  }
}

interface Cell {
  dims: (string | null)[];
  value: number | null;
}

/** Runs the indicators of one scan for periods of one kind: one query, one GROUP BY. */
async function runScan(
  all: Query,
  scan: Scan,
  specs: IndicatorSpec[],
  kind: PeriodKind,
  periods: Period[],
  query: { by: string[]; where: Record<string, string[]>; asOf: string },
): Promise<Map<string, Map<string, Cell>>[]> {
  const params = new Params();
  // Dates and period ids are checked (parsePeriod, the query schema's ISO date) and go into the
  // text as literals: a query without bound parameters skips DuckDB's prepare step, and a constant
  // date range lets the table scan skip row groups by their min/max. Filter values stay bound.
  const date = (value: string) => `${sqlString(value)}::DATE`;
  const ctx: ScanContext = {
    kind,
    dims: [...new Set([...query.by, ...Object.keys(query.where)])],
    asOf: date(query.asOf),
    start: date(periods.reduce((a, p) => (p.start < a ? p.start : a), periods[0]!.start)),
    end: date(periods.reduce((a, p) => (p.end > a ? p.end : a), periods[0]!.end)),
  };
  const values = periods.map(
    (p) => `(${sqlString(p.id)}::VARCHAR, ${date(p.start)}, ${date(p.end)}, ${periodKey(p)}::INTEGER)`,
  );
  const valueSql = specs.map((s) => s.value(ctx));
  const sql = scan.sql({ ...ctx, values: valueSql });
  const select: string[] = [];
  query.by.forEach((d, i) => select.push(`CAST(${scan.dims[d]!} AS VARCHAR) AS d${i}`));
  valueSql.forEach((v, i) => select.push(`CAST(${v} AS DOUBLE) AS v${i}`));
  const where = sql.where ? [`(${sql.where})`] : [];
  for (const [d, list] of Object.entries(query.where)) {
    const expr = `CAST(${scan.dims[d]!} AS VARCHAR)`;
    where.push(list.length === 0 ? "FALSE" : `${expr} IN (${list.map((v) => params.bind(v)).join(", ")})`);
  }
  const whereSql = where.length > 0 ? [`WHERE ${where.join(" AND ")}`] : [];
  const withP = `WITH p(period, p_start, p_end, k) AS (VALUES ${values.join(", ")})`;
  const text =
    sql.key === undefined
      ? [
          withP,
          `SELECT ${[`${sql.period ?? "p.period"} AS period`, ...select].join(",\n  ")}`,
          `FROM ${sql.from}`,
          ...whereSql,
          "GROUP BY ALL",
        ].join("\n")
      : [
          withP,
          "SELECT p.period, g.* EXCLUDE (k) FROM (",
          `SELECT ${[`${sql.key} AS k`, ...select].join(",\n  ")}`,
          `FROM ${sql.from}`,
          ...whereSql,
          "GROUP BY ALL",
          ") g JOIN p ON p.k = g.k",
        ].join("\n");
  // no parameters: run the text directly (node-api prepares whenever it is given an array)
  const rows = await all(text, params.values.length > 0 ? params.values : undefined);
  // one map per indicator: period → (dims key → cell)
  const out = specs.map(() => new Map<string, Map<string, Cell>>());
  for (const row of rows) {
    const dims = query.by.map((_, i) => (row[`d${i}`] ?? null) as string | null);
    const key = JSON.stringify(dims);
    specs.forEach((_, i) => {
      const byPeriod = out[i]!;
      const period = String(row["period"]);
      let cells = byPeriod.get(period);
      if (!cells) byPeriod.set(period, (cells = new Map()));
      cells.set(key, { dims, value: (row[`v${i}`] ?? null) as number | null });
    });
  }
  return out;
}

const fixedColumns = new Set(["indicator", "period", "unit", "value", "previous", "change", "target"]);

/** Options of {@link computeIndicators}. */
export interface ComputeOptions {
  /**
   * Where indicator ids are looked up, and what a query without `indicators`
   * computes: default the built-ins ({@link builtinRegistry}); `createRegistry([...])` adds yours.
   */
  registry?: IndicatorRegistry;
  /**
   * Load Apache Arrow so that the result's `toArrow()` and `toIPC()` work;
   * default true. A caller that reads only `rows` may pass false to start
   * faster (the CLI does); `toArrow()` then throws.
   */
  arrow?: boolean;
}

/**
 * Computes indicators for periods, optionally split (`by`) and filtered
 * (`where`), with the previous period's value, the change and the target.
 * Indicators are built-in ids, ids of `options.registry`, or your own
 * definitions from `defineIndicator`, computed exactly as the built-ins.
 *
 * Indicators that share a scan (e.g. every delegations indicator placed by
 * start_on) are computed in one query per period kind; independent queries
 * run concurrently on a few connections of the store's DuckDB instance (on
 * the store's own connection alone inside `store.transaction`). Rows come in the order
 * of the indicators (query order, else registry order), then periods (query
 * order), then split values (sorted, no value last). For a split, every
 * requested period gets a row for every split combination seen in any
 * requested period; a cell with no records is 0 for counts and sums and null
 * (no data) for ratios and days. The previous period's value is null (no
 * data), not 0, when the indicator's table had no record at all in that
 * period (its scan placed none there, filters aside): an office whose records
 * start in 2022 sees "no data" for 2022 vs 2021, not "+5". Filter values are
 * bound parameters.
 *
 * On a roll-up of several offices (`openRollup`) every indicator whose scan
 * knows the office may also be split or filtered by `office`; ratios are then
 * computed from the pooled records (numerators and denominators summed over
 * the offices), never averaged across offices.
 *
 * Throws {@link DoingoaiError} (exit code 2) for an unknown indicator,
 * dimension or period, a dimension an explicitly named indicator does not allow,
 * or an invalid definition (`invalid indicator: …`, also when its id is a built-in's).
 *
 * @param store An open store (`openStore`).
 * @param query What to compute; every field optional (see {@link indicatorQuerySchema}).
 * @param options The registry to resolve ids in (default the built-ins).
 */
export async function computeIndicators(
  store: Store,
  query: IndicatorQuery = {},
  options: ComputeOptions = {},
): Promise<IndicatorResult> {
  const parsed = indicatorQuerySchema.safeParse(query);
  if (!parsed.success) {
    throw usage(
      `Truy vấn chỉ số không hợp lệ: ${zodIssuesText(parsed.error)}`,
      `Invalid indicator query: ${zodIssuesText(parsed.error)}`,
    );
  }
  const q = parsed.data;
  const asOf = q.asOf ?? today();
  const periods = resolvePeriods(q, asOf);
  const by = [...new Set(q.by ?? [])];
  for (const d of by) {
    if (fixedColumns.has(d)) throw usage(`Chiều không hợp lệ: ${d}.`, `Invalid dimension: ${d}.`);
  }
  const where: Record<string, string[]> = {};
  for (const [d, v] of Object.entries(q.where ?? {})) where[d] = typeof v === "string" ? [v] : v;
  const specs = selectSpecs(
    q,
    [...new Set([...by, ...Object.keys(where)])],
    options.registry ?? builtinRegistry,
    store.dimensions ?? [],
  );

  // the requested periods and the ones before them, grouped by kind
  const all = new Map<string, Period>();
  for (const p of periods) {
    all.set(p.id, p);
    const prev = previousPeriod(p.id);
    all.set(prev, all.get(prev) ?? parsePeriod(prev));
  }
  const kinds = new Map<PeriodKind, Period[]>();
  for (const p of all.values()) kinds.set(p.kind, [...(kinds.get(p.kind) ?? []), p]);

  const scans = new Map<Scan, IndicatorSpec[]>();
  for (const s of specs) scans.set(s.scan, [...(scans.get(s.scan) ?? []), s]);

  const computed = new Map<string, Map<string, Map<string, Cell>>>();
  for (const s of specs) computed.set(s.id, new Map());
  // The periods in which each scan placed at least one record of its table, whatever the
  // filters: "vs last period" is no data, not 0, when the table had no record at all then.
  const recorded = new Map<Scan, Set<string>>();
  const filtered = Object.keys(where).length > 0;
  const jobs: ((all: Query) => Promise<void>)[] = [];
  for (const [scan, group] of scans) {
    const periodsWithRecords = new Set<string>();
    recorded.set(scan, periodsWithRecords);
    for (const [kind, ps] of kinds) {
      if (scan.periodKinds && !scan.periodKinds.includes(kind)) continue;
      jobs.push(async (all) => {
        const maps = await runScan(all, scan, group, kind, ps, { by, where, asOf });
        group.forEach((s, i) => {
          for (const [period, cells] of maps[i]!) computed.get(s.id)!.set(period, cells);
        });
        if (!filtered)
          for (const [period, cells] of maps[0]!) if (cells.size > 0) periodsWithRecords.add(period);
      });
      if (filtered) {
        jobs.push(async (all) => {
          const unfiltered = await runScan(all, scan, [group[0]!], kind, ps, { by: [], where: {}, asOf });
          for (const [period, cells] of unfiltered[0]!) if (cells.size > 0) periodsWithRecords.add(period);
        });
      }
    }
  }
  await runConcurrently(store, jobs);

  // the scope of an unsplit row: single-valued filters
  const baseScope: Record<string, string> = {};
  for (const [d, list] of Object.entries(where)) if (list.length === 1) baseScope[d] = list[0]!;
  const scopeKey = (scope: Record<string, string>) =>
    JSON.stringify(Object.entries(scope).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const targets = new Map<string, number>();
  for (const t of q.targets ?? [])
    targets.set(`${t.indicator}\u0000${t.period}\u0000${scopeKey(t.where ?? {})}`, t.value);

  const rows: IndicatorRow[] = [];
  for (const spec of specs) {
    const byPeriod = computed.get(spec.id)!;
    const empty = emptyValue(spec);
    const combos = new Map<string, (string | null)[]>();
    if (by.length === 0) combos.set("[]", []);
    else
      for (const { id } of periods)
        for (const [key, cell] of byPeriod.get(id) ?? []) combos.set(key, cell.dims);
    const sorted = [...combos.entries()].sort(([, a], [, b]) => compareDims(a, b));
    for (const { id: period } of periods) {
      const prevId = previousPeriod(period);
      for (const [key, dims] of sorted) {
        const value =
          byPeriod.get(period)?.get(key)?.value ?? (byPeriod.get(period)?.has(key) ? null : empty);
        const prevCells = byPeriod.get(prevId);
        const previous = !recorded.get(spec.scan)!.has(prevId)
          ? null
          : prevCells?.has(key)
            ? (prevCells.get(key)!.value ?? null)
            : empty;
        const dimsObj: Record<string, string | null> = {};
        const scope = { ...baseScope };
        by.forEach((d, i) => {
          dimsObj[d] = dims[i] ?? null;
          if (dims[i] != null) scope[d] = dims[i]!;
        });
        rows.push({
          indicator: spec.id,
          period,
          unit: spec.unit,
          value,
          previous,
          change: value !== null && previous !== null ? value - previous : null,
          target: targets.get(`${spec.id}\u0000${period}\u0000${scopeKey(scope)}`) ?? null,
          dims: dimsObj,
        });
      }
    }
  }
  if (options.arrow !== false) await loadArrow();
  return indicatorResult(rows, by);
}

function compareDims(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
