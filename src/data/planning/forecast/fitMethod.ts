import { fitCombination } from "./combination.ts";
import { fitCompoundTrend } from "./compoundTrend.ts";
import type { FittedModel, ForecastMethod } from "./FittedModel.ts";
import { fitHoltDamped } from "./holtDamped.ts";
import { fitLinearTrend } from "./linearTrend.ts";
import { fitNaive } from "./naive.ts";
import type { SeriesPoint } from "./timeSeries.ts";

/** Fits one method to a sorted series (see {@link toSeries}). */
export function fitMethod(method: ForecastMethod, series: readonly SeriesPoint[]): FittedModel {
  switch (method) {
    case "naive":
      return fitNaive(series);
    case "linear":
      return fitLinearTrend(series);
    case "compound":
      return fitCompoundTrend(series);
    case "holt":
      return fitHoltDamped(series);
    case "combo":
      return fitCombination(series);
  }
}
