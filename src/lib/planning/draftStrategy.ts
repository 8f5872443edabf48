import type { Bilingual } from "../../data/Bilingual.ts";
import { formatNumber, formatPercent } from "../../data/format.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { computeIndicators } from "../indicators/computeIndicators.ts";
import { indicatorById } from "../indicators/registry.ts";
import { getOfficeProfile } from "../office/officeProfileStore.ts";
import type { Store } from "../store/openStore.ts";
import { chooseMethod } from "../../data/planning/forecast/chooseMethod.ts";
import {
  feasibility,
  predictiveDistribution,
  predictiveInterval,
  type PredictiveDistribution,
} from "../../data/planning/forecast/feasibility.ts";
import { forecastMethodLabels } from "../../data/planning/forecast/FittedModel.ts";
import { fitMethod } from "../../data/planning/forecast/fitMethod.ts";
import type { SeriesPoint } from "../../data/planning/forecast/timeSeries.ts";
import { recommendationLabels } from "../../data/planning/agreementReviewLabels.ts";
import { reviewAgreements, type AgreementReview } from "./reviewAgreements.ts";
import {
  validateStrategy,
  type Goal,
  type Milestone,
  type Programme,
  type Strategy,
  type BudgetItem,
  type Target,
  programmeRecommendations,
} from "../../data/planning/strategy.ts";
import { planBudget } from "./unitCosts.ts";

/** How ambitious the drafted targets are: the 80 % interval's cautious bound, the point forecast, or its ambitious bound. */
export type Ambition = "low" | "base" | "high";

/**
 * The lead unit of a drafted programme until the office names one: the bracketed mark
 * "[để cơ quan soạn / to be written by the office]" that `strategy check --final` refuses.
 */
export const leadUnitPlaceholder = "[để cơ quan soạn / to be written by the office]";

/** The headline indicators a drafted strategy sets a target on, grouped into goals and objectives. */
export const strategyGoals: readonly {
  id: string;
  title: Bilingual;
  objective: Bilingual;
  indicators: readonly string[];
}[] = [
  {
    id: "G1",
    title: { vi: "Mở rộng và làm sâu sắc quan hệ đối ngoại", en: "Broaden and deepen external relations" },
    objective: { vi: "Trao đổi đoàn ra, đoàn vào đều đặn", en: "Regular delegations in and out" },
    indicators: ["delegations.inbound", "delegations.outbound"],
  },
  {
    id: "G2",
    title: { vi: "Xúc tiến và thu hút đầu tư nước ngoài", en: "Promote and attract foreign investment" },
    objective: {
      vi: "Xúc tiến đầu tư thành dự án đăng ký",
      en: "Investment promotion that ends in registered projects",
    },
    indicators: ["investment.promotion_trips", "investment.registered", "investment.registered_capital_usd"],
  },
  {
    id: "G3",
    title: {
      vi: "Thu hút và sử dụng hiệu quả viện trợ phi chính phủ nước ngoài",
      en: "Attract foreign NGO aid and use it well",
    },
    objective: { vi: "Viện trợ được cam kết và giải ngân", en: "Aid committed and disbursed" },
    indicators: ["aid.ngos_licensed", "aid.committed_usd", "aid.disbursed_usd"],
  },
  {
    id: "G4",
    title: { vi: "Thỏa thuận quốc tế đi vào thực chất", en: "International agreements that deliver" },
    objective: {
      vi: "Mỗi thỏa thuận có hoạt động và được thực hiện",
      en: "Every agreement has activities, and they are carried out",
    },
    indicators: ["agreements.follow_through", "agreements.dormant"],
  },
  {
    id: "G5",
    title: {
      vi: "Nâng cao hiệu quả quản lý công tác đối ngoại",
      en: "Better management of external affairs",
    },
    objective: {
      vi: "Kế hoạch được duyệt đúng hạn, kinh phí được sử dụng",
      en: "The plan approved on time, the budget used",
    },
    indicators: ["plan.approval_delay_days", "budget.reception_utilisation"],
  },
];

/** Every indicator of {@link strategyGoals}, in order. */
export const strategyIndicators: readonly string[] = strategyGoals.flatMap((g) => g.indicators);

