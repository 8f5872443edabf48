import type { ForecastPoint } from "./forecast/FittedModel.ts";
import type { Target } from "./strategy.ts";

/**
 * Progress of a target: the path value for a year, and the status of an
 * actual against it. Pure functions, browser-safe.
 */

/** The status of an actual against the path. */
export const progressStatuses = ["on_track", "at_risk", "off_track", "no_data"] as const;
/** Where a value stands against its target path: on_track, at_risk, off_track or no_data. */
export type ProgressStatus = (typeof progressStatuses)[number];

/** Bilingual labels of the statuses. */
export const progressStatusLabels: Record<ProgressStatus, { vi: string; en: string }> = {
  on_track: { vi: "đúng tiến độ", en: "on track" },
  at_risk: { vi: "có nguy cơ chậm", en: "at risk" },
  off_track: { vi: "chậm tiến độ", en: "off track" },
  no_data: { vi: "chưa có số liệu", en: "no data" },
};

/** Thresholds that turn a value against its path into a {@link ProgressStatus}. */
export interface ProgressThresholds {
  /**
   * Width of the "at risk" band as a share of the path value; default 0.1
   * (an up-indicator reaching 90% of its path is at risk, below 90% off track).
   */
  atRisk: number;
}

/** The default thresholds: on track at ≥ 100% of the path (≤ for down-indicators), at risk within 10%. */
export const defaultThresholds: ProgressThresholds = { atRisk: 0.1 };

/** The first and last year of a plan period id such as "2026-2030". */
export function planYears(planPeriod: string): { first: number; last: number } {
  const m = /^(\d{4})-(\d{4})$/.exec(planPeriod);
  if (!m) throw new Error(`invalid plan period: ${planPeriod}`);
  return { first: Number(m[1]), last: Number(m[2]) };
}

/**
 * The value the target's path asks for in `year`. With the baseline year b,
 * the plan's last year E, n = E − b and k = year − b:
 *
 * - `yearly`: the value given for that year (null when none is given; the
 *   baseline value for the baseline year)
 * - `end` with `path: linear` (default): baseline + (end − baseline)·k/n
 * - `end` with `path: compound`: baseline·(end/baseline)^(k/n)
 *
 * Null for a year before the baseline or after the plan's end.
 */
export function pathValue(target: Target, year: number, planPeriod: string): number | null {
  const { last } = planYears(planPeriod);
  const base = Number(target.baseline.period);
  if (year < base || year > last) return null;
  if (year === base) return target.baseline.value;
  if (target.yearly !== undefined) return target.yearly[String(year)] ?? null;
  if (target.end === undefined) return null;
  const k = year - base;
  const n = last - base;
  const b = target.baseline.value;
  if (target.path === "compound") return b * (target.end / b) ** (k / n);
  return b + ((target.end - b) * k) / n;
}

/**
 * The status of an actual against the path value. With the shortfall
 * s = path − actual for an up-indicator (actual − path for a down-indicator)
 * and the band w = atRisk·|path|:
 *
 * - on track: s ≤ 0 (the actual reaches the path; exactly on the path is on track)
 * - at risk: 0 < s ≤ w (exactly 90% of an up-path, with the default 10%, is at risk)
 * - off track: s > w
 * - no data: the actual (or the path) is null
 *
 * Comparisons allow 1e-9·max(1, |path|) for rounding, so 0.9 × 100 counts
 * as exactly 90. For a path of 0 the band is empty: on track or off track.
 */
export function progressStatus(
  actual: number | null,
  path: number | null,
  direction: "up" | "down",
  thresholds: ProgressThresholds = defaultThresholds,
): ProgressStatus {
  if (actual === null || path === null || !Number.isFinite(actual)) return "no_data";
  const shortfall = direction === "up" ? path - actual : actual - path;
  const eps = 1e-9 * Math.max(1, Math.abs(path));
  if (shortfall <= eps) return "on_track";
  if (shortfall <= thresholds.atRisk * Math.abs(path) + eps) return "at_risk";
  return "off_track";
}

/** One year of a target's progress. */
export interface ProgressRow {
  year: number;
  path: number | null;
  actual: number | null;
  /** actual / path, null when either is null or the path is 0. */
  ratio: number | null;
  status: ProgressStatus;
}

/** Progress of a target for each year of the plan period, from actuals by year (missing = no data). */
export function targetProgress(
  target: Target,
  planPeriod: string,
  actuals: Readonly<Record<string, number | null>>,
  thresholds: ProgressThresholds = defaultThresholds,
): ProgressRow[] {
  const { first, last } = planYears(planPeriod);
  const rows: ProgressRow[] = [];
  for (let year = first; year <= last; year++) {
    const path = pathValue(target, year, planPeriod);
    const actual = actuals[String(year)] ?? null;
    rows.push({
      year,
      path,
      actual,
      ratio: actual === null || path === null || path === 0 ? null : actual / path,
      status: progressStatus(actual, path, target.direction, thresholds),
    });
  }
  return rows;
}

/** The target for the plan's last year (the end value, or the last yearly value). */
export function endTarget(target: Target, planPeriod: string): number | null {
  return pathValue(target, planYears(planPeriod).last, planPeriod);
}

/** How a forecast of the end year compares with the end target. */
export interface EndOutlook {
  target: number | null;
  forecast: ForecastPoint;
  /** The status the forecast value would have against the end target. */
  status: ProgressStatus;
  /** True when the target lies inside the forecast's interval (the outcome is uncertain either way). */
  targetWithinInterval: boolean | null;
}

/** Compares a forecast of the plan's last year with the end target, using the same status rule. */
export function endOutlook(
  target: Target,
  planPeriod: string,
  forecast: ForecastPoint,
  thresholds: ProgressThresholds = defaultThresholds,
): EndOutlook {
  const end = endTarget(target, planPeriod);
  return {
    target: end,
    forecast,
    status: progressStatus(forecast.value, end, target.direction, thresholds),
    targetWithinInterval:
      end === null || forecast.lower === null || forecast.upper === null
        ? null
        : end >= forecast.lower && end <= forecast.upper,
  };
}
