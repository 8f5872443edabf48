import { listIndicators } from "../indicators/registry.ts";
import type { Store } from "../store/openStore.ts";
import { backtest } from "../../data/planning/forecast/backtest.ts";
import { chooseMethod } from "../../data/planning/forecast/chooseMethod.ts";
import { forecastMethods, type ForecastMethod } from "../../data/planning/forecast/FittedModel.ts";
import { shortMethodNames } from "../../data/planning/forecast/fdiBacktest.ts";
import { selectionBacktest } from "../../data/planning/forecast/selectionBacktest.ts";
import { indicatorSeries } from "./forecastIndicator.ts";

/** The backtest of one series: each method's MASE, the automatic choice's, and the choice on the whole series. */
export interface SeriesAccuracy {
  series: string;
  source: "indicators" | "published_figures";
  points: number;
  /** Rolling-origin MASE (minTrain 3, horizon 1) of each method; null when it cannot be computed. */
  mase: Record<ForecastMethod, number | null>;
  /** MASE of choosing by backtest at each origin from the data before it ({@link selectionBacktest}). */
  chosenMase: number | null;
  /** chosenMase / naive MASE: below 1, choosing by backtest beat the naive method on this series. */
  chosenVsNaive: number | null;
  /** The method chosen on the whole series (what a forecast made now uses). */
  chosenNow: ForecastMethod;
}

/**
 * Backtests every yearly total series of the database (each registry
 * indicator without a split, `from`–`to`, read as `indicatorSeries` reads it)
 * and every published series, with every method and with the automatic
 * choice. Series with fewer than 4 points (nothing to backtest) are left out.
 */
export async function forecastAccuracy(
  store: Store,
  options: { from: number; to: number; asOf: string },
): Promise<SeriesAccuracy[]> {
  const out: SeriesAccuracy[] = [];
  const published = await store.all<{ indicator: string }>(
    "SELECT DISTINCT indicator FROM published_figures ORDER BY indicator",
  );
  const ids = [...listIndicators().map((d) => d.id), ...published.map((p) => p.indicator)];
  for (const id of ids) {
    const s = await indicatorSeries(store, {
      indicator: id,
      from: options.from,
      to: options.to,
      asOf: options.asOf,
    });
    const points = s.points.map(({ t, value }) => ({ t, value }));
    if (points.length < 4) continue;
    const bt = backtest(points, { minTrain: 3, horizon: 1 });
    const mase = Object.fromEntries(
      forecastMethods.map((m) => [m, bt.find((b) => b.method === m && b.forecasts.length > 0)?.mase ?? null]),
    ) as Record<ForecastMethod, number | null>;
    const chosenMase = selectionBacktest(points, { minTrain: 3 }).mase;
    out.push({
      series: id,
      source: s.source,
      points: points.length,
      mase,
      chosenMase,
      chosenVsNaive:
        chosenMase === null || mase.naive === null || mase.naive === 0 ? null : chosenMase / mase.naive,
      chosenNow: chooseMethod(points, { minTrain: 3 }).method,
    });
  }
  return out;
}

const vi = (x: number | null) =>
  x === null ? "—" : x.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The accuracy table of docs/forecasting.md as Markdown, with a summary line under it. */
export function forecastAccuracyMarkdown(rows: readonly SeriesAccuracy[]): string {
  const head = [
    "series",
    "points",
    ...forecastMethods.map((m) => shortMethodNames[m]),
    "chosen by backtest",
    "chosen ÷ naive",
    "chosen now",
  ];
  const lines = [
    `| ${head.join(" | ")} |`,
    `|---|---:|${forecastMethods.map(() => "---:").join("|")}|---:|---:|---|`,
  ];
  for (const r of rows) {
    const best = Math.min(...forecastMethods.map((m) => r.mase[m] ?? Infinity));
    const cell = (x: number | null) => (x !== null && x === best ? `**${vi(x)}**` : vi(x));
    lines.push(
      `| ${r.series}${r.source === "published_figures" ? " (published)" : ""} | ${r.points} | ${forecastMethods
        .map((m) => cell(r.mase[m]))
        .join(" | ")} | ${vi(r.chosenMase)} | ${vi(r.chosenVsNaive)} | ${shortMethodNames[r.chosenNow]} |`,
    );
  }
  const ratios = rows.map((r) => r.chosenVsNaive).filter((x): x is number => x !== null);
  const beat = ratios.filter((x) => x < 1).length;
  const sorted = [...ratios].sort((a, b) => a - b);
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2 === 1
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const meanOf = (m: ForecastMethod | "chosen") => {
    const xs = rows
      .map((r) => (m === "chosen" ? r.chosenMase : r.mase[m]))
      .filter((x): x is number => x !== null);
    return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  lines.push(
    `| mean over the series | | ${forecastMethods.map((m) => vi(meanOf(m))).join(" | ")} | ${vi(meanOf("chosen"))} | | |`,
  );
  return [
    ...lines,
    "",
    `${rows.length} series; choosing by backtest beat the naive method on ${beat} of the ${ratios.length} with both MASEs (median ratio ${vi(median)}).`,
  ].join("\n");
}
