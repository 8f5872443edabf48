import { z } from "zod";
import { indicatorUnitSchema } from "../../data/indicatorUnits.ts";
import { reviewResultsSchema } from "./reviewResults.ts";
import { nextYearSchema } from "./nextYearPlan.ts";
import { officeNotesSchema } from "./officeNotes.ts";
import { officeProfileSchema } from "../../data/officeProfile.ts";
import { agreementStates, recommendations } from "../../data/planning/agreementReviewLabels.ts";

/**
 * The annual review as data (issue 4, "Review report"): what the Word, HTML
 * and Markdown reports and the dashboards' Review page show. Plain JSON: ISO
 * dates as text, numbers as numbers, null for "no data". Built by
 * `buildReviewData` from the indicator and planning libraries only.
 */

const bilingual = z.object({ vi: z.string(), en: z.string() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const num = z.number().finite().nullable();

/** Groups of the headline figures, in the order the report shows them. */
export const headlineGroups = [
  "delegations",
  "investment",
  "aid",
  "agreements",
  "plan_budget",
  "consular",
] as const;
/** The area a headline figure belongs to (one of {@link headlineGroups}). */
export type HeadlineGroup = (typeof headlineGroups)[number];

/** One headline figure: an indicator for the year, last year and, where the annual plan sets one, the plan. */
export const headlineFigureSchema = z.object({
  /** Indicator id (docs/conventions.md §4), e.g. "delegations.inbound". */
  indicator: z.string(),
  group: z.enum(headlineGroups),
  label: bilingual,
  /**
   * The period `value` is for: the review's period, or in a six-month review the whole year for
   * the yearly records (plan approval, reception budget); `previous` is the period before it.
   */
  period: z.string(),
  unit: indicatorUnitSchema,
  direction: z.enum(["up", "down"]),
  /** The year's value as computeIndicators gives it (percent as a fraction 0..1); null = no data. */
  value: num,
  /** The previous year's value. */
  previous: num,
  /** value − previous. */
  change: num,
  /** The annual plan's number (annual_plans.planned_inbound / planned_outbound), when there is one. */
  plan: num,
  /** value / plan; null without a plan or with a plan of 0. */
  planRatio: num,
});
/** One headline figure of the review (inferred from `headlineFigureSchema`). */
export type HeadlineFigure = z.infer<typeof headlineFigureSchema>;

/** One agreement of the MOU portfolio review (a subset of planning's AgreementReview). */
export const agreementRowSchema = z.object({
  agreement_id: z.string(),
  title: z.string(),
  /** Short name for lists and charts: "Luông Pha Băng (Lào) · MOU 2018" (see agreementLabel). */
  label: bilingual,
  partner: z.string(),
  /** The partner's Vietnamese name, when recorded. */
  partner_vi: z.string().nullable(),
  country: z.string().nullable(),
  kind: z.string(),
  signed_on: isoDate,
  expires_on: isoDate.nullable(),
  /** The unit leading the programme (agreements.lead_unit), when recorded. */
  lead_unit: z.string().nullable(),
  /** The one life state at 31/12 of the year (expired when it expired before the report date). */
  state: z.enum(agreementStates),
  /** Expiry date when the state is expired. */
  expiredOn: isoDate.nullable(),
  ageMonths: z.number(),
  /** Activities of its programme, cancelled excluded. */
  activities: z.number(),
  due: z.number(),
  doneOfDue: z.number(),
  overdue: z.number(),
  followThrough: num,
  onTimeRate: num,
  lastActivityOn: isoDate.nullable(),
  dormant: z.boolean(),
  score: z.number(),
  recommendation: z.enum(recommendations),
  reasons: z.array(bilingual),
});
/** One agreement of the review's MOU table (inferred from `agreementRowSchema`). */
export type AgreementRow = z.infer<typeof agreementRowSchema>;

/** A strategy target's standing in the year. */
export const targetRowSchema = z.object({
  id: z.string(),
  goal: bilingual,
  indicator: z.string(),
  label: bilingual,
  unit: z.string(),
  where: z.record(z.string(), z.string()),
  direction: z.enum(["up", "down"]),
  /** The target path's value for the year. */
  path: num,
  actual: num,
  status: z.enum(["on_track", "at_risk", "off_track", "no_data"]),
  /** Forecast of the plan's last year (method chosen by backtest) against the end target; null when none can be made. */
  outlook: z
    .object({
      endTarget: num,
      forecast: num,
      status: z.enum(["on_track", "at_risk", "off_track", "no_data"]),
      method: z.string(),
    })
    .nullable(),
});
/** A strategy target's standing in the year (inferred from `targetRowSchema`). */
export type TargetRow = z.infer<typeof targetRowSchema>;

/** Which strategy the report reads: none given, one whose period does not cover the year, or one that does. */
export const strategySectionSchema = z.object({
  coverage: z.enum(["none", "not_covering", "covering"]),
  /** The file read (as given, or the sample strategy's path); null when none. */
  file: z.string().nullable(),
  /** The strategy named for a person, with no path: its adopted version and date, or its file's name; null when none. */
  source: bilingual.nullable(),
  planPeriod: z.string().nullable(),
  title: bilingual.nullable(),
  /** Every target with its status for the year (empty unless coverage is "covering"). */
  targets: z.array(targetRowSchema),
});
/** The strategy part of the review (inferred from `strategySectionSchema`). */
export type StrategySection = z.infer<typeof strategySectionSchema>;

/** A proposal drawn from the data: the figure that triggers it, the shortcoming, and what to decide. */
export const proposalSchema = z.object({
  /** The id of the rule that made it (one of `proposalIds`, src/lib/report/proposals/). */
  id: z.string().regex(/^[a-z_]+$/),
  /** The indicator (or data source) of the triggering figure. */
  indicator: z.string(),
  /** The triggering figure, in the indicator's unit (percent as a fraction). */
  value: z.number(),
  /** The rule's threshold the figure crossed. */
  threshold: z.number(),
  /** The shortcoming, with the figure (section II of the report). */
  finding: bilingual,
  /** What to decide (section IV, to the provincial People's Committee). */
  proposal: bilingual,
  /** Causes the data show for the shortcoming (section II), each with its figure. */
  causes: z.array(bilingual).optional(),
  /** A request to central ministries behind the same figure (section IV), if the rule has one. */
  central: bilingual.optional(),
});
/** The id of a proposal rule (one of `proposalIds`). */
export type ProposalId = string;

/** A proposal of the review, with the figure behind it (inferred from `proposalSchema`). */
export type Proposal = z.infer<typeof proposalSchema>;

/** The whole review of one year. */
export const reviewDataSchema = z.object({
  year: z.number().int(),
  /** The period reviewed: the year ("2019") or, for the six-month review, its half ("2024H1"). */
  period: z.string().regex(/^\d{4}(H[12])?$/),
  /**
   * Share of the year's plan the period is held to: 1 for a year; 0,5 for a half-year (the
   * yearly planned delegations pro-rated, and marked so in the report).
   */
  planShare: z.number(),
  /** Date the report bears (default 25/02 of the following year). */
  reportDate: isoDate,
  /** "Now" for indicators, checks and the MOU review (default the report date; stocks are read at 31/12 of the year). */
  asOf: isoDate,
  /** The province and the lead agency, as they head the document. */
  province: bilingual,
  agency: bilingual,
  /** The office's profile (number symbol, signer, recipients); null without one (neutral wording). */
  office: officeProfileSchema.nullable(),
  /** True when the database holds the synthetic sample: every page and report says "DỮ LIỆU MẪU / SAMPLE DATA". */
  sample: z.boolean(),
  headline: z.array(headlineFigureSchema),
  /** The year's annual external-affairs plan, if recorded. */
  plan: z
    .object({
      due_on: isoDate,
      submitted_on: isoDate.nullable(),
      approved_on: isoDate.nullable(),
      planned_inbound: num,
      planned_outbound: num,
    })
    .nullable(),
  /** The reception budget line of the year in VND (allocation and spending as recorded), if any. */
  receptionBudget: z.object({ allocatedVnd: num, spentVnd: num }).nullable(),
  agreements: z.object({
    /** Review date: 31/12 of the year (or asOf when earlier). */
    asOf: isoDate,
    rows: z.array(agreementRowSchema),
    /** Agreements by recommendation. */
    counts: z.record(z.enum(recommendations), z.number()),
    /** Agreements by life state. */
    states: z.record(z.enum(agreementStates), z.number()),
  }),
  strategy: strategySectionSchema,
  quality: z.object({
    asOf: isoDate,
    errors: z.number().int(),
    warnings: z.number().int(),
    byRule: z.array(
      z.object({
        rule: z.string(),
        /** The rule in plain words, as the report names it. */
        title: bilingual,
        severity: z.enum(["error", "warning"]),
        count: z.number().int(),
      }),
    ),
  }),
  /** Section I's details area by area (key visits, aid by donor, consular cases by kind…). */
  results: reviewResultsSchema,
  /**
   * Section III: next year's targets (strategy or forecast) and milestones; null when the
   * review was built without it (`nextYear: false`, the dashboard's review page, which does not show it).
   */
  nextYear: nextYearSchema.nullable(),
  /** The office's own words (report --notes), merged into their sections; null without a notes file. */
  notes: officeNotesSchema.nullable(),
  proposals: z.array(proposalSchema),
});
/** Everything the annual review shows, as data (inferred from {@link reviewDataSchema}); rendered by {@link renderReport}. */
export type ReviewData = z.infer<typeof reviewDataSchema>;
