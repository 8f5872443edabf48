import { Float64, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import type { IndicatorUnit } from "./IndicatorDef.ts";

/** One value: an indicator, a period, and one combination of split values. */
export interface IndicatorRow {
  indicator: string;
  period: string;
  unit: IndicatorUnit;
  /** Percent as a fraction 0..1; money in the unit's currency; null = no data. */
  value: number | null;
  /** Same indicator and split, previous period of the same kind (2019 → 2018, 2019Q1 → 2018Q4). */
  previous: number | null;
  /** value − previous; null when either is null. */
  change: number | null;
  /** The matching target of the query, if any. */
  target: number | null;
  /** One key per split dimension (`by`), in query order; null = the record has no value there. */
  dims: Record<string, string | null>;
}

/** Rows, plus the same rows as Apache Arrow (one column per field and per split dimension). */
export interface IndicatorResult {
  rows: IndicatorRow[];
  /** Split dimensions of the rows, in query order (the dims columns of the Arrow table). */
  by: string[];
  /** Columns indicator, period, unit (Utf8), value, previous, change, target (Float64), then one Utf8 column per split dimension. */
  toArrow(): Table;
  /** {@link toArrow} as Arrow IPC stream bytes (for dashboards: `tableFromIPC`). */
  toIPC(): Uint8Array;
}

/** Wraps rows as an {@link IndicatorResult}. */
export function indicatorResult(rows: IndicatorRow[], by: string[]): IndicatorResult {
  const toArrow = (): Table => {
    const text = (values: (string | null)[]) => vectorFromArray(values, new Utf8());
    const num = (values: (number | null)[]) => vectorFromArray(values, new Float64());
    const columns: Record<string, ReturnType<typeof text> | ReturnType<typeof num>> = {
      indicator: text(rows.map((r) => r.indicator)),
      period: text(rows.map((r) => r.period)),
      unit: text(rows.map((r) => r.unit)),
      value: num(rows.map((r) => r.value)),
      previous: num(rows.map((r) => r.previous)),
      change: num(rows.map((r) => r.change)),
      target: num(rows.map((r) => r.target)),
    };
    for (const dim of by) columns[dim] = text(rows.map((r) => r.dims[dim] ?? null));
    return new Table(columns);
  };
  return { rows, by, toArrow, toIPC: () => tableToIPC(toArrow(), "stream") };
}
