import type { Store } from "../store/openStore.ts";
import {
  budgetGap,
  budgetNeed,
  type Allocation,
  type BudgetGap,
  type BudgetNeed,
  type CostStatistic,
  type UnitCost,
} from "../../data/planning/budgetNeed.ts";

/** Options of {@link unitCosts}: the years of history to average (default all). */
export interface UnitCostOptions {
  /** First and last year of history (by start_on), inclusive; default all years. */
  from?: number;
  to?: number;
  /**
   * Which delegations count: "province" (default) only those paid by the
   * provincial budget or with no funding recorded, since the plan prices
   * what the province pays; "all" every delegation with a cost.
   */
  funding?: "province" | "all";
}

/**
 * Unit costs per delegation from history (`v_delegations`, cost in VND at the
 * rate of the start date), by direction × level × purpose and the roll-ups
 * direction × level, direction × purpose and direction. Median and mean are
 * both returned; planning uses the median by default. Delegations without a
 * cost (or whose currency has no rate) are left out.
 */
export async function unitCosts(store: Store, options: UnitCostOptions = {}): Promise<UnitCost[]> {
  const conditions = ["cost IS NOT NULL", "cost_vnd IS NOT NULL"];
  const params: Record<string, number> = {};
  if ((options.funding ?? "province") === "province") {
    conditions.push("(funding IS NULL OR funding = 'provincial_budget')");
  }
  if (options.from !== undefined) {
    conditions.push("year(start_on) >= $from");
    params["from"] = options.from;
  }
  if (options.to !== undefined) {
    conditions.push("year(start_on) <= $to");
    params["to"] = options.to;
  }
  const rows = await store.all<{
    direction: "inbound" | "outbound";
    level: string | null;
    purpose: string | null;
    count: bigint;
    median_vnd: number;
    mean_vnd: number;
  }>(
    `SELECT direction, level, purpose, count(*) AS count, median(cost_vnd) AS median_vnd, avg(cost_vnd) AS mean_vnd
     FROM v_delegations WHERE ${conditions.join(" AND ")}
     GROUP BY GROUPING SETS ((direction, level, purpose), (direction, level), (direction, purpose), (direction))
     ORDER BY direction, level NULLS FIRST, purpose NULLS FIRST`,
    params,
  );
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** A year's planned delegations costed at the historical unit costs, against the year's allocation. */
export interface PlanBudget {
  year: number;
  planned: { inbound: number | null; outbound: number | null };
  unitCosts: UnitCost[];
  need: BudgetNeed;
  /** Allocation by line for the year in VND; null when the year has no budget rows. */
  allocation: Allocation | null;
  gap: BudgetGap | null;
}

/** Delegations planned for a year, instead of the annual plan's row (e.g. a strategy's targets). */
export interface PlannedDelegations {
  inbound: number;
  outbound: number;
  /** Of the outbound delegations, investment-promotion trips (priced by direction + purpose). Default 0. */
  promotion?: number;
}

/**
 * The budget the annual plan of `year` needs (planned_inbound and
 * planned_outbound priced at the direction's unit cost from the history
 * before `year`) and the gap to the year's allocation (`v_budgets`, VND).
 * With `planned`, those counts are priced instead of the annual plan's, and
 * the investment-promotion trips among the outbound ones at the unit cost of
 * outbound promotion trips.
 */
export async function planBudget(
  store: Store,
  year: number,
  options: UnitCostOptions & { statistic?: CostStatistic; planned?: PlannedDelegations } = {},
): Promise<PlanBudget> {
  let planned: { inbound: number | null; outbound: number | null };
  if (options.planned !== undefined) {
    planned = { inbound: options.planned.inbound, outbound: options.planned.outbound };
  } else {
    const plans = await store.all<{ planned_inbound: number | null; planned_outbound: number | null }>(
      "SELECT planned_inbound, planned_outbound FROM annual_plans WHERE year = $year",
      { year },
    );
    planned = {
      inbound: plans[0]?.planned_inbound ?? null,
      outbound: plans[0]?.planned_outbound ?? null,
    };
  }
  const { planned: _planned, statistic: _statistic, ...costOptions } = options;
  const costs = await unitCosts(store, { to: year - 1, ...costOptions });
  // investment-promotion trips are outbound delegations priced as such (falling back to all outbound)
  const promotion = Math.min(options.planned?.promotion ?? 0, planned.outbound ?? 0);
  const demand = [
    ...(planned.inbound === null ? [] : [{ direction: "inbound" as const, count: planned.inbound }]),
    ...(promotion > 0
      ? [{ direction: "outbound" as const, purpose: "investment_promotion", count: promotion }]
      : []),
    ...(planned.outbound === null || planned.outbound - promotion <= 0
      ? []
      : [{ direction: "outbound" as const, count: planned.outbound - promotion }]),
  ];
  const need = budgetNeed(costs, demand, options.statistic ?? "median");
  const lines = await store.all<{ line: keyof Allocation; allocated_vnd: number | null }>(
    "SELECT line, sum(allocated_vnd) AS allocated_vnd FROM v_budgets WHERE year = $year GROUP BY line",
    { year },
  );
  const allocation: Allocation | null =
    lines.length === 0 ? null : Object.fromEntries(lines.map((l) => [l.line, l.allocated_vnd ?? 0]));
  return {
    year,
    planned,
    unitCosts: costs,
    need,
    allocation,
    gap: allocation === null ? null : budgetGap(need, allocation),
  };
}