/** Options of {@link draftStrategy}. */
export interface DraftStrategyOptions {
  /** First and last year of the plan period, e.g. 2026 and 2030. */
  from: number;
  to: number;
  /** Default "base". */
  ambition?: Ambition;
  /** "Today", ISO; default the current date. The baseline year must have ended by then. */
  asOf?: string;
}

/** The years with records, read from the dated columns of the record tables. */
async function recordYears(store: Store): Promise<number[]> {
  const rows = await store.all<{ y: number }>(
    `SELECT DISTINCT y FROM (
       SELECT year(start_on) AS y FROM delegations
       UNION ALL SELECT year(signed_on) FROM agreements
       UNION ALL SELECT year(done_on) FROM agreement_activities
       UNION ALL SELECT year(approved_on) FROM aid_projects
       UNION ALL SELECT year(disbursed_on) FROM aid_disbursements
       UNION ALL SELECT year(first_contact_on) FROM investment_contacts
       UNION ALL SELECT year(opened_on) FROM consular_cases
       UNION ALL SELECT year(approved_on) FROM annual_plans
     ) WHERE y IS NOT NULL ORDER BY y`,
  );
  return rows.map((r) => Number(r.y));
}

function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/** Rounds a proposed value the way a planner writes it: whole counts and days, whole percent, money to 3 significant digits. */
export function roundTarget(x: number, unit: string): number {
  if (unit === "percent") return Math.round(x * 100) / 100;
  if (unit === "USD" || unit === "VND") return roundSignificant(x, 3);
  return Math.round(x);
}

function clampToUnit(x: number, unit: string): number {
  if (unit === "days") return x;
  if (unit === "percent") return Math.min(1, Math.max(0, x));
  return Math.max(0, x);
}

function formatValue(x: number, unit: string, lang: "vi" | "en"): string {
  if (unit === "percent") return formatPercent(x, { lang, digits: 0 });
  return formatNumber(x, { lang, digits: Number.isInteger(x) ? 0 : 2 });
}

/** The rule used when the history is too short to forecast. */
interface Rule {
  values: (k: number) => number;
  text: Bilingual;
}

const rates: Record<Ambition, number> = { low: 0, base: 0.05, high: 0.1 };
const pointsPerYear: Record<Ambition, number> = { low: 0, base: 0.01, high: 0.02 };
const daysPerYear: Record<Ambition, number> = { low: 0, base: 5, high: 10 };
const countsPerYear: Record<Ambition, number> = { low: 0, base: 1, high: 2 };

/**
 * The rule for a short history (fewer than 3 years with data), by unit and
 * direction, k = years after the baseline:
 *
 * - counts and money, "up": +0 / 5 / 10 % a year compound (low / base / high);
 *   from a baseline of 0, counts +0 / 1 / 2 a year and money stays 0;
 * - counts, "down": −0 / 5 / 10 % a year compound;
 * - percent, "up": +0 / 1 / 2 percentage points a year, at most 100 %;
 * - days, "down": −0 / 5 / 10 days a year, never below the lower of the baseline and 0.
 */
export function shortHistoryRule(
  baseline: number,
  unit: string,
  direction: "up" | "down",
  ambition: Ambition,
): Rule {
  if (unit === "percent") {
    const pp = pointsPerYear[ambition];
    const sign = direction === "up" ? 1 : -1;
    return {
      values: (k) => Math.min(1, Math.max(0, baseline + sign * pp * k)),
      text: {
        vi: `${sign > 0 ? "+" : "−"}${formatNumber(pp * 100, { lang: "vi" })} điểm phần trăm mỗi năm, trong khoảng 0–100%`,
        en: `${sign > 0 ? "+" : "−"}${formatNumber(pp * 100, { lang: "en" })} percentage point(s) a year, within 0–100%`,
      },
    };
  }
  if (unit === "days") {
    const step = daysPerYear[ambition] * (direction === "down" ? -1 : 1);
    const floor = Math.min(baseline, 0);
    return {
      values: (k) => (direction === "down" ? Math.max(floor, baseline + step * k) : baseline + step * k),
      text: {
        vi: `${step <= 0 ? "−" : "+"}${Math.abs(step)} ngày mỗi năm${direction === "down" ? `, không thấp hơn ${formatNumber(floor, { lang: "vi" })}` : ""}`,
        en: `${step <= 0 ? "−" : "+"}${Math.abs(step)} days a year${direction === "down" ? `, not below ${formatNumber(floor, { lang: "en" })}` : ""}`,
      },
    };
  }
  const g = rates[ambition];
  if (direction === "down") {
    return {
      values: (k) => baseline * (1 - g) ** k,
      text: {
        vi: `−${formatNumber(g * 100, { lang: "vi" })}% mỗi năm (kép) từ giá trị gốc`,
        en: `−${formatNumber(g * 100, { lang: "en" })}% a year (compound) from the baseline`,
      },
    };
  }
  if (baseline > 0) {
    return {
      values: (k) => baseline * (1 + g) ** k,
      text: {
        vi: `+${formatNumber(g * 100, { lang: "vi" })}% mỗi năm (kép) từ giá trị gốc`,
        en: `+${formatNumber(g * 100, { lang: "en" })}% a year (compound) from the baseline`,
      },
    };
  }
  if (unit === "USD" || unit === "VND") {
    return {
      values: () => baseline,
      text: {
        vi: "giữ giá trị gốc 0: không có cơ sở để tính tăng trưởng",
        en: "held at the baseline of 0: nothing to grow from",
      },
    };
  }
  const step = countsPerYear[ambition];
  return {
    values: (k) => baseline + step * k,
    text: { vi: `+${step} mỗi năm từ giá trị gốc 0`, en: `+${step} a year from the baseline of 0` },
  };
}

