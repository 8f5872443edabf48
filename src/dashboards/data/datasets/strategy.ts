// The strategy and roadmap (DOINGOAI_STRATEGY, default the sample 2026–2030
// strategy): each target's path, its actuals (computeIndicators, with the
// target's split), status per year and a forecast band to the plan's end (the
// planning library's progress and forecast); the milestones for a Gantt chart;
// and the base of the what-if scenarios for each year with an annual plan.
import { z } from "zod";
import { computeIndicators, indicatorById } from "../../../lib/indicators/index.ts";
import { forecast } from "../../../data/planning/forecast/index.ts";
import {
  endOutlook,
  pathValue,
  planYears,
  progressStatusLabels,
  targetProgress,
} from "../../../data/planning/progress.ts";
import { planBudget, unitCosts } from "../../../lib/planning/unitCosts.ts";
import { lookupUnitCost } from "../../../data/planning/budgetNeed.ts";
import { loadStrategyFile, strategyTargets } from "./loadStrategyFile.ts";
import { dataYears, defineDataset } from "./defineDataset.ts";

const bilingual = z.object({ vi: z.string(), en: z.string() });
const num = z.number().finite().nullable();
const status = z.enum(["on_track", "at_risk", "off_track", "no_data"]);
const unitCost = z.object({
  direction: z.enum(["inbound", "outbound"]),
  level: z.string().nullable(),
  purpose: z.string().nullable(),
  count: z.number().int().nonnegative(),
  median_vnd: z.number().nonnegative(),
  mean_vnd: z.number().nonnegative(),
});
const schema = z.object({
  /** The strategy shown, named for a person: its adopted version and date, or its file's name (no path). */
  source: bilingual.nullable(),
  /** The strategy as parsed, for the target tuner's download (src/dashboards/components/targetTuner.ts). */
  strategy: z.record(z.string(), z.unknown()).nullable(),
  /** Past cost per delegation, for the tuner's budget need. */
  unitCosts: z.array(unitCost),
  planPeriod: z.string().nullable(),
  title: bilingual.nullable(),
  statusLabels: z.record(z.string(), bilingual),
  targets: z.array(
    z.object({
      id: z.string(),
      /** Where the target is in the strategy: goals[g].objectives[o].targets[t]. */
      at: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
      baseline: z.object({ period: z.string(), value: z.number() }),
      path: z.enum(["linear", "compound"]).nullable(),
      goal: bilingual,
      objective: bilingual,
      indicator: z.string(),
      label: bilingual,
      unit: z.string(),
      where: z.record(z.string(), z.string()),
      direction: z.enum(["up", "down"]),
      end: num,
      points: z.array(
        z.object({
          year: z.number().int(),
          actual: num,
          path: num,
          status,
          forecast: num,
          lower: num,
          upper: num,
        }),
      ),
      outlook: z
        .object({ status, method: z.string(), targetWithinInterval: z.boolean().nullable() })
        .nullable(),
    }),
  ),
  milestones: z.array(
    z.object({
      id: z.string(),
      title: bilingual,
      owner: z.string(),
      start: z.string(),
      due: z.string(),
      dependsOn: z.array(z.string()),
      budgetVnd: num,
      status: z.string(),
    }),
  ),
  scenarioBases: z.array(
    z.object({
      year: z.string(),
      inbound: z.number().int().nonnegative(),
      outbound: z.number().int().nonnegative(),
      unitCostInboundVnd: z.number().nonnegative(),
      unitCostOutboundVnd: z.number().nonnegative(),
      allocationVnd: num,
      contacts: z.number().nonnegative(),
      conversionRate: z.number().min(0).max(1),
    }),
  ),
});

type Out = z.infer<typeof schema>;

