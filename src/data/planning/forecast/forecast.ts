import { chooseMethod, type MethodChoice } from "./chooseMethod.ts";
import { fitMethod } from "./fitMethod.ts";
import { minPoints, type ForecastMethod, type ForecastPoint } from "./FittedModel.ts";
import { toSeries, type SeriesInput } from "./timeSeries.ts";

/** Options of {@link forecast}: method (default "auto"), horizon and interval level. */
export interface ForecastOptions {
  /** A method, or "auto" to pick one by rolling-origin backtest ({@link chooseMethod}). Default "auto". */
  method?: ForecastMethod | "auto";
  /** Years (or steps, for plain values) after the last point; points at +1, +2, … and at +horizon. Default 1. */
  horizon?: number;
  /** Explicit times to forecast instead of `horizon`. */
  at?: readonly number[];
  /** Coverage of the prediction interval, 0–1; default 0.8. */
  level?: number;
  /** Backtest settings for method "auto"; default minTrain 3, horizon 1. */
  minTrain?: number;
}

/** A forecast: the method used, its parameters, the residual spread and the points with their prediction intervals. */
export interface ForecastResult {
  method: ForecastMethod;
  params: Record<string, number>;
  sigma: number | null;
  level: number;
  points: ForecastPoint[];
  /** Present when the method was chosen by backtest. */
  choice?: MethodChoice;
}

/**
 * Forecasts a series with a prediction interval. Plain values are read as
 * equally spaced (t = 0, 1, 2, …); points carry their own time in years (use
 * `yearFraction` for dates, `periodTime` for period ids).
 *
 * @example forecast([{t: 2021, value: 10}, {t: 2022, value: 12}], {method: "linear", horizon: 2})
 */
export function forecast(input: SeriesInput, options: ForecastOptions = {}): ForecastResult {
  const series = toSeries(input);
  const level = options.level ?? 0.8;
  if (!(level > 0 && level < 1)) throw new Error(`invalid level: ${level} (expected between 0 and 1)`);
  if (series.length === 0) throw new Error("cannot forecast an empty series");
  let method: ForecastMethod;
  let choice: MethodChoice | undefined;
  if (options.method === undefined || options.method === "auto") {
    choice = chooseMethod(series, { minTrain: options.minTrain ?? 3 });
    method = choice.method;
  } else {
    method = options.method;
  }
  if (series.length < minPoints[method]) {
    throw new Error(`${method}: needs at least ${minPoints[method]} points, got ${series.length}`);
  }
  const model = fitMethod(method, series);
  const lastT = series[series.length - 1]!.t;
  let times: number[];
  if (options.at !== undefined) {
    times = [...options.at];
  } else {
    const horizon = options.horizon ?? 1;
    if (!(horizon > 0)) throw new Error(`invalid horizon: ${horizon}`);
    times = [];
    for (let h = 1; h < horizon; h++) times.push(lastT + h);
    times.push(lastT + horizon);
  }
  const result: ForecastResult = {
    method,
    params: model.params,
    sigma: model.sigma,
    level,
    points: times.map((t) => model.predict(t, level)),
  };
  if (choice !== undefined) result.choice = choice;
  return result;
}
