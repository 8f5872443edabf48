import type { Store } from "../store/openStore.ts";
import {
  budgetGap,
  budgetNeed,
  type Allocation,
  type BudgetGap,
  type BudgetNeed,
  type CostStatistic,
  type UnitCost,
} from "./budgetNeed.ts";

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

/**
 * The budget the annual plan of `year` needs (planned_inbound and
 * planned_outbound priced at the direction's unit cost from the history
 * before `year`) and the gap to the year's allocation (`v_budgets`, VND).
 */
export async function planBudget(
  store: Store,
  year: number,
  options: UnitCostOptions & { statistic?: CostStatistic } = {},
): Promise<PlanBudget> {
  const plans = await store.all<{ planned_inbound: number | null; planned_outbound: number | null }>(
    "SELECT planned_inbound, planned_outbound FROM annual_plans WHERE year = $year",
    { year },
  );
  const planned = {
    inbound: plans[0]?.planned_inbound ?? null,
    outbound: plans[0]?.planned_outbound ?? null,
  };
  const costs = await unitCosts(store, { to: year - 1, ...options });
  const demand = [
    ...(planned.inbound === null ? [] : [{ direction: "inbound" as const, count: planned.inbound }]),
    ...(planned.outbound === null ? [] : [{ direction: "outbound" as const, count: planned.outbound }]),
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