/** The value of a forecast year for an ambition: point, or the bound of the 80 % interval on the cautious (low) or ambitious (high) side. */
function ambitionValue(
  d: PredictiveDistribution | null,
  point: { value: number; lower: number | null; upper: number | null },
  direction: "up" | "down",
  ambition: Ambition,
): number {
  if (ambition === "base") return point.value;
  const bounds = d !== null ? predictiveInterval(d, 0.8) : point;
  if (bounds.lower === null || bounds.upper === null) return point.value;
  const ambitious = ambition === "high";
  return (direction === "up") === ambitious ? bounds.upper : bounds.lower;
}

interface Proposal {
  target: Target;
  notes: Bilingual[];
}

function proposeTarget(
  id: string,
  indicator: string,
  baseline: { period: string; value: number; average5: number | null },
  history: SeriesPoint[],
  years: readonly number[],
  ambition: Ambition,
): Proposal {
  const def = indicatorById(indicator)!;
  const unit = def.unit;
  const direction = def.direction;
  const baseYear = Number(baseline.period);
  const end = years[years.length - 1]!;
  const yearly: Record<string, number> = {};
  const tidy = (x: number) => roundTarget(clampToUnit(x, unit), unit);
  const notes: Bilingual[] = [];
  if (history.length < 3) {
    const rule = shortHistoryRule(baseline.value, unit, direction, ambition);
    for (const y of years) yearly[String(y)] = tidy(rule.values(y - baseYear));
    const n = history.length;
    const note = {
      vi: `Chỉ có ${n} năm số liệu, chưa đủ để dự báo: chỉ tiêu đặt theo quy tắc ${rule.text.vi} (mức ${ambition}).`,
      en: `Only ${n} year(s) of history, too few to forecast: the targets follow the rule ${rule.text.en} (${ambition} ambition).`,
    };
    notes.push({ vi: `${indicator}: ${note.vi}`, en: `${indicator}: ${note.en}` });
    return {
      target: {
        id,
        indicator,
        direction,
        baseline: { period: baseline.period, value: baseline.value, average5: baseline.average5 },
        yearly,
        note,
        reasoning: { method: "rule", mase: null, interval: null, years: n, rule: rule.text },
      },
      notes,
    };
  }
  const choice = chooseMethod(history);
  const method = choice.method;
  const mase = choice.backtests.find((b) => b.method === method)?.mase ?? null;
  const model = fitMethod(method, history);
  let floored = false;
  let endDistribution: PredictiveDistribution | null = null;
  for (const y of years) {
    const d = predictiveDistribution(history, method, y);
    if (y === end) endDistribution = d;
    let value = ambitionValue(d, model.predict(y, 0.8), direction, ambition);
    // a base or high ambition never plans to do worse than the baseline
    if (ambition !== "low") {
      const worse = direction === "up" ? value < baseline.value : value > baseline.value;
      if (worse) {
        value = baseline.value;
        floored = true;
      }
    }
    yearly[String(y)] = tidy(value);
  }
  const endValue = yearly[String(end)]!;
  const endPoint = model.predict(end, 0.8);
  const bounds =
    endDistribution !== null
      ? predictiveInterval(endDistribution, 0.8)
      : endPoint.lower !== null && endPoint.upper !== null
        ? { lower: endPoint.lower, upper: endPoint.upper }
        : null;
  const interval =
    bounds === null
      ? null
      : { level: 0.8, lower: tidy(bounds.lower), upper: tidy(Math.max(bounds.lower, bounds.upper)) };
  const chance = endDistribution === null ? null : feasibility(endDistribution, endValue, direction);
  const label = forecastMethodLabels[method];
  const maseText = (lang: "vi" | "en") =>
    mase === null
      ? lang === "vi"
        ? "chưa kiểm định được"
        : "not backtested"
      : formatNumber(mase, { lang, digits: 2 });
  const ambitionText: Record<Ambition, Bilingual> = {
    base: { vi: "giá trị dự báo", en: "the point forecast" },
    high: { vi: "cận tham vọng của khoảng 80%", en: "the ambitious bound of the 80% interval" },
    low: { vi: "cận thận trọng của khoảng 80%", en: "the cautious bound of the 80% interval" },
  };
  const intervalText = (lang: "vi" | "en") =>
    interval === null
      ? ""
      : lang === "vi"
        ? `, khoảng 80% năm ${end}: ${formatValue(interval.lower, unit, "vi")} – ${formatValue(interval.upper, unit, "vi")}`
        : `, 80% interval for ${end}: ${formatValue(interval.lower, unit, "en")} – ${formatValue(interval.upper, unit, "en")}`;
  const note: Bilingual = {
    vi: `Đề xuất theo dự báo (${label.vi}, MASE kiểm định lại ${maseText("vi")}, ${history.length} năm số liệu${intervalText("vi")}); mức ${ambition}: ${ambitionText[ambition].vi}.${floored ? " Năm nào dự báo kém hơn giá trị gốc thì giữ giá trị gốc." : ""}`,
    en: `Proposed from the forecast (${label.en}, backtest MASE ${maseText("en")}, ${history.length} years of history${intervalText("en")}); ${ambition} ambition: ${ambitionText[ambition].en}.${floored ? " Where the forecast is worse than the baseline, the baseline is kept." : ""}`,
  };
  const target: Target = {
    id,
    indicator,
    direction,
    baseline: { period: baseline.period, value: baseline.value, average5: baseline.average5 },
    yearly,
    note,
    reasoning: {
      method,
      mase: mase === null ? null : Math.round(mase * 1000) / 1000,
      interval,
      years: history.length,
    },
  };
  if (chance !== null)
    target.feasibility = { probability: Math.round(chance.probability * 1000) / 1000, flag: chance.flag };
  return { target, notes };
}

