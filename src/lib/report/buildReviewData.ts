import { adoptedLabel, loadAdoptedStrategy, strategySourceName } from "../planning/adoptedStrategy.ts";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Bilingual } from "../../data/Bilingual.ts";
import { neutralAgency, neutralProvince, type OfficeProfile } from "../../data/officeProfile.ts";
import { getOfficeProfile } from "../office/officeProfileStore.ts";
import { isSampleDatabase } from "../sample/sampleMarker.ts";
import { datedTables, datedYearsSql } from "../../data/datedTables.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { runChecks } from "../checks/runChecks.ts";
import { ruleById } from "../checks/listRules.ts";
import { computeIndicators, indicatorById, type IndicatorTarget } from "../indicators/index.ts";
import { planYears } from "../../data/planning/progress.ts";
import { parsePeriod } from "../../data/periods.ts";
import { isPeriodOf, periodYears } from "../../data/readPeriod.ts";
import { isHalfYear } from "./reviewPeriod.ts";
import { strategyProgress } from "../planning/strategyProgress.ts";
import {
  agreementStates,
  recommendations,
  type AgreementState,
  type Recommendation,
} from "../../data/planning/agreementReviewLabels.ts";
import { reviewAgreements } from "../planning/reviewAgreements.ts";
import { reviewedAgreementLabels } from "../../data/planning/agreementLabel.ts";
import { parseStrategy, type Strategy } from "../../data/planning/strategy.ts";
import type { Store } from "../store/openStore.ts";
import { defaultProposalThresholds, proposeActions, type ProposalThresholds } from "./proposeActions.ts";
import { nextYearPlan } from "./nextYearPlan.ts";
import type { OfficeNotes } from "./officeNotes.ts";
import { reviewResults } from "./reviewResults.ts";
import type { HeadlineFigure, HeadlineGroup, ReviewData, StrategySection, TargetRow } from "./ReviewData.ts";

/** Headline indicators recorded by year only (the plan's approval, the budget lines): a half-year review shows the year's value. */
export const yearlyIndicators: readonly string[] = [
  "plan.approval_delay_days",
  "budget.reception_utilisation",
];

/** The headline indicators of the review, by group, in the order the report shows them. */
export const headlineIndicators: readonly (readonly [string, HeadlineGroup])[] = [
  ["delegations.inbound", "delegations"],
  ["delegations.outbound", "delegations"],
  ["delegations.person_trips", "delegations"],
  ["delegations.in_plan_rate", "delegations"],
  ["investment.promotion_trips", "investment"],
  ["investment.contacts", "investment"],
  ["investment.registered", "investment"],
  ["investment.registered_capital_usd", "investment"],
  ["aid.ngos_licensed", "aid"],
  ["aid.projects_approved", "aid"],
  ["aid.committed_usd", "aid"],
  ["aid.disbursed_usd", "aid"],
  ["aid.disbursement_rate", "aid"],
  ["agreements.active", "agreements"],
  ["agreements.signed", "agreements"],
  ["agreements.reported_on_time_rate", "agreements"],
  ["agreements.follow_through", "agreements"],
  ["agreements.on_time_rate", "agreements"],
  ["agreements.dormant", "agreements"],
  ["plan.approval_delay_days", "plan_budget"],
  ["budget.reception_utilisation", "plan_budget"],
  ["consular.cases", "consular"],
];

/**
 * The sample 2026–2030 strategy, read when no strategy file is given and the year falls in its period.
 * Found from the package root (three levels up from src/lib/report or build/lib/report), so the
 * compiled package reads the file it ships in src/data/sample.
 */
export const sampleStrategyFile = fileURLToPath(
  new URL("../../../src/data/sample/strategy-2026-2030.yaml", import.meta.url),
);

/**
 * Heading of a document without an office profile: neutral text to fill in,
 * never another province's name.
 */
export const defaultProvince: Bilingual = { vi: `Tỉnh ${neutralProvince.vi}`, en: neutralProvince.en };
/** The lead agency named in a document without an office profile: neutral text to fill in. */
export const defaultAgency: Bilingual = { ...neutralAgency };

