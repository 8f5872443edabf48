/**
 * What-if scenarios on a planned year: more or fewer delegations, a budget
 * change, a different conversion rate of investment contacts. Pure functions,
 * browser-safe, so a dashboard can move sliders without a database.
 */

/** The planned year a scenario starts from. */
export interface ScenarioBase {
  inbound: number;
  outbound: number;
  /** Cost per inbound / outbound delegation, VND (e.g. the median from `unitCosts`). */
  unitCostInboundVnd: number;
  unitCostOutboundVnd: number;
  /** Allocation for delegations (reception + outbound + promotion), VND; null when none is known. */
  allocationVnd: number | null;
  /** Investment contacts expected in the year. Default 0. */
  contacts?: number;
  /** Share of contacts that register (0–1). Default 0. */
  conversionRate?: number;
}

/** Changes relative to the base; every field is optional. */
export interface Scenario {
  name?: string;
  /** Relative change of every delegation count, e.g. 0.2 = 20% more, −0.1 = 10% fewer. Applied before the deltas. */
  delegationsChange?: number;
  /** Delegations added (negative: removed), per direction. */
  inboundDelta?: number;
  outboundDelta?: number;
  /** Relative change of the allocation, e.g. −0.15 = a 15% cut. */
  budgetChange?: number;
  /** Relative change of unit costs (prices), e.g. 0.05 = 5% dearer. */
  costChange?: number;
  /** Replaces the conversion rate (0–1). */
  conversionRate?: number;
  /** Relative change of the number of contacts. */
  contactsChange?: number;
}

/** One scenario: its delegations, their cost against the allocation in VND, and the investors it may bring. */
export interface ScenarioResult {
  name: string;
  inbound: number;
  outbound: number;
  needVnd: number;
  allocationVnd: number | null;
  /** allocation − need; negative is a shortfall; null without an allocation. */
  gapVnd: number | null;
  contacts: number;
  conversionRate: number;
  /** contacts × conversion rate (not rounded: an expectation). */
  expectedRegistrations: number;
  /** How many delegations the allocation pays for at the scenario's mix (allocation / average unit cost), rounded down. */
  affordableDelegations: number | null;
}

/**
 * Applies a scenario. Counts: round(base × (1 + delegationsChange)) + delta,
 * never below 0 (a delegation is whole). Need = inbound × unit cost inbound +
 * outbound × unit cost outbound, unit costs × (1 + costChange). Allocation ×
 * (1 + budgetChange). Expected registrations = contacts × conversion rate.
 */
export function runScenario(base: ScenarioBase, scenario: Scenario = {}): ScenarioResult {
  const scale = 1 + (scenario.delegationsChange ?? 0);
  const inbound = Math.max(0, Math.round(base.inbound * scale) + (scenario.inboundDelta ?? 0));
  const outbound = Math.max(0, Math.round(base.outbound * scale) + (scenario.outboundDelta ?? 0));
  const price = 1 + (scenario.costChange ?? 0);
  const costIn = base.unitCostInboundVnd * price;
  const costOut = base.unitCostOutboundVnd * price;
  const needVnd = inbound * costIn + outbound * costOut;
  const allocationVnd =
    base.allocationVnd === null ? null : base.allocationVnd * (1 + (scenario.budgetChange ?? 0));
  const contacts = (base.contacts ?? 0) * (1 + (scenario.contactsChange ?? 0));
  const conversionRate = scenario.conversionRate ?? base.conversionRate ?? 0;
  const count = inbound + outbound;
  const averageCost = count === 0 ? null : needVnd / count;
  return {
    name: scenario.name ?? "",
    inbound,
    outbound,
    needVnd,
    allocationVnd,
    gapVnd: allocationVnd === null ? null : allocationVnd - needVnd,
    contacts,
    conversionRate,
    expectedRegistrations: contacts * conversionRate,
    affordableDelegations:
      allocationVnd === null || averageCost === null || averageCost === 0
        ? null
        : Math.floor(allocationVnd / averageCost + 1e-9),
  };
}

/** Runs several scenarios on one base (the first row is the base itself). */
export function compareScenarios(base: ScenarioBase, scenarios: readonly Scenario[]): ScenarioResult[] {
  return [runScenario(base, { name: "base" }), ...scenarios.map((s) => runScenario(base, s))];
}