function partnerLabel(r: AgreementReview): string {
  return `${r.partner_name ?? r.partner_id}${r.country === null ? "" : ` (${r.country})`}`;
}

/** A review whose recommendation a programme can follow (not renew or close). */
type InForceReview = AgreementReview & { recommendation: (typeof programmeRecommendations)[number] };

/** The programme the agreement review suggests for one agreement. */
function proposeProgramme(r: InForceReview, years: readonly number[]): Programme {
  const partner = partnerLabel(r);
  const activities: Programme["activities"] = [];
  if (r.recommendation === "review_for_termination") {
    activities.push({
      id: `${r.agreement_id}-${years[0]}-REVIEW`,
      title: {
        vi: `Cùng ${partner} rà soát thỏa thuận ${r.agreement_id}; quyết định tiếp tục hay chấm dứt`,
        en: `Review agreement ${r.agreement_id} with ${partner}; decide to continue or terminate it`,
      },
      due: `${years[0]}-06-30`,
    });
  } else {
    for (const y of years) {
      if (r.recommendation === "reinvigorate") {
        activities.push({
          id: `${r.agreement_id}-${y}-EXCHANGE`,
          title: {
            vi: `Trao đổi đoàn với ${partner} năm ${y}`,
            en: `Exchange of delegations with ${partner}, ${y}`,
          },
          due: `${y}-06-30`,
        });
      }
      activities.push({
        id: `${r.agreement_id}-${y}-JOINT`,
        title: {
          vi: `Một hoạt động hợp tác chung với ${partner} năm ${y}`,
          en: `One joint activity with ${partner}, ${y}`,
        },
        due: `${y}-10-31`,
      });
    }
  }
  const label = recommendationLabels[r.recommendation];
  const reasons = r.reasons;
  return {
    agreement_id: r.agreement_id,
    recommendation: r.recommendation,
    lead_unit: leadUnitPlaceholder,
    note: {
      vi: `Rà soát thỏa thuận (điểm ${r.score}/100): ${label.vi}${reasons.length > 0 ? ` — ${reasons.map((x) => x.vi).join("; ")}` : ""}.`,
      en: `Agreement review (score ${r.score}/100): ${label.en}${reasons.length > 0 ? ` — ${reasons.map((x) => x.en).join("; ")}` : ""}.`,
    },
    activities,
  };
}

