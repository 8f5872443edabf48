import { backtest } from "./backtest.ts";
import { chooseMethod } from "./chooseMethod.ts";
import { forecastMethods } from "./FittedModel.ts";
import { forecast } from "./forecast.ts";
import { yearFraction, type SeriesPoint } from "./timeSeries.ts";

/**
 * Thái Nguyên's active FDI stock as published (docs/conventions.md §5). A month-only
 * as-of date ("08/2017") is read as the last day of that month.
 */
export const fdiStock = [
  { asOf: "2017-08-31", projects: 126, capitalBnUsd: 7.2 },
  { asOf: "2019-06-30", projects: 135, capitalBnUsd: 7.7 },
  { asOf: "2021-12-31", projects: 170, capitalBnUsd: 9.67 },
  { asOf: "2023-12-31", projects: 211, capitalBnUsd: 10.72 },
  { asOf: "2024-09-30", projects: 197, capitalBnUsd: 10.5 },
  { asOf: "2026-03-31", projects: 263, capitalBnUsd: 11.9 },
] as const;

/** Short English method names for the doc's tables. */
export const shortMethodNames = {
  naive: "naive",
  linear: "linear trend",
  compound: "compound growth",
  holt: "Holt damped",
  combo: "combination",
} as const;
const methodNames = shortMethodNames;

const vi = (digits: number) => (x: number | null) =>
  x === null
    ? "—"
    : x.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function seriesOf(key: "projects" | "capitalBnUsd"): SeriesPoint[] {
  return fdiStock.map((r) => ({ t: yearFraction(r.asOf), value: r[key] }));
}

/**
 * The tables of docs/forecasting.md §"Backtest on the Thái Nguyên FDI stock",
 * as Markdown, computed from {@link fdiStock} by the shipped methods. The doc
 * section is generated from this function (src/lib/planning/writeForecastDocs.ts)
 * and a test checks that it has not drifted.
 */
export function fdiBacktestTables(): string {
  const out: string[] = [];
  const measures = [
    { key: "projects", title: "Active FDI projects", digits: 1 },
    { key: "capitalBnUsd", title: "Registered capital of active FDI projects (bn USD)", digits: 2 },
  ] as const;
  out.push("### End-2023 forecast from the data up to end-2021", "");
  out.push(
    "Training points: 31/08/2017, 30/06/2019, 31/12/2021; forecast for 31/12/2023 (2 years ahead), 80% interval.",
    "",
  );
  for (const m of measures) {
    const series = seriesOf(m.key);
    const train = series.slice(0, 3);
    const target = series[3]!;
    const f = vi(m.digits);
    out.push(`**${m.title}** — actual at 31/12/2023: ${f(target.value)}`, "");
    out.push("| method | forecast | 80% interval | error (forecast − actual) | APE |");
    out.push("|---|---:|---:|---:|---:|");
    for (const method of forecastMethods) {
      const p = forecast(train, { method, at: [target.t], level: 0.8 }).points[0]!;
      const interval = p.lower === null || p.upper === null ? "—" : `${f(p.lower)} – ${f(p.upper)}`;
      const ape = (100 * Math.abs(p.value - target.value)) / Math.abs(target.value);
      out.push(
        `| ${methodNames[method]} | ${f(p.value)} | ${interval} | ${f(p.value - target.value)} | ${vi(1)(ape)}% |`,
      );
    }
    out.push("");
  }
  out.push("### Rolling-origin backtest over the whole series", "");
  out.push(
    "minTrain 3, horizon 1: origins end-2021, end-2023 and 09/2024 forecast the next published figure (end-2023, 09/2024, 03/2026).",
    "",
  );
  for (const m of measures) {
    const series = seriesOf(m.key);
    const results = backtest(series, { minTrain: 3, horizon: 1 });
    const choice = chooseMethod(series, { minTrain: 3, horizon: 1 });
    const f = vi(m.digits);
    out.push(`**${m.title}** — chosen: ${methodNames[choice.method]}`, "");
    out.push("| method | forecasts (end-2023; 09/2024; 03/2026) | MAPE | MASE |");
    out.push("|---|---:|---:|---:|");
    for (const r of results) {
      out.push(
        `| ${methodNames[r.method]} | ${r.forecasts.map((x) => f(x.predicted)).join("; ")} | ${vi(1)(r.mape)}% | ${vi(2)(r.mase)} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}
