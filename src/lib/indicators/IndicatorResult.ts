import type * as ArrowModule from "apache-arrow";
import type { Table } from "apache-arrow";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { IndicatorUnit } from "./IndicatorDef.ts";

type Arrow = typeof ArrowModule;
let arrow: Arrow | undefined;

/**
 * Loads Apache Arrow once. It is imported on demand, not at the top, because
 * it is more than half of the modules the library loads (588 of 1.058 for
 * `doingoai indicators`): a caller that reads only `rows` (the CLI) starts
 * without it. {@link computeIndicators} awaits it unless told `arrow: false`.
 */
export async function loadArrow(): Promise<Arrow> {
  arrow ??= await import("apache-arrow");
  return arrow;
}

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
    if (arrow === undefined) {
      throw new DoingoaiError(
        {
          vi: "toArrow()/toIPC(): kết quả được tính với arrow: false, nên Apache Arrow chưa được nạp.",
          en: "toArrow()/toIPC(): the result was computed with arrow: false, so Apache Arrow was not loaded.",
        },
        { exitCode: exitCodes.usage },
      );
    }
    const { Float64, Table, Utf8, vectorFromArray } = arrow;
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
  return { rows, by, toArrow, toIPC: () => arrow!.tableToIPC(toArrow(), "stream") };
}
