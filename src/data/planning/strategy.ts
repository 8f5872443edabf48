import { z } from "zod";
import { parse as parseYaml } from "yaml";
import type { Bilingual } from "../Bilingual.ts";
import { budgetLines } from "../budgets.ts";
import { feasibilityFlags } from "./forecast/feasibility.ts";
import { forecastMethods } from "./forecast/FittedModel.ts";

/**
 * The strategy file (docs/conventions.md §5): a plan period, goals → objectives →
 * targets, the roadmap's milestones and the programmes of activities under
 * agreements. YAML or JSON; see src/data/sample/strategy-2026-2030.yaml.
 * Browser-safe: no DuckDB, no Node built-ins.
 */

const bilingualSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date yyyy-mm-dd" })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "not a calendar date",
    },
  );

const yearKey = z.string().regex(/^\d{4}$/, { message: "expected a year, e.g. 2027" });

/**
 * Why a target has its values, written by `strategy draft`: the forecasting
 * method (or "rule" when the history was too short to forecast), its backtest
 * MASE, the 80 % interval of the end value, the years of history, and the
 * rule used, if any.
 */
export const targetReasoningSchema = z
  .object({
    method: z.enum([...forecastMethods, "rule"]),
    /** Backtest MASE of the method; null when the history is too short to backtest. */
    mase: z.number().nullable(),
    /** The prediction interval of the end value (from the backtest errors where there are enough). */
    interval: z
      .object({ level: z.number().gt(0).lt(1), lower: z.number(), upper: z.number() })
      .strict()
      .nullable(),
    /** Years of history the proposal rests on. */
    years: z.number().int().nonnegative(),
    /** The rule that set the values when the history was too short to forecast, e.g. "+5 % a year". */
    rule: bilingualSchema.optional(),
  })
  .strict();

/** The chance of reaching the end value under the forecast, and its flag (stretch < 20 %, too easy > 90 %). */
export const targetFeasibilitySchema = z
  .object({ probability: z.number().min(0).max(1), flag: z.enum(feasibilityFlags) })
  .strict();

/** A target: an indicator (optionally split), a baseline, and yearly values or an end value with a path. */
export const targetSchema = z
  .object({
    /** Optional id for reports, e.g. "T1.1". */
    id: z.string().min(1).optional(),
    indicator: z.string().min(1),
    /** A split of the indicator, e.g. {country: "LA"}. */
    where: z.record(z.string(), z.string()).optional(),
    direction: z.enum(["up", "down"]),
    baseline: z
      .object({
        period: z.string().regex(/^\d{4}$/, { message: "expected a year, e.g. 2025" }),
        value: z.number(),
        /** Mean of the up-to-five years ending with the baseline year (years with data only). */
        average5: z.number().nullable().optional(),
      })
      .strict(),
    /** Target value for each year, e.g. {2026: 5, 2027: 6}. */
    yearly: z.record(yearKey, z.number()).optional(),
    /** Target value at the end of the plan period. */
    end: z.number().optional(),
    /** How the path runs from baseline to `end`: linear (default) or compound (constant growth rate). */
    path: z.enum(["linear", "compound"]).optional(),
    note: bilingualSchema.optional(),
    /** How the values were proposed (written by `strategy draft`). */
    reasoning: targetReasoningSchema.optional(),
    /** Chance of reaching the end value when the file was drafted. */
    feasibility: targetFeasibilitySchema.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    if ((t.yearly === undefined) === (t.end === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "give either yearly or end (not both, not neither)",
        params: {
          vi: "cần đúng một trong hai: yearly (giá trị từng năm) hoặc end (giá trị cuối kỳ)",
          en: "give either yearly (a value per year) or end (the value at the end of the plan), not both",
        },
      });
    }
    if (t.path !== undefined && t.end === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["path"],
        message: "path applies only with end",
        params: { vi: "path chỉ dùng cùng với end", en: "path applies only with end" },
      });
    }
    if (t.path === "compound" && t.end !== undefined && !(t.baseline.value > 0 && t.end > 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["path"],
        message: "a compound path needs a positive baseline and end",
        params: {
          vi: "đường tăng trưởng kép (compound) cần giá trị gốc và giá trị cuối kỳ dương",
          en: "a compound path needs a positive baseline value and end value",
        },
      });
    }
  });

/** An objective of a strategy goal: id, bilingual title and its targets. */
export const objectiveSchema = z
  .object({ id: z.string().min(1), title: bilingualSchema, targets: z.array(targetSchema).default([]) })
  .strict();

/**
 * A goal of a strategy: id, bilingual title and at least one objective; optionally
 * its tasks (nhiệm vụ) and solutions (giải pháp), which the data cannot draft: the
 * office writes them, and `strategy check --final` refuses a goal without them.
 */
