/** The forecasting methods doingoai offers, simplest first (the order breaks ties in {@link chooseMethod}). */
export const forecastMethods = ["naive", "linear", "compound", "holt", "combo"] as const;
/**
 * A forecasting method: naive (last value), linear trend, compound growth
 * (log-linear trend), Holt's damped trend, or the equal-weight combination
 * of the others.
 */
export type ForecastMethod = (typeof forecastMethods)[number];

/** Bilingual names of the methods, for tables and reasoning a person reads. */
export const forecastMethodLabels: Record<ForecastMethod, { vi: string; en: string }> = {
  naive: { vi: "giữ nguyên giá trị cuối", en: "naive (last value)" },
  linear: { vi: "xu hướng tuyến tính", en: "linear trend" },
  compound: { vi: "tăng trưởng kép (log-tuyến tính)", en: "compound growth (log-linear)" },
  holt: { vi: "Holt, xu hướng tắt dần", en: "Holt damped trend" },
  combo: { vi: "kết hợp đều các phương pháp", en: "equal-weight combination" },
};

/** One forecast value with its prediction interval (null bounds when the data are too few to estimate the spread). */
export interface ForecastPoint {
  /** Time in years. */
  t: number;
  value: number;
  lower: number | null;
  upper: number | null;
}

/** A method fitted to a series: its parameters and a predictor for any later time. */
export interface FittedModel {
  method: ForecastMethod;
  /** Estimated parameters (e.g. intercept and slope; α, β, φ). */
  params: Record<string, number>;
  /** Residual standard error used for the intervals, null when it cannot be estimated. */
  sigma: number | null;
  /** Time of the last observation. */
  lastT: number;
  /** The forecast at time `t` (after the last observation) with a central interval of coverage `level` (0–1). */
  predict(t: number, level: number): ForecastPoint;
}

/** Minimum number of points each method needs to be fitted. */
export const minPoints: Record<ForecastMethod, number> = {
  naive: 1,
  linear: 2,
  compound: 2,
  holt: 3,
  combo: 2,
};

/**
 * Whether a method can be fitted to a series: enough points, and for the
 * compound-growth trend only positive values (it works on their logarithm).
 */
export function methodApplies(method: ForecastMethod, values: readonly { value: number }[]): boolean {
  if (values.length < minPoints[method]) return false;
  if (method === "compound") return values.every((p) => p.value > 0);
  return true;
}
