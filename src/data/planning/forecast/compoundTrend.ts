import type { FittedModel } from "./FittedModel.ts";
import { fitLinearTrend } from "./linearTrend.ts";
import type { SeriesPoint } from "./timeSeries.ts";

/**
 * Compound growth: a linear trend on the logarithm, ln y = a + b·t, so the
 * series grows by a constant rate g = e^b − 1 a year. The forecast is e^(a + b·t)
 * (the median on the original scale; no bias correction), and the interval is
 * the linear trend's Student-t interval on the log scale taken back with e^x,
 * so it is asymmetric and never below 0. Needs 2 positive points; the interval
 * needs 3.
 */
export function fitCompoundTrend(series: readonly SeriesPoint[]): FittedModel {
  if (series.length < 2) throw new Error("compound: needs at least 2 points");
  if (series.some((p) => !(p.value > 0))) throw new Error("compound: needs positive values");
  const log = fitLinearTrend(series.map((p) => ({ t: p.t, value: Math.log(p.value) })));
  const slope = log.params["slope"]!;
  return {
    method: "compound",
    params: { intercept: log.params["intercept"]!, slope, growth: Math.expm1(slope) },
    sigma: log.sigma,
    lastT: log.lastT,
    predict(t, level) {
      const p = log.predict(t, level);
      return {
        t,
        value: Math.exp(p.value),
        lower: p.lower === null ? null : Math.exp(p.lower),
        upper: p.upper === null ? null : Math.exp(p.upper),
      };
    },
  };
}
