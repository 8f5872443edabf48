import { meanOrNull, naiveScale, scoreForecast, type BacktestForecast } from "./backtest.ts";
import { chooseMethod } from "./chooseMethod.ts";
import type { ForecastMethod } from "./FittedModel.ts";
import { fitMethod } from "./fitMethod.ts";
import { toSeries, type SeriesInput } from "./timeSeries.ts";

/** The backtest of "choose by backtest, then forecast": the method picked at each origin and its errors. */
export interface SelectionBacktest {
  forecasts: (BacktestForecast & { method: ForecastMethod })[];
  mape: number | null;
  mase: number | null;
}

/**
 * The honest error of the automatic choice: at each origin k = minTrain, …,
 * n − 1, {@link chooseMethod} sees only the first k points (its own inner
 * rolling-origin backtest), and the method it picks forecasts the next
 * observation. The errors are scored as in {@link backtest} (MAPE, MASE with
 * the naive error per year of that training window). Comparing this MASE
 * with the naive method's says whether choosing by backtest pays on the
 * series, without the hindsight of choosing on the whole series.
 */
export function selectionBacktest(
  input: SeriesInput,
  options: { minTrain?: number } = {},
): SelectionBacktest {
  const series = toSeries(input);
  const minTrain = options.minTrain ?? 3;
  const forecasts: SelectionBacktest["forecasts"] = [];
  for (let k = minTrain; k < series.length; k++) {
    const train = series.slice(0, k);
    const method = chooseMethod(train, { minTrain }).method;
    const p = series[k]!;
    const predicted = fitMethod(method, train).predict(p.t, 0.8).value;
    forecasts.push({ ...scoreForecast(train, p, predicted, naiveScale(train)), method });
  }
  return {
    forecasts,
    mape: meanOrNull(forecasts.map((f) => f.ape)),
    mase: meanOrNull(forecasts.map((f) => f.scaledError)),
  };
}
