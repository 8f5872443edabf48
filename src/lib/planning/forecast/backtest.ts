import { fitMethod } from "./fitMethod.ts";
import { forecastMethods, minPoints, type ForecastMethod } from "./FittedModel.ts";
import { toSeries, type SeriesInput } from "./timeSeries.ts";

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
  actual: number;
  predicted: number;
  /** |actual − predicted| / |actual| × 100; null when actual is 0. */
  ape: number | null;
  /** |actual − predicted| / Q, Q the mean absolute change between consecutive training points; null when Q = 0. */
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
 * Rolling-origin backtest (time-series cross-validation). For each origin
 * k = minTrain, …, n − 1 the method is fitted to the first k points and
 * forecasts the next `horizon` observations at their own times (so irregular
 * gaps are honoured). Errors:
 *
 * - MAPE = mean of 100·|yⱼ − ŷⱼ| / |yⱼ|
 * - MASE = mean of |yⱼ − ŷⱼ| / Q_k, where Q_k = mean of |yᵢ − yᵢ₋₁| over the
 *   k training points of that origin (Hyndman & Koehler 2006: the in-sample
 *   error of the naive one-step forecast). MASE < 1 beats the naive method's
 *   typical in-sample step.
 *
 * A method is tried only at origins where it has enough points (naive 1,
 * linear 2, Holt 3).
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
    for (let k = Math.max(minTrain, minPoints[method]); k < series.length; k++) {
      const train = series.slice(0, k);
      const model = fitMethod(method, train);
      let q = 0;
      for (let i = 1; i < k; i++) q += Math.abs(train[i]!.value - train[i - 1]!.value);
      q = k >= 2 ? q / (k - 1) : 0;
      for (const p of series.slice(k, k + horizon)) {
        const predicted = model.predict(p.t, 0.8).value;
        const error = Math.abs(p.value - predicted);
        forecasts.push({
          originT: train[k - 1]!.t,
          t: p.t,
          actual: p.value,
          predicted,
          ape: p.value === 0 ? null : (100 * error) / Math.abs(p.value),
          scaledError: q === 0 ? null : error / q,
        });
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

function meanOrNull(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((s, v) => s + v, 0) / values.length;
}
