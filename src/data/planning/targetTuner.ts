// The arithmetic of the strategy page's target tuner: a target's path, its feasibility
// under the forecast and the budget its delegations need, for a chosen end value or
// ambition. Pure functions with no dependency (no zod, no DuckDB): the page imports them
// through `doingoai/data/planning`, so the browser computes what the library computes.
import { budgetNeed, type DelegationDemand, type UnitCost } from "./budgetNeed.ts";
import {
  feasibility,
  predictiveDistribution,
  predictiveInterval,
  type Feasibility,
  type PredictiveDistribution,
} from "./forecast/feasibility.ts";
import type { ForecastMethod } from "./forecast/FittedModel.ts";
import { forecast } from "./forecast/forecast.ts";
import { pathValue, planYears } from "./progress.ts";
import type { Target } from "./strategy.ts";

/** How ambitious an end value is: the forecast's 80 % bound against the target's direction (low), its point (base), the bound in its direction (high). */
export type TunerAmbition = "low" | "base" | "high";

/** What the tuner knows of a target: the target itself, its plan period, its history and the unit costs. */
export interface TunerInput {
  target: Pick<Target, "indicator" | "direction" | "baseline">;
  planPeriod: string;
  /** Actual values by year (the indicator with the target's split). */
  history: readonly { t: number; value: number }[];
  /** Past cost per delegation (the library's `unitCosts`), for delegation targets. */
  unitCosts: readonly UnitCost[];
}

/** The tuned target: its path, its feasibility and its budget need. */
export interface TunedTarget {
  end: number;
  path: "linear" | "compound";
  /** The path value of every year of the plan. */
  yearly: { year: number; value: number }[];
  /** The method the forecast chose (null: too little history). */
  method: ForecastMethod | null;
  distribution: PredictiveDistribution | null;
  /** The chance of reaching `end` in the plan's last year (null: no forecast). */
  feasibility: Feasibility | null;
  /** Delegations a year at the path (rounded) and what they cost; null when the target is not a count of delegations. */
  budget: { year: number; count: number; needVnd: number }[] | null;
  /** The budget need over the plan's years after the last actual. */
  budgetTotalVnd: number | null;
}

/** The delegations a target on `indicator` counts, as a budget demand (null: not a delegation count). */
export function delegationDemand(indicator: string): Omit<DelegationDemand, "count"> | null {
  if (indicator === "delegations.inbound") return { direction: "inbound" };
  if (indicator === "delegations.outbound") return { direction: "outbound" };
  if (indicator === "investment.promotion_trips")
    return { direction: "outbound", purpose: "investment_promotion" };
  return null;
}

/** The forecast's method and predictive distribution at the plan's last year (null when the history is empty). */
export function endDistribution(
  input: TunerInput,
): { method: ForecastMethod; distribution: PredictiveDistribution | null } | null {
  const history = [...input.history].sort((a, b) => a.t - b.t);
  if (history.length === 0) return null;
  const { last } = planYears(input.planPeriod);
  let method: ForecastMethod;
  try {
    method = forecast(history, { at: [last], level: 0.8 }).method;
  } catch {
    return null;
  }
  return { method, distribution: predictiveDistribution(history, method, last) };
}

/**
 * The end value an ambition asks for: base = the forecast's point for the plan's last
 * year; high = the bound of its 80 % interval in the target's good direction (upper for
 * "up", lower for "down"); low = the other bound. Rounded to whole numbers for counts
 * and days, to 0,1 percentage point for percent. Null without a forecast.
 */
export function ambitionEnd(input: TunerInput, ambition: TunerAmbition, unit = "count"): number | null {
  const d = endDistribution(input)?.distribution;
  if (d === null || d === undefined) return null;
  const { lower, upper } = predictiveInterval(d, 0.8);
  const up = input.target.direction === "up";
  const raw = ambition === "base" ? d.mean : (ambition === "high") === up ? upper : lower;
  const clamped =
    unit === "percent" ? Math.min(1, Math.max(0, raw)) : unit === "days" ? raw : Math.max(0, raw);
  return unit === "percent" ? Math.round(clamped * 1000) / 1000 : Math.round(clamped);
}

/**
 * Tunes a target to `end` (path linear by default): the path of every plan year
 * (progress's `pathValue`), the probability of reaching `end` under the forecast
 * (forecast's `feasibility`) and, for a count of delegations, the budget need of each
 * plan year after the last actual: the path rounded to whole delegations, priced at
 * the median past cost (`budgetNeed`).
 */
export function tuneTarget(
  input: TunerInput,
  end: number,
  path: "linear" | "compound" = "linear",
): TunedTarget {
  const { first, last } = planYears(input.planPeriod);
  const target = { ...input.target, end, path } as Target;
  const yearly: TunedTarget["yearly"] = [];
  for (let y = Math.max(first, Number(target.baseline.period)); y <= last; y++) {
    const v = pathValue(target, y, input.planPeriod);
    if (v !== null) yearly.push({ year: y, value: v });
  }
  const fc = endDistribution(input);
  const lastActual = input.history.reduce((m, p) => Math.max(m, p.t), -Infinity);
  const demand = delegationDemand(input.target.indicator);
  const budget =
    demand === null
      ? null
      : yearly
          .filter((p) => p.year > lastActual)
          .map((p) => {
            const count = Math.max(0, Math.round(p.value));
            return {
              year: p.year,
              count,
              needVnd: budgetNeed(input.unitCosts, [{ ...demand, count }]).totalVnd,
            };
          });
  return {
    end,
    path,
    yearly,
    method: fc?.method ?? null,
    distribution: fc?.distribution ?? null,
    feasibility: fc?.distribution ? feasibility(fc.distribution, end, input.target.direction) : null,
    budget,
    budgetTotalVnd: budget === null ? null : budget.reduce((s, b) => s + b.needVnd, 0),
  };
}