/** The roadmap skeleton: yearly plan approval and MOU review, mid-term and final review, one milestone per programme. */
function proposeRoadmap(
  years: readonly number[],
  owner: string,
  programmes: readonly Programme[],
): Milestone[] {
  const from = years[0]!;
  const to = years[years.length - 1]!;
  const mid = from + Math.floor((to - from) / 2);
  const out: Milestone[] = [];
  for (const p of programmes) {
    const terminate = p.recommendation === "review_for_termination";
    out.push({
      id: `PRG-${p.agreement_id}`,
      title: terminate
        ? {
            vi: `Quyết định tiếp tục hay chấm dứt thỏa thuận ${p.agreement_id}`,
            en: `Decision to continue or terminate agreement ${p.agreement_id}`,
          }
        : {
            vi: `Thống nhất chương trình hợp tác theo thỏa thuận ${p.agreement_id} với đối tác, giao đơn vị chủ trì`,
            en: `Programme under agreement ${p.agreement_id} agreed with the partner, lead unit assigned`,
          },
      owner,
      due: terminate ? `${from}-06-30` : `${from}-03-31`,
      depends_on: [],
      status: "planned",
    });
  }
  for (const y of years) {
    out.push({
      id: `MOU-REVIEW-${y}`,
      title: {
        vi: `Rà soát hằng năm các thỏa thuận quốc tế năm ${y}`,
        en: `Annual review of the international agreements, ${y}`,
      },
      owner,
      due: `${y}-11-30`,
      depends_on: [],
      status: "planned",
    });
    out.push({
      id: `PLAN-${y + 1}`,
      title: {
        vi: `Kế hoạch đối ngoại năm ${y + 1} được phê duyệt trước 31/12/${y}`,
        en: `The ${y + 1} external-affairs plan approved by 31/12/${y}`,
      },
      owner,
      due: `${y}-12-31`,
      depends_on: [`MOU-REVIEW-${y}`],
      status: "planned",
    });
    if (y === mid) {
      out.push({
        id: "MID-TERM-REVIEW",
        title: {
          vi: `Sơ kết giữa kỳ thực hiện chiến lược ${from}–${to}`,
          en: `Mid-term review of the ${from}–${to} strategy`,
        },
        owner,
        due: `${y}-06-30`,
        depends_on: [],
        status: "planned",
      });
    }
  }
  out.push({
    id: "FINAL-REVIEW",
    title: {
      vi: `Tổng kết thực hiện chiến lược ${from}–${to}`,
      en: `Final review of the ${from}–${to} strategy`,
    },
    owner,
    due: `${to}-11-30`,
    depends_on: ["MID-TERM-REVIEW"],
    status: "planned",
  });
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}

