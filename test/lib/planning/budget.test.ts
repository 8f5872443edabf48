import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetGap, budgetNeed, lookupUnitCost } from "../../../src/data/planning/budgetNeed.ts";
import { compareScenarios, runScenario, type ScenarioBase } from "../../../src/data/planning/scenarios.ts";
import { planBudget, unitCosts } from "../../../src/lib/planning/unitCosts.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";

const M = 1_000_000;
let store: Store;

// Hand-built history (VND unless said):
//   inbound  provincial_leadership cooperation: 20M (2018), 30M (2018), 100M (2019)
//   inbound  department education: 10M (2019); 12M paid by the partner (left out)
//   inbound  department cooperation: no cost (left out)
//   outbound provincial_leadership investment_promotion: 300M, 500M (2019)
//   outbound department cooperation: 5.000 USD at 23.000 = 115M (2019); 150M in 2020 (after the history)
beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
  await store.run(
    `INSERT INTO exchange_rates ("on", currency, vnd_per_unit) VALUES (DATE '2019-01-01', 'USD', 23000)`,
  );
  const d = (
    id: string,
    dir: string,
    on: string,
    level: string,
    purpose: string,
    cost: number | null,
    cur = "VND",
    funding: string | null = "provincial_budget",
  ) =>
    `('${id}', '${dir}', DATE '${on}', DATE '${on}', 'LA', '${level}', '${purpose}', 3, true, ${cost ?? "NULL"}, '${cur}', ${funding === null ? "NULL" : `'${funding}'`})`;
  await store.run(`INSERT INTO delegations (delegation_id, direction, start_on, end_on, country, level, purpose, members, in_plan, cost, cost_currency, funding) VALUES
    ${[
      d("D1", "inbound", "2018-03-01", "provincial_leadership", "cooperation", 20 * M),
      d("D2", "inbound", "2018-06-01", "provincial_leadership", "cooperation", 30 * M, "VND", null),
      d("D3", "inbound", "2019-03-01", "provincial_leadership", "cooperation", 100 * M),
      d("D4", "inbound", "2019-04-01", "department", "education", 10 * M),
      d("D5", "inbound", "2019-05-01", "department", "education", 12 * M, "VND", "partner"),
      d("D6", "inbound", "2019-06-01", "department", "cooperation", null),
      d("O1", "outbound", "2019-03-10", "provincial_leadership", "investment_promotion", 300 * M),
      d("O2", "outbound", "2019-09-10", "provincial_leadership", "investment_promotion", 500 * M),
      d("O3", "outbound", "2019-10-10", "department", "cooperation", 5000, "USD"),
      d("O4", "outbound", "2020-02-10", "department", "cooperation", 150 * M),
    ].join(",\n")}`);
  await store.run(
    `INSERT INTO annual_plans (year, due_on, planned_inbound, planned_outbound) VALUES (2020, DATE '2019-12-31', 10, 2)`,
  );
  await store.run(`INSERT INTO budgets (year, line, allocated, currency) VALUES
    (2020, 'reception', ${200 * M}, 'VND'), (2020, 'outbound', ${400 * M}, 'VND'), (2020, 'promotion', ${300 * M}, 'VND'), (2020, 'conference', ${50 * M}, 'VND')`);
});
afterAll(() => store.close());

describe("unit costs from history", () => {
  it("median and mean by direction × level × purpose and roll-ups, provincial budget only, up to 2019", async () => {
    const costs = await unitCosts(store, { to: 2019 });
    const find = (dir: string, level: string | null, purpose: string | null) =>
      costs.find((c) => c.direction === dir && c.level === level && c.purpose === purpose);
    expect(find("inbound", "provincial_leadership", "cooperation")).toMatchObject({
      count: 3,
      median_vnd: 30 * M,
      mean_vnd: 50 * M,
    });
    expect(find("inbound", "department", "education")).toMatchObject({ count: 1, median_vnd: 10 * M });
    // 10, 20, 30, 100 → median (20 + 30)/2 = 25M, mean 40M
    expect(find("inbound", null, null)).toMatchObject({ count: 4, median_vnd: 25 * M, mean_vnd: 40 * M });
    expect(find("outbound", "provincial_leadership", "investment_promotion")).toMatchObject({
      count: 2,
      median_vnd: 400 * M,
    });
    // 115 (5.000 USD × 23.000), 300, 500 → median 300M, mean 305M
    expect(find("outbound", null, null)).toMatchObject({ count: 3, median_vnd: 300 * M, mean_vnd: 305 * M });
  });

  it("funding 'all' counts the partner-paid delegation too", async () => {
    const costs = await unitCosts(store, { to: 2019, funding: "all" });
    expect(
      costs.find((c) => c.direction === "inbound" && c.level === "department" && c.purpose === "education"),
    ).toMatchObject({
      count: 2,
      median_vnd: 11 * M,
    });
  });

  it("lookup falls back from the exact group to level, then purpose, then direction", async () => {
    const costs = await unitCosts(store, { to: 2019 });
    expect(
      lookupUnitCost(costs, { direction: "inbound", level: "provincial_leadership", purpose: "cooperation" }),
    ).toEqual({ value: 30 * M, basis: "direction+level+purpose", count: 3 });
    expect(
      lookupUnitCost(costs, { direction: "inbound", level: "department", purpose: "cooperation" }),
    ).toEqual({ value: 10 * M, basis: "direction+level", count: 1 });
    expect(lookupUnitCost(costs, { direction: "outbound", purpose: "investment_promotion" })).toEqual({
      value: 400 * M,
      basis: "direction+purpose",
      count: 2,
    });
    expect(lookupUnitCost(costs, { direction: "inbound", level: "people" })).toEqual({
      value: 25 * M,
      basis: "direction",
      count: 4,
    });
    expect(lookupUnitCost(costs, { direction: "inbound" }, "mean")?.value).toBe(40 * M);
    expect(lookupUnitCost([], { direction: "inbound" })).toBeUndefined();
  });
});