export const goalSchema = z
  .object({
    id: z.string().min(1),
    title: bilingualSchema,
    objectives: z.array(objectiveSchema).min(1),
    /** Tasks of the goal (section IV of the plan), one bilingual sentence each. */
    tasks: z.array(bilingualSchema).optional(),
    /** Solutions of the goal (section IV of the plan), one bilingual sentence each. */
    solutions: z.array(bilingualSchema).optional(),
  })
  .strict();

/** Values of a roadmap milestone's status: planned, in_progress, done, late, cancelled. */
export const milestoneStatuses = ["planned", "in_progress", "done", "late", "cancelled"] as const;

/** A roadmap milestone. */
export const milestoneSchema = z
  .object({
    id: z.string().min(1),
    title: bilingualSchema,
    /** The agency or unit responsible (a role, not a person). */
    owner: z.string().min(1),
    due: isoDate,
    depends_on: z.array(z.string().min(1)).default([]),
    /** Budget in VND (no decimals). */
    budget_vnd: z.number().int().nonnegative().optional(),
    status: z.enum(milestoneStatuses).default("planned"),
  })
  .strict();

/**
 * One activity of an agreement programme: the id of an `agreement_activities` row, or a new
 * activity (optionally naming the expected result it serves, by the result's id).
 */
export const programmeActivitySchema = z.union([
  z.string().min(1),
  z
    .object({
      id: z.string().min(1).optional(),
      title: bilingualSchema,
      due: isoDate,
      /** The id of the expected result (in the programme's `results`) this activity delivers. */
      result: z.string().min(1).optional(),
    })
    .strict(),
]);

/**
 * An expected result (output) of a programme's results framework (logframe, as in
 * JICA's Project Design Matrix): what is delivered, the indicator that shows it, its
 * baseline and target, how it is verified, and the assumptions or risks.
 */
export const programmeResultSchema = z
  .object({
    id: z.string().min(1),
    title: bilingualSchema,
    /** The objectively verifiable indicator, e.g. "students trained per year". */
    indicator: bilingualSchema,
    baseline: z.union([z.number(), z.string().min(1)]).optional(),
    target: z.union([z.number(), z.string().min(1)]),
    /** Means of verification, e.g. "the university's enrolment list". */
    verification: bilingualSchema.optional(),
    /** Assumptions and risks outside the programme's control. */
    risks: bilingualSchema.optional(),
  })
  .strict();

/** What the agreement review recommends for an MOU: keep, reinvigorate or review for termination. */
export const programmeRecommendations = ["keep", "reinvigorate", "review_for_termination"] as const;

/**
 * The programme that makes an agreement deliver: its activities over the plan period and,
 * optionally, a results framework (objective → expected results → activities), the lead
 * unit, the partner's counterpart, the budget by year and the review dates.
 */
export const programmeSchema = z
  .object({
    agreement_id: z.string().min(1),
    /** The programme's objective (the logframe's purpose). */
    objective: bilingualSchema.optional(),
    /** The agreement review's recommendation the programme follows. */
    recommendation: z.enum(programmeRecommendations).optional(),
    /** The provincial unit that leads it (a unit, not a person). */
    lead_unit: z.string().min(1).optional(),
    /** The partner's counterpart unit. */
    counterpart: z.string().min(1).optional(),
    results: z.array(programmeResultSchema).optional(),
    activities: z.array(programmeActivitySchema).min(1),
    /** Budget by year in VND, e.g. {2026: 150000000}. */
    budget_vnd: z.record(yearKey, z.number().int().nonnegative()).optional(),
    /** When the programme is reviewed with the partner. */
    review_dates: z.array(isoDate).optional(),
    note: bilingualSchema.optional(),
  })
  .strict();

/** One line of the strategy's budget: a year, a line and the amount in VND. */
export const budgetItemSchema = z
  .object({
    year: yearKey,
    line: z.enum(budgetLines),
    amount_vnd: z.number().int().nonnegative(),
    /** How the amount was reached, e.g. "12 inbound delegations × 45.000.000 VND (median up to 2025)". */
    note: bilingualSchema.optional(),
  })
  .strict();

/** How a strategy file was drafted (written by `strategy draft`). */
export const strategyDraftInfoSchema = z
  .object({
    drafted_on: isoDate,
    ambition: z.enum(["low", "base", "high"]),
    /** The last complete year with records before the plan period. */
    base_year: yearKey,
    notes: z.array(bilingualSchema).default([]),
  })
  .strict();

/** The whole strategy file. */
export const strategySchema = z
  .object({
    plan_period: z.string().regex(/^\d{4}-\d{4}$/, { message: "expected a plan period, e.g. 2026-2030" }),
    title: bilingualSchema,
    /** Viewpoints (quan điểm) of the plan, section II; written by the office. */
    viewpoints: z.array(bilingualSchema).optional(),
    goals: z.array(goalSchema).min(1),
    roadmap: z.array(milestoneSchema).default([]),
    programmes: z.array(programmeSchema).default([]),
    /** The budget by year and line (section VII), in VND. */
    budget: z.array(budgetItemSchema).optional(),
    /** Organisation of implementation (section VIII): which unit does what, one sentence each. */
    implementation: z.array(bilingualSchema).optional(),
    /** Present when the file was drafted by `strategy draft`. */
    draft: strategyDraftInfoSchema.optional(),
  })
  .strict();

