/** The forecasting methods doingoai offers, simplest first (the order breaks ties in {@link chooseMethod}). */
export const forecastMethods = ["naive", "linear", "holt"] as const;
/** A forecasting method: naive (last value), linear trend or Holt's damped trend. */
export type ForecastMethod = (typeof forecastMethods)[number];

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
export const minPoints: Record<ForecastMethod, number> = { naive: 1, linear: 2, holt: 3 };
