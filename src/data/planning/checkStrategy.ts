import type { Bilingual } from "../Bilingual.ts";
import type { Strategy, StrategyProblem } from "./strategy.ts";

/** What checkStrategy knows about an indicator (a subset of the registry's `IndicatorDef`). */
export interface KnownIndicator {
  id: string;
  direction?: "up" | "down";
  dimensions?: readonly string[];
}

/** What the data say about agreements (from {@link loadAgreementFacts} or built by hand). */
export interface AgreementFacts {
  agreement_id: string;
  status: string;
  /** Ids of its agreement_activities rows. */
  activityIds: readonly string[];
}

/** Options of {@link checkStrategy}: the indicators a strategy may name. */
export interface CheckStrategyOptions {
  /** Known indicator ids (use when the registry is not at hand). */
  indicatorIds?: readonly string[];
  /** Known indicators with direction and dimensions: also checks `where` and `direction`. */
  indicators?: readonly KnownIndicator[];
  /** Agreements in the data; when given, programmes are checked against them. */
  agreements?: readonly AgreementFacts[];
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return d[a.length]![b.length]!;
}

function closest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const dist = editDistance(id, k);
    if (dist < bestD) [best, bestD] = [k, dist];
  }
  return bestD <= Math.max(3, Math.floor(id.length / 4)) ? best : undefined;
}

/**
 * Finds the dependency cycles among milestones, each once, as lists of ids
 * starting from its first id in file order and ending where it started
 * (["M3", "M4", "M3"]).
 */
export function findCycles(milestones: readonly { id: string; depends_on: readonly string[] }[]): string[][] {
  const deps = new Map(milestones.map((m) => [m.id, m.depends_on]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, "visiting");
    stack.push(id);
    for (const dep of deps.get(id) ?? []) {
      if (!deps.has(dep)) continue;
      if (state.get(dep) === "visiting") {
        const cycle = stack.slice(stack.indexOf(dep));
        const key = [...cycle].sort().join("\u0000");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, dep]);
        }
      } else if (state.get(dep) === undefined) {
        visit(dep);
      }
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const m of milestones) if (state.get(m.id) === undefined) visit(m.id);
  return cycles;
}

/**
 * Checks a (schema-valid) strategy against what is known: indicator ids and
 * their splits and directions, the plan period, the roadmap's dependencies and
 * the agreements in the data. Returns problems (errors and warnings), each
 * with the path of the field and a bilingual message; an empty list means the
 * file is consistent.
 *
 * Errors: unknown indicator (with the closest known id), a split on a
 * dimension the indicator does not have, a yearly target or a milestone or a
 * programme activity outside the plan period, a baseline at or after the
 * plan's end, a duplicate id, an unknown or cyclic dependency (the cycle is
 * named), an unknown agreement or activity. Warnings: a direction that
 * differs from the indicator's, a baseline inside the plan period, a
 * milestone due before one it depends on, a programme for an agreement that
 * is not active.
 */
