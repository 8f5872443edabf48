import { fitMethod } from "./fitMethod.ts";
import { forecastMethods, methodApplies, minPoints, type ForecastMethod } from "./FittedModel.ts";
import { toSeries, type SeriesInput, type SeriesPoint } from "./timeSeries.ts";

/** Options of a rolling-origin backtest: first training window, horizon and methods. */
export interface BacktestOptions {
  /** Points in the first training window; default 3 (Holt needs 3). */
  minTrain?: number;
  /** How many following observations each origin forecasts; default 1. */
  horizon?: number;
  /** Methods to test; default all of {@link forecastMethods}. */
  methods?: readonly ForecastMethod[];
}

/** One forecast made in the backtest. */
export interface BacktestForecast {
  /** Time of the last training point. */
  originT: number;
  t: number;
  /** Years from the origin to the forecast time (1 for yearly data; 2 across a missing year). */
  years: number;
  actual: number;
  predicted: number;
  /** |actual − predicted| / |actual| × 100; null when actual is 0. */
  ape: number | null;
  /**
   * |actual − predicted| / (Q·years), Q the naive method's in-sample error per
   * year (mean of |yᵢ − yᵢ₋₁| / (tᵢ − tᵢ₋₁) over the training points); null when Q = 0.
   */
  scaledError: number | null;
}

/** The backtest of one method: its forecasts at each origin and their errors (MAPE, MASE). */
export interface MethodBacktest {
  method: ForecastMethod;
  forecasts: BacktestForecast[];
  /** Mean of the APEs, in percent; null when there is no forecast or an actual is 0. */
  mape: number | null;
  /** Mean of the scaled errors; null when there is no forecast or a training window is flat (Q = 0). */
  mase: number | null;
}

/**
 * The naive method's in-sample error per year over a training window: the
 * mean of |yᵢ − yᵢ₋₁| / (tᵢ − tᵢ₋₁). A change across a missing year (a gap of
 * 2) counts as half its size per year; 0 for fewer than 2 points.
 */
export function naiveScale(train: readonly SeriesPoint[]): number {
  let q = 0;
  for (let i = 1; i < train.length; i++) {
    q += Math.abs(train[i]!.value - train[i - 1]!.value) / (train[i]!.t - train[i - 1]!.t);
  }
  return train.length >= 2 ? q / (train.length - 1) : 0;
}

/** One backtest forecast of `p` from a training window, with its errors. */
export function scoreForecast(
  train: readonly SeriesPoint[],
  p: SeriesPoint,
  predicted: number,
  q: number = naiveScale(train),
): BacktestForecast {
  const originT = train[train.length - 1]!.t;
  const years = p.t - originT;
  const error = Math.abs(p.value - predicted);
  return {
    originT,
    t: p.t,
    years,
    actual: p.value,
    predicted,
    ape: p.value === 0 ? null : (100 * error) / Math.abs(p.value),
    scaledError: q === 0 ? null : error / (q * years),
  };
}

/**
 * Rolling-origin backtest (time-series cross-validation). For each origin
 * k = minTrain, …, n − 1 the method is fitted to the first k points and
 * forecasts the next `horizon` observations at their own times (so irregular
 * gaps are honoured). Errors:
 *
 * - MAPE = mean of 100·|yⱼ − ŷⱼ| / |yⱼ|
 * - MASE = mean of |yⱼ − ŷⱼ| / (Q_k·Δⱼ), where Q_k = mean of |yᵢ − yᵢ₋₁| / (tᵢ − tᵢ₋₁)
 *   over the k training points of that origin (the naive method's in-sample
 *   error per year, Hyndman & Koehler 2006 extended to irregular times) and
 *   Δⱼ the years from the origin to the forecast. With yearly data Δ = 1 and
 *   this is the textbook MASE; a forecast across a missing year (Δ = 2) or to
 *   a figure published 9 months later (Δ = 0,75) is scaled by its own length.
 *   MASE < 1 beats the naive method's typical in-sample step.
 *
 * A method is tried only at origins where it has enough points (naive 1,
 * linear and compound 2, Holt 3), and compound only on positive series.
 */
export function backtest(input: SeriesInput, options: BacktestOptions = {}): MethodBacktest[] {
  const series = toSeries(input);
  const minTrain = options.minTrain ?? 3;
  const horizon = options.horizon ?? 1;
  if (!(Number.isInteger(minTrain) && minTrain >= 1)) throw new Error(`invalid minTrain: ${minTrain}`);
  if (!(Number.isInteger(horizon) && horizon >= 1)) throw new Error(`invalid horizon: ${horizon}`);
  const methods = options.methods ?? forecastMethods;
  return methods.map((method) => {
    const forecasts: BacktestForecast[] = [];
    const applies = methodApplies(method, series);
    for (let k = Math.max(minTrain, minPoints[method]); applies && k < series.length; k++) {
      const train = series.slice(0, k);
      const model = fitMethod(method, train);
      const q = naiveScale(train);
      for (const p of series.slice(k, k + horizon)) {
        forecasts.push(scoreForecast(train, p, model.predict(p.t, 0.8).value, q));
      }
    }
    return {
      method,
      forecasts,
      mape: meanOrNull(forecasts.map((f) => f.ape)),
      mase: meanOrNull(forecasts.map((f) => f.scaledError)),
    };
  });
}

/** Mean of the values; null when there is none or one is null. */
export function meanOrNull(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((s, v) => s + v, 0) / values.length;
}
