import type { FittedModel, ForecastMethod } from "./FittedModel.ts";
import { methodApplies } from "./FittedModel.ts";
import { fitCompoundTrend } from "./compoundTrend.ts";
import { fitHoltDamped } from "./holtDamped.ts";
import { fitLinearTrend } from "./linearTrend.ts";
import { fitNaive } from "./naive.ts";
import type { SeriesPoint } from "./timeSeries.ts";

/** The methods the combination averages, each used when it applies to the series. */
export const comboMembers = [
  "naive",
  "linear",
  "compound",
  "holt",
] as const satisfies readonly ForecastMethod[];

/**
 * The equal-weight combination of naive, linear trend, compound growth and
 * Holt's damped trend (each only when it applies: compound needs positive
 * values, Holt 3 points). The M-competitions found simple averages of methods
 * hard to beat (Makridakis & Hibon 2000; M4, 2020). The forecast is the mean
 * of the members' forecasts; the interval bounds are the means of the
 * members' bounds (members without an interval left out; none: no interval) —
 * an approximation, since the members' errors are correlated. Params record
 * which members were used (1 = used). Needs 2 points.
 */
export function fitCombination(series: readonly SeriesPoint[]): FittedModel {
  if (series.length < 2) throw new Error("combo: needs at least 2 points");
  const members = comboMembers.filter((m) => methodApplies(m, series));
  const fits = members.map((m) =>
    m === "naive"
      ? fitNaive(series)
      : m === "linear"
        ? fitLinearTrend(series)
        : m === "compound"
          ? fitCompoundTrend(series)
          : fitHoltDamped(series),
  );
  const sigmas = fits.map((f) => f.sigma).filter((s): s is number => s !== null);
  return {
    method: "combo",
    params: Object.fromEntries(comboMembers.map((m) => [m, members.includes(m) ? 1 : 0])),
    sigma: sigmas.length === 0 ? null : sigmas.reduce((a, b) => a + b, 0) / sigmas.length,
    lastT: series[series.length - 1]!.t,
    predict(t, level) {
      const points = fits.map((f) => f.predict(t, level));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const withInterval = points.filter((p) => p.lower !== null && p.upper !== null);
      return {
        t,
        value: mean(points.map((p) => p.value)),
        lower: withInterval.length === 0 ? null : mean(withInterval.map((p) => p.lower!)),
        upper: withInterval.length === 0 ? null : mean(withInterval.map((p) => p.upper!)),
      };
    },
  };
}
