/**
 * The budget a year's delegations need, from unit costs by direction, level
 * and purpose, and the gap to the allocation. Pure functions, browser-safe;
 * the unit costs come from history with `unitCosts(store)`.
 */

export type Direction = "inbound" | "outbound";

/** Cost per delegation for a group of past delegations; `level`/`purpose` null means "all". */
export interface UnitCost {
  direction: Direction;
  level: string | null;
  purpose: string | null;
  /** Delegations with a cost in the group. */
  count: number;
  /** Median cost in VND (the mean of the two middle values for an even count). */
  median_vnd: number;
  mean_vnd: number;
}

/** Which statistic of the history prices a delegation; default "median" (one costly trip does not move it). */
export type CostStatistic = "median" | "mean";

/** Delegations to be priced: a direction, optionally a level and purpose, and a count. */
export interface DelegationDemand {
  direction: Direction;
  level?: string;
  purpose?: string;
  count: number;
}

/** Which group of the history priced a demand line. */
export type CostBasis = "direction+level+purpose" | "direction+level" | "direction+purpose" | "direction";

/**
 * The unit cost for a kind of delegation, falling back from the most specific
 * group with history to the least: direction + level + purpose, then
 * direction + level, then direction + purpose, then direction alone.
 * Undefined when the direction has no history with a cost.
 */
export function lookupUnitCost(
  unitCosts: readonly UnitCost[],
  kind: { direction: Direction; level?: string | undefined; purpose?: string | undefined },
  statistic: CostStatistic = "median",
): { value: number; basis: CostBasis; count: number } | undefined {
  const candidates: [string | null, string | null, CostBasis][] = [];
  if (kind.level !== undefined && kind.purpose !== undefined) {
    candidates.push([kind.level, kind.purpose, "direction+level+purpose"]);
  }
  if (kind.level !== undefined) candidates.push([kind.level, null, "direction+level"]);
  if (kind.purpose !== undefined) candidates.push([null, kind.purpose, "direction+purpose"]);
  candidates.push([null, null, "direction"]);
  for (const [level, purpose, basis] of candidates) {
    const hit = unitCosts.find(
      (u) => u.direction === kind.direction && u.level === level && u.purpose === purpose && u.count > 0,
    );
    if (hit)
      return { value: statistic === "median" ? hit.median_vnd : hit.mean_vnd, basis, count: hit.count };
  }
  return undefined;
}

export interface BudgetNeedLine extends DelegationDemand {
  unitCostVnd: number | null;
  basis: CostBasis | null;
  costVnd: number | null;
}

/** What a plan of delegations costs at the unit costs, by line and by direction, in VND. */
export interface BudgetNeed {
  lines: BudgetNeedLine[];
  /** Need by direction in VND (lines with no unit cost left out). */
  inboundVnd: number;
  outboundVnd: number;
  totalVnd: number;
  /** Demand lines that no history could price (their direction has no cost at all). */
  unpriced: DelegationDemand[];
}

/** Prices each demand line with {@link lookupUnitCost} and adds them up. */
export function budgetNeed(
  unitCosts: readonly UnitCost[],
  demand: readonly DelegationDemand[],
  statistic: CostStatistic = "median",
): BudgetNeed {
  const lines = demand.map((d): BudgetNeedLine => {
    const u = lookupUnitCost(unitCosts, d, statistic);
    return u === undefined
      ? { ...d, unitCostVnd: null, basis: null, costVnd: null }
      : { ...d, unitCostVnd: u.value, basis: u.basis, costVnd: u.value * d.count };
  });
  const sum = (dir: Direction) =>
    lines.filter((l) => l.direction === dir).reduce((s, l) => s + (l.costVnd ?? 0), 0);
  const inboundVnd = sum("inbound");
  const outboundVnd = sum("outbound");
  return {
    lines,
    inboundVnd,
    outboundVnd,
    totalVnd: inboundVnd + outboundVnd,
    unpriced: lines
      .filter((l) => l.costVnd === null)
      .map(({ direction, level, purpose, count }) => ({
        direction,
        count,
        ...(level === undefined ? {} : { level }),
        ...(purpose === undefined ? {} : { purpose }),
      })),
  };
}

/** A year's allocation by budget line, in VND (a missing line counts as 0; all missing means no allocation). */
export type Allocation = Partial<
  Record<"reception" | "outbound" | "promotion" | "conference" | "other", number>
>;

/** The budget need of a plan against the year's allocation, in VND, by direction. */
export interface BudgetGap {
  /** Inbound need against the `reception` line. */
  inbound: { needVnd: number; allocatedVnd: number; gapVnd: number };
  /** Outbound need against the `outbound` and `promotion` lines together. */
  outbound: { needVnd: number; allocatedVnd: number; gapVnd: number };
  /** All delegations against reception + outbound + promotion (conference and other lines are not for delegations). */
  total: { needVnd: number; allocatedVnd: number; gapVnd: number };
}

/**
 * The gap between allocation and need: gap = allocated − need, so a negative
 * gap is a shortfall. Inbound delegations are paid from the `reception` line;
 * outbound ones from `outbound` and `promotion` (investment-promotion trips).
 */
export function budgetGap(need: BudgetNeed, allocation: Allocation): BudgetGap {
  const reception = allocation.reception ?? 0;
  const outbound = (allocation.outbound ?? 0) + (allocation.promotion ?? 0);
  return {
    inbound: { needVnd: need.inboundVnd, allocatedVnd: reception, gapVnd: reception - need.inboundVnd },
    outbound: { needVnd: need.outboundVnd, allocatedVnd: outbound, gapVnd: outbound - need.outboundVnd },
    total: {
      needVnd: need.totalVnd,
      allocatedVnd: reception + outbound,
      gapVnd: reception + outbound - need.totalVnd,
    },
  };
}
