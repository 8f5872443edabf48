// Forecasting: pure functions, browser-safe (no DuckDB, no node:* imports).
export { toSeries, yearFraction, periodTime } from "./timeSeries.ts";
export type { SeriesPoint, SeriesInput } from "./timeSeries.ts";
export { forecastMethods, forecastMethodLabels, minPoints, methodApplies } from "./FittedModel.ts";
export type { ForecastMethod, ForecastPoint, FittedModel } from "./FittedModel.ts";
export { fitNaive } from "./naive.ts";
export { fitLinearTrend } from "./linearTrend.ts";
export { fitCompoundTrend } from "./compoundTrend.ts";
export { fitCombination, comboMembers } from "./combination.ts";
export { fitHoltDamped, holtFilter, holtGrid, dampedSum } from "./holtDamped.ts";
export type { HoltRun } from "./holtDamped.ts";
export { fitMethod } from "./fitMethod.ts";
export { forecast } from "./forecast.ts";
export type { ForecastOptions, ForecastResult } from "./forecast.ts";
export { backtest, naiveScale, scoreForecast, meanOrNull } from "./backtest.ts";
export { selectionBacktest } from "./selectionBacktest.ts";
export type { SelectionBacktest } from "./selectionBacktest.ts";
export {
  predictiveDistribution,
  predictiveCdf,
  predictiveInterval,
  feasibility,
  feasibilityFlags,
  feasibilityFlagLabels,
  feasibilityThresholds,
} from "./feasibility.ts";
export type { PredictiveDistribution, Feasibility, FeasibilityFlag } from "./feasibility.ts";
export type { BacktestOptions, BacktestForecast, MethodBacktest } from "./backtest.ts";
export { chooseMethod } from "./chooseMethod.ts";
export type { MethodChoice } from "./chooseMethod.ts";
export { normalQuantile, normalCdf, studentTQuantile, studentTCdf } from "./quantiles.ts";
export { fdiStock, fdiBacktestTables } from "./fdiBacktest.ts";