/** The province and the agency as a document names them, from an office profile. */
export function headingOf(office: OfficeProfile | null): { province: Bilingual; agency: Bilingual } {
  if (office === null) return { province: defaultProvince, agency: defaultAgency };
  return {
    province: { vi: `Tỉnh ${office.province}`, en: `${office.province_en ?? office.province} Province` },
    agency: { vi: office.agency, en: office.agency_en ?? office.agency },
  };
}

/** Options of {@link buildReviewData}. */
export interface BuildReviewOptions {
  /** The year reviewed, e.g. 2019. */
  year: number;
  /**
   * The period reviewed, when not the whole year: "2024H1" (or "2024H2") writes the six-month
   * review (sơ kết) of that half, with the year's planned delegations pro-rated at 50 %.
   * Its year must be `year`. Default the year.
   */
  period?: string;
  /** Date the report bears, ISO; default 25/02 of the following year (reproducible output). */
  reportDate?: string;
  /** "Now" for indicators ("registered by now"), checks and the MOU review; default the report date. */
  asOf?: string;
  /**
   * Strategy file (YAML or JSON) whose targets are assessed for the year.
   * Default: the strategy adopted in the database (`doingoai strategy adopt`); with
   * none adopted, none (no targets), except in the sample's database, where the
   * sample strategy 2026–2030 serves the years of its period (as `report --help`
   * says: reviewStrategyDefault.ts). A file whose period does not cover the year gives "not covering".
   */
  strategyFile?: string;
  /** Province heading the document; a string serves both languages. Default: the office profile's, else neutral "[tên tỉnh]". */
  province?: string | Bilingual;
  /** The lead agency issuing the report. Default: the office profile's, else neutral "[cơ quan chủ trì]". */
  agency?: string | Bilingual;
  /** The office's own words merged into the sections (read with {@link readOfficeNotes}); default none. */
  notes?: OfficeNotes;
  /** Thresholds of the proposal rules; default {@link defaultProposalThresholds}. */
  thresholds?: Partial<ProposalThresholds>;
  /**
   * false leaves out section III, next year's plan (`nextYear` is null): its forecasts are the
   * slowest part of a review and the dashboard's review page does not show them. Default true.
   */
  nextYear?: boolean;
}

const isoRe = /^\d{4}-\d{2}-\d{2}$/;
const iso = (d: unknown): string | null => (d instanceof Date ? d.toISOString().slice(0, 10) : null);
const toNum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function usage(vi: string, en: string): DoingoaiError {
  return new DoingoaiError({ vi, en }, { exitCode: exitCodes.usage });
}

function checkDate(name: string, value: string): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (!isoRe.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw usage(
      `${name} cần ngày yyyy-mm-dd, nhận được: ${value}`,
      `${name} needs a date yyyy-mm-dd, got: ${value}`,
    );
  }
}

/** Records dated in the year, over every dated table ({@link datedTables}). */
export async function recordsInYear(store: Store, year: number): Promise<number> {
  const [row] = await store.all<{ n: bigint }>(
    `SELECT count(*) AS n FROM (${datedYearsSql()}) WHERE y = $y`,
    { y: year },
  );
  return Number(row?.n ?? 0);
}

/** The years holding any record, for the message of a year with none: " (có dữ liệu: 2019, 2021)". */
async function yearsHint(store: Store, lang: "vi" | "en"): Promise<string> {
  const rows = await store.all<{ y: number }>(
    `SELECT DISTINCT y FROM (${datedYearsSql()}) WHERE y IS NOT NULL ORDER BY y`,
  );
  if (rows.length === 0)
    return lang === "vi" ? " (cơ sở dữ liệu chưa có bản ghi nào)" : " (the database holds no record yet)";
  const years = rows.map((r) => String(r.y)).join(", ");
  return lang === "vi" ? ` (năm có dữ liệu: ${years})` : ` (years with data: ${years})`;
}

async function metaName(store: Store, key: string): Promise<string | null> {
  const rows = await store.all<{ value: string }>("SELECT value FROM doingoai_meta WHERE key = $key", {
    key,
  });
  return rows[0]?.value ?? null;
}

function bilingualOf(value: string | Bilingual | null | undefined, fallback: Bilingual): Bilingual {
  if (value === null || value === undefined) return fallback;
  return typeof value === "string" ? { vi: value, en: value } : value;
}