export const strategyDataset = defineDataset("strategy.json", schema, async (store): Promise<Out> => {
  const loaded = await loadStrategyFile(store);
  const years = await dataYears(store);
  const scenarioBases = await scenarioBasesOf(store, years);
  if (!loaded) {
    console.error("strategy.json: no strategy file; the page shows the scenarios only");
    return {
      source: null,
      strategy: null,
      unitCosts: [],
      planPeriod: null,
      title: null,
      statusLabels: progressStatusLabels,
      targets: [],
      milestones: [],
      scenarioBases,
    };
  }
  const { strategy, source } = loaded;
  const plan = strategy.plan_period;
  const { first, last } = planYears(plan);
  const targets: Out["targets"] = [];
  const at = new Map(
    strategy.goals.flatMap((g, gi) =>
      g.objectives.flatMap((o, oi) =>
        o.targets.map((t, ti) => [t, [gi, oi, ti] as [number, number, number]] as const),
      ),
    ),
  );
  for (const [i, { goal, objective, target }] of strategyTargets(strategy).entries()) {
    const def = indicatorById(target.indicator);
    if (!def) throw new Error(`target ${target.id ?? i}: unknown indicator ${target.indicator}`);
    const firstYear = Math.min(Number(years[0] ?? target.baseline.period), Number(target.baseline.period));
    const lastYear = Math.min(last, Number(years[years.length - 1] ?? target.baseline.period));
    const periods: string[] = [];
    for (let y = firstYear; y <= lastYear; y++) periods.push(String(y));
    const { rows } = await computeIndicators(store, {
      indicators: [target.indicator],
      periods,
      ...(target.where ? { where: target.where } : {}),
    });
    const actuals = Object.fromEntries(rows.map((r) => [r.period, r.value]));
    const progress = new Map(targetProgress(target, plan, actuals).map((p) => [p.year, p]));
    const history = rows
      .filter((r) => r.value !== null)
      .map((r) => ({ t: Number(r.period), value: r.value as number }));
    const horizonYears: number[] = [];
    const lastActual = history[history.length - 1]?.t ?? lastYear;
    for (let y = lastActual + 1; y <= last; y++) horizonYears.push(y);
    let fc: ReturnType<typeof forecast> | null = null;
    if (history.length >= 3 && horizonYears.length > 0) {
      try {
        fc = forecast(history, { at: horizonYears, level: 0.8 });
      } catch (error) {
        console.error(`strategy.json: no forecast for ${target.id ?? target.indicator}: ${String(error)}`);
      }
    }
    const fcAt = new Map((fc?.points ?? []).map((p) => [Math.round(p.t), p]));
    const allYears = new Set<number>([...periods.map(Number), ...horizonYears]);
    for (let y = first; y <= last; y++) allYears.add(y);
    const points = [...allYears]
      .sort((a, b) => a - b)
      .map((year) => {
        const p = progress.get(year);
        const f = fcAt.get(year);
        return {
          year,
          actual: actuals[String(year)] ?? null,
          path: p?.path ?? pathValue(target, year, plan),
          status: p?.status ?? ("no_data" as const),
          forecast: f?.value ?? null,
          lower: f?.lower ?? null,
          upper: f?.upper ?? null,
        };
      });
    const endPoint = fcAt.get(last);
    const outlook = endPoint && fc ? endOutlook(target, plan, endPoint) : null;
    targets.push({
      id: target.id ?? `${objective.id}.${i + 1}`,
      at: at.get(target)!,
      baseline: { period: target.baseline.period, value: target.baseline.value },
      path: target.end === undefined ? null : (target.path ?? "linear"),
      goal: goal.title,
      objective: objective.title,
      indicator: target.indicator,
      label: def.label,
      unit: def.unit,
      where: target.where ?? {},
      direction: target.direction,
      end: pathValue(target, last, plan),
      points,
      outlook:
        outlook && fc
          ? { status: outlook.status, method: fc.method, targetWithinInterval: outlook.targetWithinInterval }
          : null,
    });
  }
  // A milestone starts when the last milestone it depends on is due (else at the plan's start).
  const dueOf = new Map(strategy.roadmap.map((m) => [m.id, m.due]));
  const milestones = strategy.roadmap.map((m) => {
    const deps = m.depends_on.map((d) => dueOf.get(d)).filter((d): d is string => d !== undefined);
    const start = deps.length > 0 ? deps.sort()[deps.length - 1]! : `${first}-01-01`;
    return {
      id: m.id,
      title: m.title,
      owner: m.owner,
      start: start < m.due ? start : m.due,
      due: m.due,
      dependsOn: m.depends_on,
      budgetVnd: m.budget_vnd ?? null,
      status: m.status,
    };
  });
  return {
    source,
    strategy: strategy as unknown as Record<string, unknown>,
    unitCosts: await unitCosts(store),
    planPeriod: plan,
    title: strategy.title,
    statusLabels: progressStatusLabels,
    targets,
    milestones,
    scenarioBases,
  };
});

/** The base of the scenarios for each year with an annual plan: planned delegations priced at past unit costs. */
async function scenarioBasesOf(
  store: Parameters<typeof planBudget>[0],
  years: string[],
): Promise<Out["scenarioBases"]> {
  const planned = await store.all<{ year: number }>(
    "SELECT year FROM annual_plans WHERE planned_inbound IS NOT NULL AND planned_outbound IS NOT NULL ORDER BY year",
  );
  const bases: Out["scenarioBases"] = [];
  for (const { year } of planned) {
    const budget = await planBudget(store, year);
    const unitIn = lookupUnitCost(budget.unitCosts, { direction: "inbound" });
    const unitOut = lookupUnitCost(budget.unitCosts, { direction: "outbound" });
    if (!unitIn || !unitOut) continue;
    // Contacts and conversion of the year before, the latest known when the year is planned.
    const before = String(year - 1);
    const inv = years.includes(before)
      ? (
          await computeIndicators(store, {
            indicators: ["investment.contacts", "investment.conversion_rate"],
            periods: [before],
          })
        ).rows
      : [];
    const allocation = budget.allocation
      ? (budget.allocation.reception ?? 0) +
        (budget.allocation.outbound ?? 0) +
        (budget.allocation.promotion ?? 0)
      : null;
    bases.push({
      year: String(year),
      inbound: budget.planned.inbound ?? 0,
      outbound: budget.planned.outbound ?? 0,
      unitCostInboundVnd: unitIn.value,
      unitCostOutboundVnd: unitOut.value,
      allocationVnd: allocation,
      contacts: inv.find((r) => r.indicator === "investment.contacts")?.value ?? 0,
      conversionRate: inv.find((r) => r.indicator === "investment.conversion_rate")?.value ?? 0,
    });
  }
  return bases;
}