/** The budget per year and line from the delegation targets priced at the unit costs up to the base year. */
async function proposeBudget(
  store: Store,
  years: readonly number[],
  baseYear: number,
  targets: ReadonlyMap<string, Target>,
  notes: Bilingual[],
): Promise<BudgetItem[]> {
  const rows: BudgetItem[] = [];
  const count = (indicator: string, y: number) => targets.get(indicator)?.yearly?.[String(y)] ?? 0;
  let unpriced = false;
  for (const y of years) {
    const planned = {
      inbound: count("delegations.inbound", y),
      outbound: count("delegations.outbound", y),
      promotion: count("investment.promotion_trips", y),
    };
    const budget = await planBudget(store, y, { planned, to: baseYear });
    const byLine = new Map<BudgetItem["line"], { amount: number; vi: string[]; en: string[] }>();
    for (const l of budget.need.lines) {
      if (l.costVnd === null || l.unitCostVnd === null) {
        unpriced ||= l.count > 0;
        continue;
      }
      const line =
        l.direction === "inbound"
          ? "reception"
          : l.purpose === "investment_promotion"
            ? "promotion"
            : "outbound";
      const entry = byLine.get(line) ?? { amount: 0, vi: [], en: [] };
      entry.amount += l.costVnd;
      const unitVi = formatNumber(Math.round(l.unitCostVnd), { lang: "vi" });
      const unitEn = formatNumber(Math.round(l.unitCostVnd), { lang: "en" });
      const what = {
        vi:
          l.direction === "inbound"
            ? "đoàn vào"
            : l.purpose === "investment_promotion"
              ? "đoàn xúc tiến đầu tư"
              : "đoàn ra",
        en:
          l.direction === "inbound"
            ? "inbound delegations"
            : l.purpose === "investment_promotion"
              ? "investment-promotion trips"
              : "outbound delegations",
      };
      entry.vi.push(
        `${l.count} ${what.vi} × ${unitVi} VND (trung vị chi phí đến năm ${baseYear}, nhóm ${l.basis})`,
      );
      entry.en.push(
        `${l.count} ${what.en} × ${unitEn} VND (median cost up to ${baseYear}, group ${l.basis})`,
      );
      byLine.set(line, entry);
    }
    for (const line of ["reception", "outbound", "promotion"] as const) {
      const e = byLine.get(line);
      if (e === undefined) continue;
      rows.push({
        year: String(y),
        line,
        amount_vnd: Math.round(e.amount / 1e6) * 1e6,
        note: { vi: e.vi.join("; "), en: e.en.join("; ") },
      });
    }
  }
  if (unpriced) {
    notes.push({
      vi: "Một số đoàn chưa tính được kinh phí: dữ liệu chưa có chi phí đoàn của hướng đó.",
      en: "Some delegations could not be priced: no delegation of that direction has a cost in the data.",
    });
  }
  return rows;
}

/**
 * Drafts a strategy for the plan period `from`–`to` from the office's data:
 *
 * - the base year is the last year with records (any dated record) before
 *   `from` that has ended by `asOf`;
 * - for every headline indicator ({@link strategyIndicators}) a target with
 *   the baseline (the base year's value as `computeIndicators` gives it, and
 *   the mean of the up-to-five years ending there) and a yearly path: from
 *   3 years of history, the forecast of the method chosen by backtest (base
 *   = point forecast, high and low = the bounds of the 80 % predictive
 *   interval from the backtest errors, on the ambitious or cautious side of
 *   the indicator's direction; a base or high path never falls below the
 *   baseline), rounded (see {@link roundTarget}), with its reasoning and
 *   feasibility; with 1 or 2 years, {@link shortHistoryRule} and a note;
 *   an indicator with no value at all gets no target and a note;
 * - programmes from the agreement review at the end of the base year;
 * - a roadmap skeleton ({@link leadUnitPlaceholder} marks the lead units to fill);
 * - the budget per year and line: the delegation targets priced by `planBudget`.
 *
 * Throws a {@link DoingoaiError} (exit code 3) when there is no record before `from`.
 */
