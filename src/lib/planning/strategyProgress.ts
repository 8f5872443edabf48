import type { Bilingual } from "../../data/Bilingual.ts";
import { computeIndicators } from "../indicators/computeIndicators.ts";
import { indicatorById } from "../indicators/registry.ts";
import { DoingoaiError } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { forecastIndicator } from "./forecastIndicator.ts";
import type { ForecastMethod } from "../../data/planning/forecast/FittedModel.ts";
import {
  feasibility,
  type Feasibility,
  type PredictiveDistribution,
} from "../../data/planning/forecast/feasibility.ts";
import {
  defaultThresholds,
  endOutlook,
  planYears,
  targetProgress,
  type EndOutlook,
  type ProgressRow,
  type ProgressThresholds,
} from "../../data/planning/progress.ts";
import { roadmapStatus, type MilestoneState } from "../../data/planning/roadmapStatus.ts";
import type { Strategy, Target } from "../../data/planning/strategy.ts";

/** Progress of one target of a strategy. */
export interface TargetProgress {
  goalId: string;
  objectiveId: string;
  /** The target's id, or its path in the file (`goals[0].objectives[1].targets[2]`). */
  targetId: string;
  target: Target;
  label: Bilingual;
  unit: string | null;
  /** One row per plan year; actuals only for years complete at the review date. */
  rows: ProgressRow[];
  /** The actual of the baseline year as the data give it (to compare with the baseline written in the file). */
  baselineActual: number | null;
  /** The last plan year with an actual, and its status; null before the first complete plan year. */
  latest: ProgressRow | null;
  /** Forecast of the plan's last year against the end target; null when the history is too short or the indicator is not in the registry. */
  outlook: (EndOutlook & { method: ForecastMethod }) | null;
  /**
   * The chance of reaching the end target under the forecast's predictive
   * distribution (from the backtest errors, see `feasibility`), with its flag:
   * stretch below 20 %, too easy above 90 %. Null when there is no outlook,
   * no end target or no distribution.
   */
  feasibility: (Feasibility & { target: number; distribution: PredictiveDistribution }) | null;
}

/** Every target of a strategy against its path as of a date, with its status. */
export interface StrategyProgress {
  plan_period: string;
  asOf: string;
  thresholds: ProgressThresholds;
  targets: TargetProgress[];
  /** The roadmap's milestones at the review date (see `roadmapStatus`). */
  roadmap: MilestoneState[];
}

/** Options of {@link strategyProgress}: review date and thresholds. */
export interface StrategyProgressOptions {
  /** Review date, ISO; default today. A year counts once it has ended on or before this date. */
  asOf?: string;
  thresholds?: ProgressThresholds;
  /** First year of history for the forecasts; default 2015. */
  historyFrom?: number;
}

/**
 * For every target of a strategy: actual values from the indicator library
 * (with the target's split), the path value and status per plan year
 * (see `progress.ts`), and a forecast of the plan's last year from the
 * history (method chosen by backtest) compared with the end target.
 */
export async function strategyProgress(
  store: Store,
  strategy: Strategy,
  options: StrategyProgressOptions = {},
): Promise<StrategyProgress> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const thresholds = options.thresholds ?? defaultThresholds;
  const { last } = planYears(strategy.plan_period);
  // a year is complete when its 31/12 is on or before the review date
  const lastComplete = asOf.slice(5) === "12-31" ? Number(asOf.slice(0, 4)) : Number(asOf.slice(0, 4)) - 1;
  const out: TargetProgress[] = [];
  for (const [g, goal] of strategy.goals.entries()) {
    for (const [o, objective] of goal.objectives.entries()) {
      for (const [t, target] of objective.targets.entries()) {
        const def = indicatorById(target.indicator);
        const targetId = target.id ?? `goals[${g}].objectives[${o}].targets[${t}]`;
        const baseYear = Number(target.baseline.period);
        const actuals: Record<string, number | null> = {};
        if (def !== undefined && lastComplete >= baseYear) {
          const result = await computeIndicators(store, {
            indicators: [def.id],
            from: String(baseYear),
            to: String(Math.min(last, lastComplete)),
            asOf,
            ...(target.where === undefined ? {} : { where: target.where }),
          });
          for (const r of result.rows) actuals[r.period] = r.value;
        }
        const rows = targetProgress(target, strategy.plan_period, actuals, thresholds);
        const latest = [...rows].reverse().find((r) => r.actual !== null) ?? null;
        let outlook: TargetProgress["outlook"] = null;
        let feasible: TargetProgress["feasibility"] = null;
        if (def !== undefined && lastComplete < last) {
          try {
            const f = await forecastIndicator(store, {
              indicator: def.id,
              until: last,
              asOf,
              from: options.historyFrom ?? 2015,
              to: lastComplete,
              ...(target.where === undefined ? {} : { where: target.where }),
            });
            const end = f.forecast.find((p) => p.label === String(last));
            if (end !== undefined) {
              outlook = { ...endOutlook(target, strategy.plan_period, end, thresholds), method: f.method };
              if (outlook.target !== null && end.distribution !== null) {
                feasible = {
                  ...feasibility(end.distribution, outlook.target, target.direction),
                  target: outlook.target,
                  distribution: end.distribution,
                };
              }
            }
          } catch (error) {
            if (!(error instanceof DoingoaiError)) throw error;
          }
        }
        out.push({
          goalId: goal.id,
          objectiveId: objective.id,
          targetId,
          target,
          label: def?.label ?? { vi: target.indicator, en: target.indicator },
          unit: def?.unit ?? null,
          rows,
          baselineActual: actuals[target.baseline.period] ?? null,
          latest,
          outlook,
          feasibility: feasible,
        });
      }
    }
  }
  return {
    plan_period: strategy.plan_period,
    asOf,
    thresholds,
    targets: out,
    roadmap: roadmapStatus(strategy, asOf),
  };
}
