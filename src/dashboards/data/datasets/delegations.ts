// Delegations (đoàn ra, đoàn vào) for every year with data: by direction,
// level, purpose and country (computeIndicators), and the cost per delegation
// by direction and level (the planning library's unitCosts, per year).
import { z } from "zod";
import { computeIndicators } from "../../../lib/indicators/index.ts";
import { unitCosts } from "../../../lib/planning/unitCosts.ts";
import { dataYears, defineDataset } from "./defineDataset.ts";

const count = z.number().int().nonnegative();
const split = z.object({
  period: z.string(),
  direction: z.enum(["inbound", "outbound"]),
  key: z.string(),
  value: count,
});

const schema = z.object({
  years: z.array(z.string()),
  trend: z.array(z.object({ period: z.string(), direction: z.enum(["inbound", "outbound"]), value: count })),
  byLevel: z.array(split),
  byPurpose: z.array(split),
  byCountry: z.array(split),
  /** Cost per delegation in VND; level "" is the direction's roll-up over all levels. */
  cost: z.array(
    z.object({
      period: z.string(),
      direction: z.enum(["inbound", "outbound"]),
      level: z.string(),
      medianVnd: z.number().nonnegative(),
      meanVnd: z.number().nonnegative(),
      count,
    }),
  ),
  personTrips: z.array(z.object({ period: z.string(), value: z.number().nonnegative() })),
  inPlanRate: z.array(z.object({ period: z.string(), value: z.number().min(0).max(1).nullable() })),
});

const directions = { "delegations.inbound": "inbound", "delegations.outbound": "outbound" } as const;

export const delegationsDataset = defineDataset("delegations.json", schema, async (store) => {
  const years = await dataYears(store);
  if (years.length === 0) {
    return {
      years,
      trend: [],
      byLevel: [],
      byPurpose: [],
      byCountry: [],
      cost: [],
      personTrips: [],
      inPlanRate: [],
    };
  }
  const indicators = Object.keys(directions);
  const splitBy = async (dim: string) =>
    (await computeIndicators(store, { indicators, periods: years, by: [dim] })).rows
      .filter((r) => r.value !== null && r.value > 0)
      .map((r) => ({
        period: r.period,
        direction: directions[r.indicator as keyof typeof directions],
        key: r.dims[dim] ?? "",
        value: r.value as number,
      }));
  const totals = await computeIndicators(store, {
    indicators: [...indicators, "delegations.person_trips", "delegations.in_plan_rate"],
    periods: years,
  });
  const cost = [];
  for (const period of years) {
    const year = Number(period);
    // Every delegation with a cost, whoever paid: this shows what trips cost, not what the plan prices.
    for (const u of await unitCosts(store, { from: year, to: year, funding: "all" })) {
      if (u.purpose !== null || u.count === 0) continue;
      cost.push({
        period,
        direction: u.direction,
        level: u.level ?? "",
        medianVnd: u.median_vnd,
        meanVnd: u.mean_vnd,
        count: u.count,
      });
    }
  }
  return {
    years,
    trend: totals.rows
      .filter((r) => r.indicator in directions)
      .map((r) => ({
        period: r.period,
        direction: directions[r.indicator as keyof typeof directions],
        value: r.value ?? 0,
      })),
    byLevel: await splitBy("level"),
    byPurpose: await splitBy("purpose"),
    byCountry: await splitBy("country"),
    cost,
    personTrips: totals.rows
      .filter((r) => r.indicator === "delegations.person_trips")
      .map((r) => ({ period: r.period, value: r.value ?? 0 })),
    inPlanRate: totals.rows
      .filter((r) => r.indicator === "delegations.in_plan_rate")
      .map((r) => ({ period: r.period, value: r.value })),
  };
});
