import type { Bilingual } from "./labels.js";
import type { ScenarioBase } from "doingoai/data/planning";
import type { TargetPoint } from "./targetChart.js";
import type { TimelineDatum } from "./timelineChart.js";

/** The shape of data/strategy.json (see its loader). */
export interface StrategyData {
  /** The strategy named for a person (adopted version and date, or the file's name): no path. */
  source: Bilingual | null;
  planPeriod: string | null;
  title: Bilingual | null;
  statusLabels: Record<string, Bilingual>;
  targets: {
    id: string;
    goal: Bilingual;
    objective: Bilingual;
    indicator: string;
    label: Bilingual;
    unit: string;
    where: Record<string, string>;
    direction: "up" | "down";
    end: number | null;
    points: (TargetPoint & { status: string })[];
    outlook: { status: string; method: string; targetWithinInterval: boolean | null } | null;
  }[];
  milestones: {
    id: string;
    title: Bilingual;
    owner: string;
    start: string;
    due: string;
    dependsOn: string[];
    budgetVnd: number | null;
    status: string;
  }[];
  scenarioBases: (ScenarioBase & { year: string; contacts: number; conversionRate: number })[];
}

/** The roadmap's milestones as Gantt rows: from the due date of what they depend on to their own due date. */
export function ganttOf(data: StrategyData, lang: "vi" | "en"): TimelineDatum[] {
  return data.milestones.map((m) => ({
    row: `${m.id} ${m.title[lang]}`,
    start: m.start,
    due: m.due,
    status: m.status,
    title: `${m.owner}${m.dependsOn.length ? ` — ${lang === "vi" ? "sau" : "after"} ${m.dependsOn.join(", ")}` : ""}`,
  }));
}

/** The latest status of a target: the last plan year with an actual, else the outlook of the forecast. */
export function latestStatus(target: StrategyData["targets"][number]): {
  year: number | null;
  status: string;
} {
  const withData = target.points.filter((p) => p.status !== "no_data");
  const last = withData[withData.length - 1];
  return last ? { year: last.year, status: last.status } : { year: null, status: "no_data" };
}