describe("budget need and gap", () => {
  it("plan 2020: 10 inbound × 25M + 2 outbound × 300M = 850M; allocation 900M for delegations; gaps −50M, +100M, +50M", async () => {
    const plan = await planBudget(store, 2020);
    expect(plan.planned).toEqual({ inbound: 10, outbound: 2 });
    expect(plan.need.inboundVnd).toBe(250 * M);
    expect(plan.need.outboundVnd).toBe(600 * M);
    expect(plan.need.totalVnd).toBe(850 * M);
    expect(plan.allocation).toEqual({
      reception: 200 * M,
      outbound: 400 * M,
      promotion: 300 * M,
      conference: 50 * M,
    });
    expect(plan.gap).toEqual({
      inbound: { needVnd: 250 * M, allocatedVnd: 200 * M, gapVnd: -50 * M },
      outbound: { needVnd: 600 * M, allocatedVnd: 700 * M, gapVnd: 100 * M },
      total: { needVnd: 850 * M, allocatedVnd: 900 * M, gapVnd: 50 * M },
    });
  });

  it("a year with no plan or budget has no need and no gap", async () => {
    const plan = await planBudget(store, 2031);
    expect(plan.planned).toEqual({ inbound: null, outbound: null });
    expect(plan.need.totalVnd).toBe(0);
    expect(plan.gap).toBeNull();
  });

  it("a detailed demand is priced line by line; a direction with no history is listed as unpriced", () => {
    const costs = [
      {
        direction: "inbound" as const,
        level: null,
        purpose: null,
        count: 4,
        median_vnd: 25 * M,
        mean_vnd: 40 * M,
      },
      {
        direction: "inbound" as const,
        level: "provincial_leadership",
        purpose: null,
        count: 3,
        median_vnd: 30 * M,
        mean_vnd: 50 * M,
      },
    ];
    const need = budgetNeed(costs, [
      { direction: "inbound", level: "provincial_leadership", count: 2 },
      { direction: "inbound", level: "business", count: 4 },
      { direction: "outbound", count: 3 },
    ]);
    expect(need.lines.map((l) => [l.costVnd, l.basis])).toEqual([
      [60 * M, "direction+level"],
      [100 * M, "direction"],
      [null, null],
    ]);
    expect(need.totalVnd).toBe(160 * M);
    expect(need.unpriced).toEqual([{ direction: "outbound", count: 3 }]);
    expect(budgetGap(need, { reception: 100 * M }).inbound.gapVnd).toBe(-60 * M);
  });
});

describe("scenarios", () => {
  const base: ScenarioBase = {
    inbound: 10,
    outbound: 2,
    unitCostInboundVnd: 25 * M,
    unitCostOutboundVnd: 300 * M,
    allocationVnd: 900 * M,
    contacts: 40,
    conversionRate: 0.15,
  };
  it("the base: need 850M, gap +50M, 6 expected registrations, 12 delegations affordable (900 / (850/12) = 12,7)", () => {
    expect(runScenario(base)).toMatchObject({
      needVnd: 850 * M,
      gapVnd: 50 * M,
      expectedRegistrations: 6,
      affordableDelegations: 12,
    });
  });
  it("20% more delegations: 12 inbound, round(2,4) = 2 outbound, need 900M, gap 0", () => {
    expect(runScenario(base, { delegationsChange: 0.2 })).toMatchObject({
      inbound: 12,
      outbound: 2,
      needVnd: 900 * M,
      gapVnd: 0,
    });
  });
  it("a 10% budget cut and one more outbound trip: allocation 810M, need 1.150M, gap −340M", () => {
    expect(runScenario(base, { budgetChange: -0.1, outboundDelta: 1 })).toMatchObject({
      outbound: 3,
      allocationVnd: 810 * M,
      needVnd: 1150 * M,
      gapVnd: -340 * M,
    });
  });
  it("conversion 25% and 50% more contacts: 60 × 0,25 = 15 expected registrations", () => {
    expect(
      runScenario(base, { conversionRate: 0.25, contactsChange: 0.5 }).expectedRegistrations,
    ).toBeCloseTo(15, 12);
  });
  it("counts never go below zero; compareScenarios puts the base first", () => {
    expect(runScenario(base, { inboundDelta: -20 }).inbound).toBe(0);
    expect(
      compareScenarios(base, [{ name: "cut", budgetChange: -0.5 }]).map((r) => [r.name, r.gapVnd]),
    ).toEqual([
      ["base", 50 * M],
      ["cut", -400 * M],
    ]);
  });
});
