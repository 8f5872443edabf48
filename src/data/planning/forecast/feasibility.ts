import { backtest } from "./backtest.ts";
import { fitMethod } from "./fitMethod.ts";
import type { ForecastMethod } from "./FittedModel.ts";
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from "./quantiles.ts";
import { toSeries, type SeriesInput } from "./timeSeries.ts";

/**
 * The distribution of a future value: location `mean` (the point forecast),
 * `scale` and, from backtest errors, Student t with `df` degrees of freedom
 * (null: normal).
 */
export interface PredictiveDistribution {
  mean: number;
  scale: number;
  df: number | null;
  /** "backtest": the scale is the root mean square of the backtest errors; "model": the method's own interval (too few errors). */
  source: "backtest" | "model";
  /** Years from the last observation. */
  years: number;
}

/**
 * The predictive distribution of `method` at time `t` (after the last point).
 * From the rolling-origin backtest (minTrain 3, horizon 1) the method's signed
 * errors eⱼ = yⱼ − ŷⱼ over Δⱼ years give the error scale per year
 * s = √(Σ eⱼ²/Δⱼ / m), m the number of errors. At h years ahead the value is
 * ŷ(t) + s·√h·T, T Student t with m degrees of freedom: the errors of a
 * random walk grow with √h, and t with few errors widens the tails for the
 * uncertainty in s. With fewer than 2 backtest errors the method's own 80%
 * interval gives the scale (half-width / z₀,₉, normal). Null when neither
 * exists (a single point, or a flat history with no interval).
 */
export function predictiveDistribution(
  input: SeriesInput,
  method: ForecastMethod,
  t: number,
  options: { minTrain?: number } = {},
): PredictiveDistribution | null {
  const series = toSeries(input);
  if (series.length === 0) return null;
  const model = fitMethod(method, series);
  const lastT = series[series.length - 1]!.t;
  const years = Math.max(0, t - lastT);
  const point = model.predict(t, 0.8);
  const [bt] = backtest(series, { minTrain: options.minTrain ?? 3, horizon: 1, methods: [method] });
  const errors = bt!.forecasts;
  if (errors.length >= 2) {
    const perYear = errors.reduce((s, f) => s + (f.actual - f.predicted) ** 2 / f.years, 0) / errors.length;
    return {
      mean: point.value,
      scale: Math.sqrt(perYear * years),
      df: errors.length,
      source: "backtest",
      years,
    };
  }
  if (point.lower === null || point.upper === null) return null;
  return {
    mean: point.value,
    scale: (point.upper - point.lower) / 2 / normalQuantile(0.9),
    df: null,
    source: "model",
    years,
  };
}

/** P(X ≤ x) under a predictive distribution (a zero scale is a point mass at the mean). */
export function predictiveCdf(d: PredictiveDistribution, x: number): number {
  if (d.scale === 0) return x >= d.mean ? 1 : 0;
  const z = (x - d.mean) / d.scale;
  return d.df === null ? normalCdf(z) : studentTCdf(z, d.df);
}

/** The central interval of coverage `level` of a predictive distribution. */
export function predictiveInterval(d: PredictiveDistribution, level = 0.8): { lower: number; upper: number } {
  const p = (1 + level) / 2;
  const q = d.df === null ? normalQuantile(p) : studentTQuantile(p, d.df);
  return { lower: d.mean - q * d.scale, upper: d.mean + q * d.scale };
}

/** How ambitious a target is: stretch (below 20 % chance), realistic, or too easy (above 90 %). */
export const feasibilityFlags = ["stretch", "realistic", "too_easy"] as const;
/** One of {@link feasibilityFlags}. */
export type FeasibilityFlag = (typeof feasibilityFlags)[number];

/** Bilingual labels of the feasibility flags. */
export const feasibilityFlagLabels: Record<FeasibilityFlag, { vi: string; en: string }> = {
  stretch: { vi: "thách thức", en: "stretch" },
  realistic: { vi: "khả thi", en: "realistic" },
  too_easy: { vi: "quá dễ", en: "too easy" },
};

/** The thresholds of the flags: stretch below `stretch`, too easy above `tooEasy`. */
export const feasibilityThresholds = { stretch: 0.2, tooEasy: 0.9 } as const;

/** The chance of reaching a target, and its flag. */
export interface Feasibility {
  /** P(value ≥ target) for an "up" indicator, P(value ≤ target) for a "down" one. */
  probability: number;
  flag: FeasibilityFlag;
}

/**
 * The probability of reaching `target` under the predictive distribution:
 * P(X ≥ target) = 1 − F(target) for an "up" indicator, P(X ≤ target) = F(target)
 * for a "down" one. Flag: stretch when below 20 %, too easy when above 90 %,
 * else realistic.
 */
export function feasibility(
  d: PredictiveDistribution,
  target: number,
  direction: "up" | "down",
): Feasibility {
  const below = predictiveCdf(d, target);
  // reaching an up-target exactly counts as reaching it (a point mass at the target is certain)
  const probability = direction === "up" ? (d.scale === 0 ? (d.mean >= target ? 1 : 0) : 1 - below) : below;
  const flag: FeasibilityFlag =
    probability < feasibilityThresholds.stretch
      ? "stretch"
      : probability > feasibilityThresholds.tooEasy
        ? "too_easy"
        : "realistic";
  return { probability, flag };
}
