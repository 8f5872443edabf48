import { emptyNote } from "./pageTools.js";
import * as Plot from "@observablehq/plot";
import {
  axisFormat,
  compactFormat,
  frame,
  palette,
  valueFormat,
  type ChartOptions,
  axisTitleRoom,
} from "./chartTheme.js";

/** One value of one series in one period (a year). */
export interface TrendDatum {
  period: string;
  series: string;
  value: number | null;
}

export interface TrendChartOptions extends ChartOptions {
  /** Label of the y axis. */
  yLabel?: string;
  /** Unit of the values ("percent" shows percentages). */
  unit?: string;
  /** Display name of a series key; default the key. */
  seriesLabel?: (series: string) => string;
  /** Period to highlight (the chosen year). */
  highlight?: string;
}

/**
 * Values over the years as grouped bars, one colour per series, with the
 * chosen year outlined. Missing values (no data) draw no bar.
 */
export function trendChart(data: TrendDatum[], options: TrendChartOptions) {
  const lang = options.lang ?? "vi";
  const name = options.seriesLabel ?? ((s: string) => s);
  const rows = data
    .filter((d) => d.value !== null)
    .map((d) => ({ ...d, label: name(d.series), value: d.value as number }));
  // Nothing to draw: say so rather than draw an empty frame.
  if (rows.length === 0) return emptyNote(lang);
  const series = [...new Set(data.map((d) => d.series))].map(name);
  const format = options.unit === "percent" ? valueFormat(lang, "percent") : compactFormat(lang);
  return Plot.plot({
    ...frame(options, `${options.yLabel ?? ""}: ${series.join(", ")}`),
    marginLeft: 56,
    ...axisTitleRoom({ yLabel: options.yLabel }),
    height: 260,
    fx: { label: null, tickSize: 0 },
    x: { axis: null, domain: series, padding: 0.1 },
    y: {
      grid: true,
      label: options.yLabel ?? null,
      tickFormat: axisFormat(format, options.unit ?? "count"),
      nice: true,
    },
    color: { domain: series, range: palette.slice(0, series.length), legend: series.length > 1 },
    marks: [
      Plot.barY(rows, {
        fx: "period",
        x: "label",
        y: "value",
        fill: "label",
        tip: { format: { y: valueFormat(lang, options.unit), fx: true, x: true, fill: false } },
      }),
      // The chosen year, outlined (an outline, not a colour, so it prints).
      Plot.barY(
        rows.filter((d) => d.period === options.highlight),
        { fx: "period", x: "label", y: "value", stroke: "black", strokeWidth: 2, fill: "none" },
      ),
      Plot.ruleY([0]),
    ],
  });
}
