import { parsePeriod } from "../../data/periods.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { computeIndicators } from "../indicators/computeIndicators.ts";
import { indicatorById, listIndicators } from "../indicators/registry.ts";
import type { Store } from "../store/openStore.ts";
import { backtest, type MethodBacktest } from "../../data/planning/forecast/backtest.ts";
import type { ForecastMethod } from "../../data/planning/forecast/FittedModel.ts";
import { forecast, type ForecastResult } from "../../data/planning/forecast/forecast.ts";
import { minPoints } from "../../data/planning/forecast/FittedModel.ts";
import { periodTime, yearFraction } from "../../data/planning/forecast/timeSeries.ts";
import {
  predictiveDistribution,
  type PredictiveDistribution,
} from "../../data/planning/forecast/feasibility.ts";

/** One observed or forecast point with its period id and a label a person reads (a year, or a date dd/mm/yyyy). */
export interface LabelledPoint {
  /**
   * The period the value belongs to, named as the rest of the CLI does: "2023"
   * for a year, or for a published figure the period its as-of date ends
   * ("2023" for 31/12/2023, "2024Q3" for 30/09/2024, "2017-08" for 31/08/2017),
   * else the date itself (yyyy-mm-dd).
   */
  period: string;
  label: string;
  /** Time in years used by the methods: a year's start for an indicator, the end of the as-of day for a published figure (31/12/2023 → 2024). */
  t: number;
  value: number;
}

/** A series read from the database for forecasting. */
export interface IndicatorSeries {
  indicator: string;
  /** "indicators" when computed by the indicator library, "published_figures" when read from published figures. */
  source: "indicators" | "published_figures";
  unit: string;
  points: LabelledPoint[];
}

/** Which yearly series to read: an indicator id or a published figure, its filters and years. */
export interface IndicatorSeriesOptions {
  indicator: string;
  /** Filters of a registry indicator, e.g. {country: "LA"} (not for published figures). */
  where?: Record<string, string>;
  /** First and last year of a registry indicator's history; default 2015 and the year before `asOf`. */
  from?: number;
  to?: number;
  /** "Now" for the indicator library, ISO; default today. */
  asOf?: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The period an as-of date closes: a year, a quarter or a month when it is their last day, else the date. */
export function periodEndingOn(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d !== lastDay) return iso;
  if (m === 12) return String(y);
  if (m % 3 === 0) return `${y}Q${m / 3}`;
  return `${y}-${String(m).padStart(2, "0")}`;
}

/**
 * Reads the yearly series of a registry indicator (via computeIndicators; t =
 * the year) or, when the id is not in the registry, the published figures of
 * that id (t = the as-of date in fractional years; a figure given by period is
 * placed at the period's last day). Years with no data, and for counts and
 * sums the leading years with the value 0 (before records were kept, a count
 * reads 0), are left out. Of two
 * published figures for the same date, the first by source name is used.
 */