export function checkStrategy(strategy: Strategy, options: CheckStrategyOptions = {}): StrategyProblem[] {
  const problems: StrategyProblem[] = [];
  const add = (severity: StrategyProblem["severity"], path: string, text: Bilingual) =>
    problems.push({ severity, path, text: { vi: `${path}: ${text.vi}`, en: `${path}: ${text.en}` } });
  const [firstYear, lastYear] = strategy.plan_period.split("-").map(Number) as [number, number];
  const planEnd = `${lastYear}-12-31`;
  const planStart = `${firstYear}-01-01`;
  if (lastYear < firstYear) {
    add("error", "plan_period", {
      vi: `kỳ kế hoạch ${strategy.plan_period} kết thúc trước khi bắt đầu`,
      en: `plan period ${strategy.plan_period} ends before it starts`,
    });
  }
  const indicators = new Map<string, KnownIndicator>();
  for (const id of options.indicatorIds ?? []) indicators.set(id, { id });
  for (const ind of options.indicators ?? []) indicators.set(ind.id, ind);
  const knownIds = [...indicators.keys()];

  const ids = new Map<string, string>();
  const unique = (id: string, path: string) => {
    const previous = ids.get(id);
    if (previous !== undefined) {
      add("error", path, {
        vi: `mã "${id}" trùng với ${previous}`,
        en: `id "${id}" is already used at ${previous}`,
      });
    } else ids.set(id, path);
  };

  strategy.goals.forEach((goal, g) => {
    unique(goal.id, `goals[${g}].id`);
    goal.objectives.forEach((objective, o) => {
      unique(objective.id, `goals[${g}].objectives[${o}].id`);
      objective.targets.forEach((target, t) => {
        const at = `goals[${g}].objectives[${o}].targets[${t}]`;
        if (target.id !== undefined) unique(target.id, `${at}.id`);
        const known = indicators.get(target.indicator);
        if (knownIds.length > 0 && known === undefined) {
          const hint = closest(target.indicator, knownIds);
          add("error", `${at}.indicator`, {
            vi: `chỉ tiêu không tồn tại: "${target.indicator}"${hint ? ` (có phải "${hint}"?)` : ""}`,
            en: `unknown indicator: "${target.indicator}"${hint ? ` (did you mean "${hint}"?)` : ""}`,
          });
        }
        if (known?.dimensions !== undefined) {
          for (const dim of Object.keys(target.where ?? {})) {
            if (!known.dimensions.includes(dim)) {
              add("error", `${at}.where.${dim}`, {
                vi: `chỉ tiêu ${target.indicator} không chia theo "${dim}" (chia được theo: ${known.dimensions.join(", ")})`,
                en: `indicator ${target.indicator} cannot be split by "${dim}" (it can by: ${known.dimensions.join(", ")})`,
              });
            }
          }
        }
        if (known?.direction !== undefined && known.direction !== target.direction) {
          add("warning", `${at}.direction`, {
            vi: `hướng "${target.direction}" khác hướng của chỉ tiêu ${target.indicator} ("${known.direction}")`,
            en: `direction "${target.direction}" differs from indicator ${target.indicator} ("${known.direction}")`,
          });
        }
        const baseYear = Number(target.baseline.period);
        if (baseYear >= lastYear) {
          add("error", `${at}.baseline.period`, {
            vi: `năm gốc ${baseYear} phải trước năm cuối kỳ kế hoạch ${lastYear}`,
            en: `baseline year ${baseYear} must be before the plan's last year ${lastYear}`,
          });
        } else if (baseYear >= firstYear) {
          add("warning", `${at}.baseline.period`, {
            vi: `năm gốc ${baseYear} nằm trong kỳ kế hoạch ${strategy.plan_period} (thường là năm trước kỳ)`,
            en: `baseline year ${baseYear} is inside the plan period ${strategy.plan_period} (usually the year before)`,
          });
        }
        for (const year of Object.keys(target.yearly ?? {})) {
          const y = Number(year);
          if (y < firstYear || y > lastYear) {
            add("error", `${at}.yearly.${year}`, {
              vi: `chỉ tiêu năm ${year} nằm ngoài kỳ kế hoạch ${strategy.plan_period}`,
              en: `target for ${year} is outside the plan period ${strategy.plan_period}`,
            });
          }
        }
      });
    });
  });

  const milestoneIds = new Set(strategy.roadmap.map((m) => m.id));
  const dueById = new Map(strategy.roadmap.map((m) => [m.id, m.due]));
  strategy.roadmap.forEach((m, i) => {
    const at = `roadmap[${i}]`;
    unique(m.id, `${at}.id`);
    if (m.due > planEnd) {
      add("error", `${at}.due`, {
        vi: `mốc ${m.id} có hạn ${m.due} sau khi kỳ kế hoạch kết thúc (${planEnd})`,
        en: `milestone ${m.id} is due ${m.due}, after the plan period ends (${planEnd})`,
      });
    }
    m.depends_on.forEach((dep, j) => {
      if (!milestoneIds.has(dep)) {
        add("error", `${at}.depends_on[${j}]`, {
          vi: `mốc ${m.id} phụ thuộc vào mốc không tồn tại "${dep}"`,
          en: `milestone ${m.id} depends on an unknown milestone "${dep}"`,
        });
      } else if (dueById.get(dep)! > m.due) {
        add("warning", `${at}.due`, {
          vi: `mốc ${m.id} (hạn ${m.due}) đến hạn trước mốc nó phụ thuộc ${dep} (hạn ${dueById.get(dep)})`,
          en: `milestone ${m.id} (due ${m.due}) is due before ${dep} it depends on (due ${dueById.get(dep)})`,
        });
      }
    });
  });
  for (const cycle of findCycles(strategy.roadmap)) {
    const i = strategy.roadmap.findIndex((m) => m.id === cycle[0]);
    add("error", `roadmap[${i}].depends_on`, {
      vi: `vòng phụ thuộc: ${cycle.join(" → ")}`,
      en: `dependency cycle: ${cycle.join(" → ")}`,
    });
  }

  const agreements =
    options.agreements === undefined
      ? undefined
      : new Map(options.agreements.map((a) => [a.agreement_id, a]));
  const activityOwner = new Map<string, string>();
  for (const a of options.agreements ?? [])
    for (const id of a.activityIds) activityOwner.set(id, a.agreement_id);
  strategy.programmes.forEach((p, i) => {
    const at = `programmes[${i}]`;
    const facts = agreements?.get(p.agreement_id);
    if (agreements !== undefined && facts === undefined) {
      add("error", `${at}.agreement_id`, {
        vi: `thỏa thuận không có trong dữ liệu: "${p.agreement_id}"`,
        en: `agreement not in the data: "${p.agreement_id}"`,
      });
    } else if (facts !== undefined && facts.status !== "active") {
      add("warning", `${at}.agreement_id`, {
        vi: `thỏa thuận ${p.agreement_id} đang ở trạng thái "${facts.status}", không còn hiệu lực`,
        en: `agreement ${p.agreement_id} has status "${facts.status}", not active`,
      });
    }
    p.activities.forEach((activity, j) => {
      const path = `${at}.activities[${j}]`;
      if (typeof activity === "string") {
        if (agreements === undefined) return;
        const owner = activityOwner.get(activity);
        if (owner === undefined) {
          add("error", path, {
            vi: `hoạt động không có trong dữ liệu: "${activity}"`,
            en: `activity not in the data: "${activity}"`,
          });
        } else if (owner !== p.agreement_id) {
          add("error", path, {
            vi: `hoạt động ${activity} thuộc thỏa thuận ${owner}, không phải ${p.agreement_id}`,
            en: `activity ${activity} belongs to agreement ${owner}, not ${p.agreement_id}`,
          });
        }
      } else {
        if (activity.id !== undefined) unique(activity.id, `${path}.id`);
        if (activity.due > planEnd || activity.due < planStart) {
          add("error", `${path}.due`, {
            vi: `hạn ${activity.due} nằm ngoài kỳ kế hoạch ${strategy.plan_period}`,
            en: `due date ${activity.due} is outside the plan period ${strategy.plan_period}`,
          });
        }
      }
    });
  });
  return problems;
}
