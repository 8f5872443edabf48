import type { FittedModel } from "./FittedModel.ts";
import { studentTQuantile } from "./quantiles.ts";
import type { SeriesPoint } from "./timeSeries.ts";

/**
 * Linear trend by ordinary least squares, y = a + b·t. The prediction interval
 * at time t₀ is ŷ ± t_{n−2, (1+level)/2} · s · √(1 + 1/n + (t₀ − t̄)² / Sₜₜ), with
 * s = √(SSE / (n − 2)) the residual standard error: it widens as t₀ moves away
 * from the data. Needs 2 points; the interval needs 3.
 */
export function fitLinearTrend(series: readonly SeriesPoint[]): FittedModel {
  const n = series.length;
  if (n < 2) throw new Error("linear: needs at least 2 points");
  const tMean = series.reduce((s, p) => s + p.t, 0) / n;
  const yMean = series.reduce((s, p) => s + p.value, 0) / n;
  let stt = 0;
  let sty = 0;
  for (const p of series) {
    stt += (p.t - tMean) ** 2;
    sty += (p.t - tMean) * (p.value - yMean);
  }
  const slope = sty / stt;
  const intercept = yMean - slope * tMean;
  let sse = 0;
  for (const p of series) sse += (p.value - intercept - slope * p.t) ** 2;
  const sigma = n >= 3 ? Math.sqrt(sse / (n - 2)) : null;
  const lastT = series[n - 1]!.t;
  return {
    method: "linear",
    params: { intercept, slope },
    sigma,
    lastT,
    predict(t, level) {
      const value = intercept + slope * t;
      if (sigma === null) return { t, value, lower: null, upper: null };
      const half =
        studentTQuantile((1 + level) / 2, n - 2) * sigma * Math.sqrt(1 + 1 / n + (t - tMean) ** 2 / stt);
      return { t, value, lower: value - half, upper: value + half };
    },
  };
}
