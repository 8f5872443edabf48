import type { FittedModel } from "./FittedModel.ts";
import { normalQuantile } from "./quantiles.ts";
import type { SeriesPoint } from "./timeSeries.ts";

/** The parameter grid searched by {@link fitHoltDamped}, in the order tried. */
export const holtGrid = {
  phi: [0.98, 0.95, 0.9, 0.85, 0.8],
  alpha: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  beta: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
} as const;

/** Σ_{j=1}^{h} φ^j for real h ≥ 0: the damped trend multiplier over h years. */
export function dampedSum(phi: number, h: number): number {
  return phi === 1 ? h : (phi * (1 - phi ** h)) / (1 - phi);
}

/** The state after filtering a series with fixed parameters. */
export interface HoltRun {
  /** Final level ℓₙ. */
  level: number;
  /** Final trend bₙ, per year. */
  trend: number;
  /** Sum of squared one-step errors. */
  sse: number;
  /** Number of one-step errors (n − 1). */
  residuals: number;
}

/** Runs the damped-trend recursions of {@link fitHoltDamped} with fixed α, β, φ (needs 2 points). */
export function holtFilter(
  series: readonly SeriesPoint[],
  alpha: number,
  beta: number,
  phi: number,
): HoltRun {
  let level = series[0]!.value;
  let trend = (series[1]!.value - series[0]!.value) / (series[1]!.t - series[0]!.t);
  let sse = 0;
  for (let i = 1; i < series.length; i++) {
    const gap = series[i]!.t - series[i - 1]!.t;
    const predicted = level + dampedSum(phi, gap) * trend;
    const error = series[i]!.value - predicted;
    sse += error * error;
    const nextLevel = predicted + alpha * error;
    trend = (beta * (nextLevel - level)) / gap + (1 - beta) * phi ** gap * trend;
    level = nextLevel;
  }
  return { level, trend, sse, residuals: series.length - 1 };
}

/**
 * Holt's linear method with a damped trend (Gardner & McKenzie), extended to
 * irregular time steps. With a gap of Δ years between observations and
 * D(Δ) = φ + φ² + … + φ^Δ = φ(1 − φ^Δ)/(1 − φ):
 *
 * - one-step forecast ŷᵢ = ℓᵢ₋₁ + D(Δ)·bᵢ₋₁, error eᵢ = yᵢ − ŷᵢ
 * - level ℓᵢ = ŷᵢ + α·eᵢ (= α·yᵢ + (1 − α)·ŷᵢ)
 * - trend bᵢ = β·(ℓᵢ − ℓᵢ₋₁)/Δ + (1 − β)·φ^Δ·bᵢ₋₁ (per year)
 * - forecast h years after the last point: ℓₙ + D(h)·bₙ
 *
 * With yearly data (Δ = 1) these are the textbook equations. Start: ℓ₀ = y₀,
 * b₀ = slope of the first two points. α, β, φ minimise the sum of squared
 * one-step errors over the grid {@link holtGrid} (φ from 0.98 down, then α, β
 * ascending; a later cell replaces the best only if its SSE is smaller by more
 * than 1e-9 relative, so ties keep the least damping and smallest α, β).
 *
 * Interval: σ² = SSE / (n − 1) from the in-sample one-step errors, and at
 * h years ahead (k = ⌈h⌉ steps) σₕ² = σ²·(1 + Σ_{j=1}^{k−1} (α(1 + β·D(j)))²), the
 * ETS(A,Ad,N) variance; it never narrows as h grows. Needs 3 points.
 */
export function fitHoltDamped(series: readonly SeriesPoint[]): FittedModel {
  const n = series.length;
  if (n < 3) throw new Error("holt: needs at least 3 points");
  let best: (HoltRun & { alpha: number; beta: number; phi: number }) | undefined;
  for (const phi of holtGrid.phi) {
    for (const alpha of holtGrid.alpha) {
      for (const beta of holtGrid.beta) {
        const r = holtFilter(series, alpha, beta, phi);
        if (best === undefined || r.sse < best.sse - 1e-9 * Math.max(1, best.sse)) {
          best = { ...r, alpha, beta, phi };
        }
      }
    }
  }
  const { level, trend, sse, residuals, alpha, beta, phi } = best!;
  const sigma = Math.sqrt(sse / residuals);
  const lastT = series[n - 1]!.t;
  return {
    method: "holt",
    params: { alpha, beta, phi, level, trend },
    sigma,
    lastT,
    predict(t, level_) {
      const h = Math.max(0, t - lastT);
      const value = level + dampedSum(phi, h) * trend;
      const steps = Math.max(1, Math.ceil(h - 1e-9));
      let factor = 1;
      for (let j = 1; j < steps; j++) factor += (alpha * (1 + beta * dampedSum(phi, j))) ** 2;
      const half = normalQuantile((1 + level_) / 2) * sigma * Math.sqrt(factor);
      return { t, value, lower: value - half, upper: value + half };
    },
  };
}