export async function indicatorSeries(
  store: Store,
  options: IndicatorSeriesOptions,
): Promise<IndicatorSeries> {
  const def = indicatorById(options.indicator);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (def !== undefined) {
    const from = options.from ?? 2015;
    const to = options.to ?? Number(asOf.slice(0, 4)) - 1;
    const result = await computeIndicators(store, {
      indicators: [def.id],
      from: String(from),
      to: String(to),
      asOf,
      ...(options.where === undefined ? {} : { where: options.where }),
    });
    const points = result.rows
      .filter((r): r is typeof r & { value: number } => r.value !== null)
      .map((r) => ({ period: r.period, label: r.period, t: periodTime(r.period), value: r.value }))
      .sort((a, b) => a.t - b.t);
    // Before the office kept records a count or a sum reads 0: start at its first non-zero
    // value. Ratios and days have no data there instead, so their zeros are real.
    const first = def.additive ? points.findIndex((p) => p.value !== 0) : 0;
    return {
      indicator: def.id,
      source: "indicators",
      unit: def.unit,
      points: first < 0 ? [] : points.slice(first),
    };
  }
  if (options.where !== undefined && Object.keys(options.where).length > 0) {
    throw new DoingoaiError(
      {
        vi: `Số liệu công bố ${options.indicator} không chia theo chiều nào; bỏ --where.`,
        en: `Published figures ${options.indicator} cannot be split; drop --where.`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  const rows = await store.all<{ period: string | null; as_of: Date | null; value: number; unit: string }>(
    `SELECT period, as_of, value, unit FROM published_figures WHERE indicator = $id ORDER BY source`,
    { id: options.indicator },
  );
  if (rows.length === 0) {
    const known = [
      ...listIndicators().map((i) => i.id),
      ...(
        await store.all<{ indicator: string }>("SELECT DISTINCT indicator FROM published_figures ORDER BY 1")
      ).map((r) => r.indicator),
    ];
    throw new DoingoaiError(
      {
        vi: `Chỉ tiêu không tồn tại (không có trong danh mục chỉ tiêu, cũng không có số liệu công bố): ${options.indicator}. Các mã có thể dùng: ${known.join(", ")}`,
        en: `Unknown indicator (neither in the indicator registry nor in published figures): ${options.indicator}. Available ids: ${known.join(", ")}`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  const byT = new Map<number, LabelledPoint>();
  for (const r of rows) {
    const date = r.as_of !== null ? r.as_of.toISOString().slice(0, 10) : parsePeriod(r.period!).end;
    const t = yearFraction(date);
    if (!byT.has(t)) byT.set(t, { period: periodEndingOn(date), label: dmy(date), t, value: r.value });
  }
  const points = [...byT.values()].sort((a, b) => a.t - b.t);
  return { indicator: options.indicator, source: "published_figures", unit: rows[0]!.unit, points };
}

/** Options of {@link forecastIndicator}: the series, the last year to forecast and the method. */
export interface ForecastIndicatorOptions extends IndicatorSeriesOptions {
  /** Last year to forecast (inclusive). */
  until: number;
  /** Default "auto" (chosen by rolling-origin backtest). */
  method?: ForecastMethod | "auto";
  /** Interval coverage; default 0.8. */
  level?: number;
}

/** The yearly series of an indicator with its forecast points and the method choice. */
export interface IndicatorForecast {
  series: IndicatorSeries;
  /**
   * Forecast points, one per year: `period` is the year ("2023"), `label` the
   * year (registry indicators) or 31/12 of the year (published figures), and
   * `distribution` the predictive distribution from the backtest errors (see
   * `predictiveDistribution`; null when it cannot be estimated).
   */
  forecast: (ForecastResult["points"][number] & {
    period: string;
    label: string;
    distribution: PredictiveDistribution | null;
  })[];
  method: ForecastMethod;
  params: Record<string, number>;
  level: number;
  /** Backtest of every method on the history (minTrain 3, horizon 1); empty when the series is too short. */
  backtests: MethodBacktest[];
  /** Why this method (when chosen automatically). */
  reason: string | null;
}

/**
 * Forecasts an indicator (or a published series) to the end of `until`:
 * yearly points after the last observation, with a prediction interval and
 * the rolling-origin backtest of each method. Interval bounds are clipped to
 * the unit's domain (counts, persons, money and shares ≥ 0; shares ≤ 1;
 * days unbounded); the point forecast is left as the method gives it. A series with no data, or
 * fewer points than the method needs, is a bilingual error (exit code 3).
 */
export async function forecastIndicator(
  store: Store,
  options: ForecastIndicatorOptions,
): Promise<IndicatorForecast> {
  const series = await indicatorSeries(store, options);
  const method = options.method ?? "auto";
  const needed = method === "auto" ? 1 : minPoints[method];
  if (series.points.length < needed || series.points.length === 0) {
    throw new DoingoaiError(
      {
        vi: `Không đủ số liệu để dự báo ${series.indicator}: có ${series.points.length} điểm, phương pháp ${method} cần ít nhất ${needed}.`,
        en: `Not enough data to forecast ${series.indicator}: ${series.points.length} point(s), method ${method} needs at least ${needed}.`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  const lastT = series.points.at(-1)!.t;
  const targets: { period: string; label: string; t: number }[] = [];
  for (let year = Math.floor(lastT) - 1; year <= options.until; year++) {
    const t = series.source === "indicators" ? year : yearFraction(`${year}-12-31`);
    if (t > lastT)
      targets.push({
        period: String(year),
        label: series.source === "indicators" ? String(year) : `31/12/${year}`,
        t,
      });
  }
  if (targets.length === 0) {
    throw new DoingoaiError(
      {
        vi: `--until ${options.until} không sau điểm số liệu cuối cùng (${series.points.at(-1)!.label}).`,
        en: `--until ${options.until} is not after the last data point (${series.points.at(-1)!.label}).`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  const history = series.points.map(({ t, value }) => ({ t, value }));
  const result = forecast(history, { method, at: targets.map((x) => x.t), level: options.level ?? 0.8 });
  // An interval never leaves the indicator's domain: counts and money are ≥ 0, shares in 0..1.
  const unit = series.unit;
  const floor =
    unit === "days"
      ? -Infinity
      : ["count", "persons", "percent", "VND", "USD", "projects"].includes(unit)
        ? 0
        : -Infinity;
  const ceiling = unit === "percent" ? 1 : Infinity;
  const clamp = (x: number | null) => (x === null ? null : Math.min(ceiling, Math.max(floor, x)));
  return {
    series,
    forecast: result.points.map((p, i) => ({
      period: targets[i]!.period,
      label: targets[i]!.label,
      ...p,
      lower: clamp(p.lower),
      upper: clamp(p.upper),
      distribution: predictiveDistribution(history, result.method, p.t),
    })),
    method: result.method,
    params: result.params,
    level: result.level,
    backtests: result.choice?.backtests ?? backtest(series.points, { minTrain: 3, horizon: 1 }),
    reason: result.choice?.reason ?? null,
  };
}