function readStrategy(file: string): Strategy {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new DoingoaiError(
      { vi: `Không đọc được tệp chiến lược ${file}.`, en: `Cannot read the strategy file ${file}.` },
      { exitCode: exitCodes.io, cause: error },
    );
  }
  const parsed = parseStrategy(text, file);
  if (!parsed.ok) {
    throw new DoingoaiError(
      {
        vi: `Tệp chiến lược ${file} có lỗi (kiểm tra bằng doingoai strategy check): ${parsed.problems.map((p) => p.text.vi).join("; ")}`,
        en: `The strategy file ${file} has problems (see doingoai strategy check): ${parsed.problems.map((p) => p.text.en).join("; ")}`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return parsed.strategy;
}

async function strategySection(
  store: Store,
  year: number,
  asOf: string,
  file: string | undefined,
  sample: boolean,
): Promise<StrategySection> {
  const none: StrategySection = {
    coverage: "none",
    file: null,
    source: null,
    planPeriod: null,
    title: null,
    targets: [],
  };
  // Without a file: the strategy adopted in the database (doingoai strategy adopt), if any.
  const adopted = file === undefined ? await loadAdoptedStrategy(store) : null;
  // An office without a strategy file sees no targets: the sample's serve the sample only.
  if (file === undefined && adopted === null && !sample) return none;
  const path = file ?? sampleStrategyFile;
  let strategy: Strategy;
  if (adopted !== null) {
    strategy = adopted.strategy;
  } else if (file === undefined) {
    // the sample strategy only speaks for the years of its period: read its period first
    strategy = readStrategy(path);
    const { first, last } = planYears(strategy.plan_period);
    if (year < first || year > last) return none;
  } else {
    strategy = readStrategy(path);
  }
  const plan = strategy.plan_period;
  const { first, last } = planYears(plan);
  const shownFile =
    file ?? (adopted !== null ? adoptedLabel(adopted) : "src/data/sample/strategy-2026-2030.yaml");
  const source = strategySourceName(adopted ?? shownFile);
  if (year < first || year > last) {
    return {
      coverage: "not_covering",
      file: shownFile,
      source,
      planPeriod: plan,
      title: strategy.title,
      targets: [],
    };
  }
  strategy.goals.forEach((goal, g) =>
    goal.objectives.forEach((objective, o) =>
      objective.targets.forEach((target, t) => {
        if (indicatorById(target.indicator) === undefined) {
          const where = target.id ?? `goals[${g}].objectives[${o}].targets[${t}]`;
          throw new DoingoaiError(
            {
              vi: `Tệp chiến lược ${shownFile}: chỉ tiêu ${where} dùng chỉ số không có: ${target.indicator} (kiểm tra bằng doingoai strategy check).`,
              en: `Strategy file ${shownFile}: target ${where} names an unknown indicator: ${target.indicator} (see doingoai strategy check).`,
            },
            { exitCode: exitCodes.invalidData },
          );
        }
      }),
    ),
  );
  const progress = await strategyProgress(store, strategy, { asOf });
  const goals = new Map(strategy.goals.map((goal) => [goal.id, goal.title]));
  const targets: TargetRow[] = progress.targets.map((p) => {
    const row = p.rows.find((r) => r.year === year);
    return {
      id: p.targetId,
      goal: goals.get(p.goalId)!,
      indicator: p.target.indicator,
      label: p.label,
      unit: p.unit ?? "count",
      where: p.target.where ?? {},
      direction: p.target.direction,
      path: row?.path ?? null,
      actual: row?.actual ?? null,
      status: row?.status ?? "no_data",
      outlook:
        p.outlook === null
          ? null
          : {
              endTarget: p.outlook.target,
              forecast: p.outlook.forecast.value,
              status: p.outlook.status,
              method: p.outlook.method,
            },
    };
  });
  return { coverage: "covering", file: shownFile, source, planPeriod: plan, title: strategy.title, targets };
}

/**
 * Builds the annual review of `year` from the library: headline indicators
 * (computeIndicators, with the previous year and the annual plan as target),
 * the plan's dates, the reception budget, the MOU portfolio review at 31/12,
 * the strategy targets of the year, data-quality findings and the proposals
 * drawn from them. Returns plain JSON-serialisable data (a data loader may
 * emit it as is). Reads only.
 *
 * Throws {@link DoingoaiError}: exit code 3 when the database holds no record
 * of the year at all (an empty report helps nobody); 2 for a bad year or date;
 * 3 or 5 for a strategy file that is invalid or unreadable.
 */
export async function buildReviewData(store: Store, options: BuildReviewOptions): Promise<ReviewData> {
  const { year } = options;
  if (!Number.isInteger(year) || year < periodYears.first || year > periodYears.last) {
    throw usage(
      `Năm không hợp lệ: ${year} (cần năm 4 chữ số, ví dụ 2019).`,
      `Invalid year: ${year} (expected a 4-digit year, e.g. 2019).`,
    );
  }
  const period = options.period ?? String(year);
  if (!isPeriodOf(period, ["year", "half"]) || Number(period.slice(0, 4)) !== year) {
    throw usage(
      `Kỳ báo cáo không hợp lệ: ${period} (cần năm ${year} hoặc nửa năm ${year}H1, ${year}H2).`,
      `Invalid report period: ${period} (expected the year ${year} or its half ${year}H1, ${year}H2).`,
    );
  }
  const half = isHalfYear(period);
  const planShare = half ? 0.5 : 1;
  // the six-month review is written in July; the annual one in February of the next year
  const reportDate = options.reportDate ?? (period.endsWith("H1") ? `${year}-07-15` : `${year + 1}-02-25`);
  checkDate("reportDate", reportDate);
  const asOf = options.asOf ?? reportDate;
  checkDate("asOf", asOf);

  if ((await recordsInYear(store, year)) === 0) {
    throw new DoingoaiError(
      {
        vi: `Không có dữ liệu nào của năm ${year} (${datedTables.map((t) => t.label.vi).join(", ")}): không lập được báo cáo. Hãy nhập dữ liệu của năm ${year} (doingoai import) hoặc chọn năm khác${await yearsHint(store, "vi")}.`,
        en: `There is no data at all for ${year} (${datedTables.map((t) => t.label.en).join(", ")}): no report can be written. Import the ${year} data (doingoai import) or choose another year${await yearsHint(store, "en")}.`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }

  const planRows = await store.all<Record<string, unknown>>(
    "SELECT due_on, submitted_on, approved_on, planned_inbound, planned_outbound FROM annual_plans WHERE year = $y",
    { y: year },
  );
  const p = planRows[0];
  const plan =
    p === undefined
      ? null
      : {
          due_on: iso(p["due_on"])!,
          submitted_on: iso(p["submitted_on"]),
          approved_on: iso(p["approved_on"]),
          planned_inbound: toNum(p["planned_inbound"]),
          planned_outbound: toNum(p["planned_outbound"]),
        };
  const y = String(year);
  const targets: IndicatorTarget[] = [];
  if (plan?.planned_inbound != null)
    targets.push({ indicator: "delegations.inbound", period, value: plan.planned_inbound * planShare });
  if (plan?.planned_outbound != null)
    targets.push({ indicator: "delegations.outbound", period, value: plan.planned_outbound * planShare });

  const result = await computeIndicators(store, {
    indicators: headlineIndicators.map(([id]) => id),
    periods: [period],
    asOf,
    targets,
  });
  if (half) {
    // the plan's approval and the reception budget are yearly records: the six-month review shows the year's
    const yearly = await computeIndicators(store, { indicators: [...yearlyIndicators], periods: [y], asOf });
    result.rows = result.rows.map((r) =>
      yearlyIndicators.includes(r.indicator) ? yearly.rows.find((x) => x.indicator === r.indicator)! : r,
    );
  }
  const headline: HeadlineFigure[] = headlineIndicators.map(([id, group]) => {
    const def = indicatorById(id)!;
    const row = result.rows.find((r) => r.indicator === id)!;
    // in a six-month review a yearly record is the whole year's, compared with the year before
    const wholeYear = half && yearlyIndicators.includes(id);
    return {
      indicator: id,
      group,
      label: def.label,
      period: wholeYear ? y : period,
      unit: def.unit,
      direction: def.direction,
      value: row.value,
      previous: row.previous,
      change: row.change,
      plan: row.target,
      planRatio:
        row.target === null || row.target === 0 || row.value === null ? null : row.value / row.target,
    };
  });

  // The reception line as recorded, in VND at the rate of 31/12 (as the indicator reads it): shown beside the utilisation.
  const [budget] = await store.all<{ allocated: number | null; spent: number | null; n: bigint }>(
    `SELECT count(*) AS n,
       sum(CASE WHEN coalesce(currency, 'VND') = 'VND' THEN allocated ELSE allocated_vnd END) AS allocated,
       sum(CASE WHEN coalesce(currency, 'VND') = 'VND' THEN spent ELSE spent_vnd END) AS spent
     FROM v_budgets WHERE year = $y AND line = 'reception'`,
    { y: year },
  );
  const receptionBudget =
    budget === undefined || Number(budget.n) === 0
      ? null
      : { allocatedVnd: toNum(budget.allocated), spentVnd: toNum(budget.spent) };

  const periodEnd = parsePeriod(period).end;
  const reviewOn = asOf < periodEnd ? asOf : periodEnd;
  // states at 31/12; one that expired between 31/12 and the report date is reported as expired
  const reviews = await reviewAgreements(store, { asOf: reviewOn, reportedOn: reportDate });
  const labels = reviewedAgreementLabels(reviews);
  const rows = reviews.map((r) => ({
    agreement_id: r.agreement_id,
    title: r.title,
    label: labels.get(r.agreement_id)!,
    partner: r.partner_name ?? r.partner_id,
    partner_vi: r.partner_name_vi ?? null,
    country: r.country,
    kind: r.kind,
    signed_on: r.signed_on,
    expires_on: r.expires_on,
    lead_unit: r.lead_unit ?? null,
    state: r.state,
    expiredOn: r.expiredOn,
    ageMonths: r.ageMonths,
    activities: r.activities.total,
    due: r.activities.due,
    doneOfDue: r.activities.doneOfDue,
    overdue: r.activities.overdue,
    followThrough: r.followThrough,
    onTimeRate: r.onTimeRate,
    lastActivityOn: r.lastActivityOn,
    dormant: r.dormant,
    score: r.score,
    recommendation: r.recommendation,
    reasons: r.reasons,
  }));
  const counts = Object.fromEntries(recommendations.map((k) => [k, 0])) as Record<Recommendation, number>;
  for (const r of rows) counts[r.recommendation]++;
  const states = Object.fromEntries(agreementStates.map((k) => [k, 0])) as Record<AgreementState, number>;
  for (const r of rows) states[r.state]++;

  const sample = await isSampleDatabase(store);
  const strategy = await strategySection(store, year, asOf, options.strategyFile, sample);

  const findings = await runChecks(store, { asOf });
  const byRule = new Map<
    string,
    { rule: string; title: Bilingual; severity: "error" | "warning"; count: number }
  >();
  for (const f of findings) {
    const entry = byRule.get(f.rule) ?? {
      rule: f.rule,
      title: ruleById(f.rule)?.title ?? { vi: f.rule, en: f.rule },
      severity: f.severity,
      count: 0,
    };
    entry.count++;
    byRule.set(f.rule, entry);
  }
  const quality = {
    asOf,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    byRule: [...byRule.values()],
  };

  const office = await getOfficeProfile(store);
  const heading = headingOf(office);
  const province = bilingualOf(options.province ?? (await metaName(store, "province")), heading.province);
  const agency = bilingualOf(options.agency ?? (await metaName(store, "lead_agency")), heading.agency);

  const results = await reviewResults(store, period);
  const nextStrategy =
    options.strategyFile !== undefined
      ? readStrategy(options.strategyFile)
      : sample
        ? readStrategy(sampleStrategyFile)
        : null;
  const nextYear =
    options.nextYear === false ? null : await nextYearPlan(store, { year, asOf, strategy: nextStrategy });

  const data: Omit<ReviewData, "proposals"> = {
    year,
    period,
    planShare,
    reportDate,
    asOf,
    province,
    agency,
    office,
    sample,
    headline,
    plan,
    receptionBudget,
    agreements: { asOf: reviewOn, rows, counts, states },
    strategy,
    quality,
    results,
    nextYear,
    notes: options.notes ?? null,
  };
  const thresholds = { ...defaultProposalThresholds, ...options.thresholds };
  return { ...data, proposals: proposeActions(data, thresholds) };
}