export async function draftStrategy(store: Store, options: DraftStrategyOptions): Promise<Strategy> {
  const { from, to } = options;
  const ambition = options.ambition ?? "base";
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (!(Number.isInteger(from) && Number.isInteger(to) && to > from)) {
    throw new DoingoaiError(
      {
        vi: `Kỳ kế hoạch không hợp lệ: ${from}–${to} (năm cuối phải sau năm đầu).`,
        en: `Invalid plan period: ${from}–${to} (the last year must come after the first).`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  const lastComplete = asOf.slice(5) === "12-31" ? Number(asOf.slice(0, 4)) : Number(asOf.slice(0, 4)) - 1;
  const all = await recordYears(store);
  const before = all.filter((y) => y < from && y <= lastComplete);
  if (before.length === 0) {
    throw new DoingoaiError(
      {
        vi: `Không có năm nào có số liệu và đã kết thúc trước năm ${from}: chưa thể soạn chiến lược. Hãy nhập dữ liệu trước (doingoai import).`,
        en: `No complete year with records before ${from}: a strategy cannot be drafted. Import data first (doingoai import).`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  const baseYear = before[before.length - 1]!;
  const recorded = new Set(before);
  const firstYear = before[0]!;
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const result = await computeIndicators(
    store,
    { indicators: [...strategyIndicators], from: String(firstYear), to: String(baseYear), asOf },
    { arrow: false },
  );
  const notes: Bilingual[] = [];
  const targetsByIndicator = new Map<string, Target>();
  const goals: Goal[] = strategyGoals.map((g) => {
    const targets: Target[] = [];
    g.indicators.forEach((indicator, i) => {
      const def = indicatorById(indicator)!;
      const rows = result.rows
        .filter((r) => r.indicator === indicator)
        .sort((a, b) => a.period.localeCompare(b.period));
      let points = rows
        .filter((r): r is typeof r & { value: number } => r.value !== null)
        .map((r) => ({ t: Number(r.period), value: r.value }))
        // a year with no record in any table is missing, not a year of zeros
        .filter((p) => recorded.has(p.t));
      // before a table was kept, a count or a sum reads 0 (as indicatorSeries); for a "down"
      // count such as dormant agreements, 0 is the good value itself and is kept
      if (def.additive && def.direction === "up") {
        const first = points.findIndex((p) => p.value !== 0);
        points = first < 0 ? [] : points.slice(first);
      }
      const baseRow = rows.find((r) => r.period === String(baseYear));
      let baseline: { period: string; value: number } | null =
        baseRow?.value === null || baseRow === undefined
          ? null
          : { period: String(baseYear), value: baseRow.value };
      if (baseline === null && points.length > 0) {
        const last = points[points.length - 1]!;
        baseline = { period: String(last.t), value: last.value };
        notes.push({
          vi: `${indicator}: năm ${baseYear} không có số liệu; giá trị gốc lấy năm ${last.t}.`,
          en: `${indicator}: no value for ${baseYear}; the baseline is ${last.t}.`,
        });
      }
      if (baseline === null) {
        notes.push({
          vi: `${indicator}: chưa có số liệu nào đến năm ${baseYear}; chưa đề xuất chỉ tiêu.`,
          en: `${indicator}: no value up to ${baseYear}; no target proposed.`,
        });
        return;
      }
      const b = Number(baseline.period);
      const history = points.filter((p) => p.t <= b);
      const window = history.filter((p) => p.t > b - 5);
      const average5 =
        window.length === 0
          ? null
          : roundSignificant(window.reduce((s, p) => s + p.value, 0) / window.length, 4);
      const proposal = proposeTarget(
        `T${g.id.slice(1)}.${i + 1}`,
        indicator,
        { ...baseline, average5 },
        history,
        years,
        ambition,
      );
      notes.push(...proposal.notes);
      targets.push(proposal.target);
      targetsByIndicator.set(indicator, proposal.target);
    });
    return { id: g.id, title: g.title, objectives: [{ id: `${g.id}.O1`, title: g.objective, targets }] };
  });
  const profile = await getOfficeProfile(store);
  const owner = profile?.agency ?? "cơ quan chủ trì công tác đối ngoại / lead agency for external affairs";
  const reviews = await reviewAgreements(store, { asOf: `${baseYear}-12-31` });
  // an agreement already expired at the base year's end (renew or close) is the
  // review's decision to take, not a programme to run
  const inForce = reviews.filter((r): r is InForceReview =>
    (programmeRecommendations as readonly string[]).includes(r.recommendation),
  );
  const programmes = inForce.map((r) => proposeProgramme(r, years));
  const roadmap = proposeRoadmap(years, owner, programmes);
  const budget = await proposeBudget(store, years, baseYear, targetsByIndicator, notes);
  const province = profile?.province;
  const strategy: Strategy = {
    plan_period: `${from}-${to}`,
    title: {
      vi: `Chiến lược công tác đối ngoại${province === undefined ? "" : ` tỉnh ${province}`} giai đoạn ${from}–${to} (dự thảo)`,
      en: `External-affairs strategy${province === undefined ? "" : ` of ${province} province`}, ${from}–${to} (draft)`,
    },
    goals,
    roadmap,
    programmes,
    budget,
    draft: { drafted_on: asOf, ambition, base_year: String(baseYear), notes },
  };
  const checked = validateStrategy(strategy);
  if (!checked.ok) {
    throw new Error(
      `draftStrategy produced an invalid strategy: ${checked.problems.map((p) => p.text.en).join("; ")}`,
    );
  }
  return checked.strategy;
}
