// Forecasting: pure functions, browser-safe (no DuckDB, no node:* imports).
export { toSeries, yearFraction, periodTime } from "./timeSeries.ts";
export type { SeriesPoint, SeriesInput } from "./timeSeries.ts";
export { forecastMethods, minPoints } from "./FittedModel.ts";
export type { ForecastMethod, ForecastPoint, FittedModel } from "./FittedModel.ts";
export { fitNaive } from "./naive.ts";
export { fitLinearTrend } from "./linearTrend.ts";
export { fitHoltDamped, holtFilter, holtGrid, dampedSum } from "./holtDamped.ts";
export type { HoltRun } from "./holtDamped.ts";
export { fitMethod } from "./fitMethod.ts";
export { forecast } from "./forecast.ts";
export type { ForecastOptions, ForecastResult } from "./forecast.ts";
export { backtest } from "./backtest.ts";
export type { BacktestOptions, BacktestForecast, MethodBacktest } from "./backtest.ts";
export { chooseMethod } from "./chooseMethod.ts";
export type { MethodChoice } from "./chooseMethod.ts";
export { normalQuantile, studentTQuantile, studentTCdf } from "./quantiles.ts";
export { fdiStock, fdiBacktestTables } from "./fdiBacktest.ts";
