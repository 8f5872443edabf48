import { computeIndicators, type IndicatorQuery } from "../../../src/lib/indicators/index.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { asOf } from "./fixture.ts";

/** The unsplit value of one indicator per period: `{ "2019": 2, "2020": 0 }`. */
export async function valuesByPeriod(
  store: Store,
  indicator: string,
  periods: string[],
  query: Omit<IndicatorQuery, "indicators" | "periods"> = {},
): Promise<Record<string, number | null>> {
  const result = await computeIndicators(store, { asOf, ...query, indicators: [indicator], periods });
  return Object.fromEntries(result.rows.map((r) => [r.period, r.value]));
}

/** The value of one indicator per split value for one period: `{ LA: 2, KR: 0 }` (null key as "null"). */
export async function valuesBy(
  store: Store,
  indicator: string,
  period: string,
  dim: string,
  query: Omit<IndicatorQuery, "indicators" | "periods" | "by"> = {},
): Promise<Record<string, number | null>> {
  const result = await computeIndicators(store, {
    asOf,
    ...query,
    indicators: [indicator],
    periods: [period],
    by: [dim],
  });
  return Object.fromEntries(result.rows.map((r) => [String(r.dims[dim]), r.value]));
}
