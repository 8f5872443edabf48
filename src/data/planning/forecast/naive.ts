import type { FittedModel } from "./FittedModel.ts";
import { normalQuantile } from "./quantiles.ts";
import type { SeriesPoint } from "./timeSeries.ts";

/**
 * The naive method: the forecast is the last value. The interval is that of a
 * random walk in continuous time: with σ² = Σ (y_i − y_{i−1})² / (t_i − t_{i−1})
 * / (n − 1) (variance per year, so irregular gaps count by their length), the
 * interval at h years ahead is ŷ ± z·σ·√h. Needs 1 point; the interval needs 2.
 */
export function fitNaive(series: readonly SeriesPoint[]): FittedModel {
  const n = series.length;
  if (n < 1) throw new Error("naive: the series is empty");
  const last = series[n - 1]!;
  let sigma: number | null = null;
  if (n >= 2) {
    let sum = 0;
    for (let i = 1; i < n; i++) {
      const dy = series[i]!.value - series[i - 1]!.value;
      sum += (dy * dy) / (series[i]!.t - series[i - 1]!.t);
    }
    sigma = Math.sqrt(sum / (n - 1));
  }
  return {
    method: "naive",
    params: { last: last.value },
    sigma,
    lastT: last.t,
    predict(t, level) {
      const h = Math.max(0, t - last.t);
      if (sigma === null) return { t, value: last.value, lower: null, upper: null };
      const half = normalQuantile((1 + level) / 2) * sigma * Math.sqrt(h);
      return { t, value: last.value, lower: last.value - half, upper: last.value + half };
    },
  };
}
