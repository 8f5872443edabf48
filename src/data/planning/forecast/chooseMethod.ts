import { backtest, type BacktestOptions, type MethodBacktest } from "./backtest.ts";
import { forecastMethods, type ForecastMethod } from "./FittedModel.ts";
import type { SeriesInput } from "./timeSeries.ts";

/** The method chosen for a series by backtest, why, and every method's backtest. */
export interface MethodChoice {
  method: ForecastMethod;
  /** Why, in words (English), e.g. "lowest MASE (0,82)". */
  reason: string;
  backtests: MethodBacktest[];
}

const tolerance = 1e-9;

function compareNullable(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : a - b;
}

/**
 * Picks the method with the lowest backtest MASE. Tie-break, in order: MASE
 * equal within 1e-9 (relative) → lower MAPE → the simpler method (naive,
 * linear, compound, Holt, combination). A method with no MASE (too few points, or a flat training
 * window) ranks after every method that has one. When no method could be
 * backtested (too short a series) the choice is naive.
 */
export function chooseMethod(input: SeriesInput, options: BacktestOptions = {}): MethodChoice {
  const backtests = backtest(input, options);
  const tested = backtests.filter((b) => b.forecasts.length > 0);
  if (tested.length === 0) return { method: "naive", reason: "too few points to backtest", backtests };
  const ranked = [...tested].sort(
    (a, b) =>
      compareNullable(a.mase, b.mase) ||
      compareNullable(a.mape, b.mape) ||
      forecastMethods.indexOf(a.method) - forecastMethods.indexOf(b.method),
  );
  const best = ranked[0]!;
  const reason =
    best.mase !== null
      ? `lowest backtest MASE (${best.mase.toFixed(3)})`
      : best.mape !== null
        ? `no MASE; lowest backtest MAPE (${best.mape.toFixed(1)}%)`
        : "no backtest error could be computed; simplest method";
  return { method: best.method, reason, backtests };
}