/** A parsed strategy file (inferred from {@link strategySchema}). */
export type Strategy = z.infer<typeof strategySchema>;
/** A target on an indicator, with its baseline and yearly or end values (inferred from {@link targetSchema}). */
export type Target = z.infer<typeof targetSchema>;
/** An objective of a goal (inferred from {@link objectiveSchema}). */
export type Objective = z.infer<typeof objectiveSchema>;
/** A goal of the strategy (inferred from {@link goalSchema}). */
export type Goal = z.infer<typeof goalSchema>;
/** A roadmap milestone (inferred from {@link milestoneSchema}). */
export type Milestone = z.infer<typeof milestoneSchema>;
/** One of {@link milestoneStatuses}. */
export type MilestoneStatus = (typeof milestoneStatuses)[number];
/** An MOU programme: the activities planned under one agreement (inferred from {@link programmeSchema}). */
export type Programme = z.infer<typeof programmeSchema>;
/** An expected result of a programme's results framework (inferred from {@link programmeResultSchema}). */
export type ProgrammeResult = z.infer<typeof programmeResultSchema>;
/** One line of the strategy's budget (inferred from {@link budgetItemSchema}). */
export type BudgetItem = z.infer<typeof budgetItemSchema>;
/** How a target's values were proposed (inferred from {@link targetReasoningSchema}). */
export type TargetReasoning = z.infer<typeof targetReasoningSchema>;
/** One planned activity of an MOU programme (inferred from {@link programmeActivitySchema}). */
export type ProgrammeActivity = z.infer<typeof programmeActivitySchema>;

/** A problem in a strategy file: where (a path such as `goals[0].objectives[1].targets[2].indicator`) and what. */
export interface StrategyProblem {
  severity: "error" | "warning";
  path: string;
  text: Bilingual;
}

/** `["goals", 0, "title"]` → `goals[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(file)" : out;
}

const localeVi = z.locales.vi().localeError;
const localeEn = z.locales.en().localeError;

function localeMessage(
  locale: typeof localeVi,
  issue: Parameters<NonNullable<typeof localeVi>>[0],
): string | undefined {
  const r = locale?.(issue);
  return typeof r === "string" ? r : r?.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const part of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

/** The strategy when the file is valid, else every problem with the path of its field. */
export type ParseStrategyResult =
  { ok: true; strategy: Strategy } | { ok: false; problems: StrategyProblem[] };

/**
 * Validates a parsed strategy object. Every problem names the path of the bad
 * field and says what was expected, in Vietnamese and English.
 */
export function validateStrategy(data: unknown): ParseStrategyResult {
  const vi = strategySchema.safeParse(data, { error: (iss) => localeMessage(localeVi, iss) });
  if (vi.success) return { ok: true, strategy: vi.data };
  const en = strategySchema.safeParse(data, { error: (iss) => localeMessage(localeEn, iss) });
  const enIssues = en.success ? [] : en.error.issues;
  const problems = vi.error.issues.map((issue, i): StrategyProblem => {
    const params = (issue as { params?: Partial<Bilingual> }).params;
    const path = formatPath(issue.path);
    const got =
      issue.code === "invalid_value" || issue.code === "invalid_type" ? valueAt(data, issue.path) : undefined;
    const gotText = got === undefined ? "" : ` (${JSON.stringify(got)})`;
    const text =
      params?.vi !== undefined && params.en !== undefined
        ? { vi: params.vi, en: params.en }
        : { vi: issue.message, en: enIssues[i]?.message ?? issue.message };
    return {
      severity: "error",
      path,
      text: { vi: `${path}: ${text.vi}${gotText}`, en: `${path}: ${text.en}${gotText}` },
    };
  });
  return { ok: false, problems };
}

/**
 * Parses a strategy file's text: JSON when `fileName` ends in .json (or the
 * text starts with `{`), else YAML. Syntax errors become one problem with the
 * line and column.
 */
export function parseStrategy(text: string, fileName = "strategy.yaml"): ParseStrategyResult {
  let data: unknown;
  const isJson = /\.json$/i.test(fileName) || /^\s*\{/.test(text);
  try {
    data = isJson ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          severity: "error",
          path: "(file)",
          text: {
            vi: `${fileName}: không đọc được ${isJson ? "JSON" : "YAML"}: ${message}`,
            en: `${fileName}: cannot read ${isJson ? "JSON" : "YAML"}: ${message}`,
          },
        },
      ],
    };
  }
  return validateStrategy(data);
}
