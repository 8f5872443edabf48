import { z } from "zod";
import { indicatorById } from "../indicators/index.ts";
import { forecastIndicator } from "../planning/forecastIndicator.ts";
import { pathValue, planYears } from "../../data/planning/progress.ts";
import type { Strategy } from "../../data/planning/strategy.ts";
import type { Store } from "../store/openStore.ts";

const bilingual = z.object({ vi: z.string(), en: z.string() });

/** Next year's targets and milestones (section III of the review). */
export const nextYearSchema = z.object({
  year: z.number().int(),
  /** Where the targets come from: the strategy covering next year, else the forecast of each figure, else none. */
  source: z.enum(["strategy", "forecast", "none"]),
  /** The strategy's title and period when it is the source. */
  strategy: z.object({ title: bilingual.nullable(), planPeriod: z.string() }).nullable(),
  targets: z.array(
    z.object({
      indicator: z.string(),
      label: bilingual,
      unit: z.string(),
      where: z.record(z.string(), z.string()),
      value: z.number(),
      /** The forecast's 80 % interval and method; null for a strategy target. */
      lower: z.number().nullable(),
      upper: z.number().nullable(),
      method: z.string().nullable(),
    }),
  ),
  /** Roadmap milestones due next year (from the strategy), in date order. */
  milestones: z.array(z.object({ id: z.string(), title: bilingual, owner: z.string(), due: z.string() })),
});
/** Next year's targets and milestones (inferred from {@link nextYearSchema}). */
export type NextYear = z.infer<typeof nextYearSchema>;

/** The figures forecast for next year when no strategy covers it. */
export const forecastIndicators = [
  "delegations.inbound",
  "delegations.outbound",
  "investment.promotion_trips",
  "investment.registered",
  "aid.committed_usd",
  "agreements.follow_through",
] as const;

/**
 * Next year's targets: from `strategy` when its plan period covers
 * `year + 1` (each target's path value for that year), else a forecast of
 * the headline figures from their history up to `year` (method chosen by
 * backtest; a figure with too little history is left out); and the
 * strategy's roadmap milestones due in `year + 1`.
 */
export async function nextYearPlan(
  store: Store,
  options: { year: number; asOf: string; strategy: Strategy | null },
): Promise<NextYear> {
  const next = options.year + 1;
  const s = options.strategy;
  const covers =
    s !== null && planYears(s.plan_period).first <= next && next <= planYears(s.plan_period).last;
  const milestones = (s?.roadmap ?? [])
    .filter((m) => m.due.startsWith(String(next)) && m.status !== "cancelled")
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((m) => ({ id: m.id, title: m.title, owner: m.owner, due: m.due }));
  if (covers) {
    const targets = s.goals.flatMap((g) =>
      g.objectives.flatMap((o) =>
        o.targets.flatMap((t) => {
          const value = pathValue(t, next, s.plan_period);
          const def = indicatorById(t.indicator);
          if (value === null || def === undefined) return [];
          return [
            {
              indicator: t.indicator,
              label: def.label,
              unit: def.unit,
              where: t.where ?? {},
              value,
              lower: null,
              upper: null,
              method: null,
            },
          ];
        }),
      ),
    );
    return {
      year: next,
      source: "strategy",
      strategy: { title: s.title ?? null, planPeriod: s.plan_period },
      targets,
      milestones,
    };
  }
  const targets: NextYear["targets"] = [];
  for (const id of forecastIndicators) {
    const def = indicatorById(id)!;
    try {
      const f = await forecastIndicator(store, {
        indicator: id,
        to: options.year,
        until: next,
        asOf: options.asOf,
      });
      const point = f.forecast.find((p) => p.label === String(next)) ?? f.forecast.at(-1);
      if (point === undefined) continue;
      targets.push({
        indicator: id,
        label: def.label,
        unit: def.unit,
        where: {},
        value: point.value,
        lower: point.lower,
        upper: point.upper,
        method: f.method,
      });
    } catch {
      // too little history to forecast this figure: it is left out, and the report says which figures it gives
    }
  }
  return {
    year: next,
    source: targets.length > 0 ? "forecast" : "none",
    strategy: null,
    targets,
    milestones,
  };
}
