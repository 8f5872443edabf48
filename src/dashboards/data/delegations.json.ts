// Delegations (đoàn ra, đoàn vào) for every year with data: by direction,
// level, purpose and country, and their cost. Counts and costs come from
// computeIndicators; the only other figure is how many delegations recorded
// a cost (the denominator of the average cost, which is no indicator).
import { z } from "zod";
import { computeIndicators } from "../../lib/indicators/index.ts";
import { dataYears, runLoader } from "./runLoader.ts";

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
  cost: z.array(
    z.object({
      period: z.string(),
      level: z.string(),
      costVnd: z.number().nonnegative(),
      costed: count,
    }),
  ),
  personTrips: z.array(z.object({ period: z.string(), value: z.number().nonnegative() })),
  inPlanRate: z.array(z.object({ period: z.string(), value: z.number().min(0).max(1).nullable() })),
});

const directions = { "delegations.inbound": "inbound", "delegations.outbound": "outbound" } as const;

await runLoader("delegations.json", schema, async (store) => {
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
  const costByLevel = await computeIndicators(store, {
    indicators: ["delegations.cost"],
    periods: years,
    by: ["level"],
  });
  const costed = await store.all<{ period: string; level: string; n: bigint }>(
    `SELECT CAST(year(start_on) AS VARCHAR) AS period, level, count(*) AS n
       FROM v_delegations WHERE cost_vnd IS NOT NULL GROUP BY ALL`,
  );
  const costedOf = (period: string, level: string) =>
    Number(costed.find((c) => c.period === period && c.level === level)?.n ?? 0n);
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
    cost: costByLevel.rows
      .filter((r) => (r.value ?? 0) > 0)
      .map((r) => ({
        period: r.period,
        level: r.dims["level"] ?? "",
        costVnd: r.value as number,
        costed: costedOf(r.period, r.dims["level"] ?? ""),
      })),
    personTrips: totals.rows
      .filter((r) => r.indicator === "delegations.person_trips")
      .map((r) => ({ period: r.period, value: r.value ?? 0 })),
    inPlanRate: totals.rows
      .filter((r) => r.indicator === "delegations.in_plan_rate")
      .map((r) => ({ period: r.period, value: r.value })),
  };
});
