import type { Lang } from "../../../data/Bilingual.ts";
import { formatNumber } from "../../../data/format.ts";
import { renderPlotPng } from "../../figures/renderPlotPng.ts";
import { renderPlotSvg, type RenderPlotOptions } from "../../figures/renderPlotSvg.ts";
import type { FigureBlock } from "./StrategyDocument.ts";

// Charts of the strategy document, drawn on the server with Observable Plot (renderPlotSvg /
// renderPlotPng). Series are labelled with marks (no HTML legend), as renderPlotSvg asks.

const palette = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6"];

async function figure(name: string, caption: string, options: RenderPlotOptions): Promise<FigureBlock> {
  const svg = await renderPlotSvg(options);
  const { png, width, height } = await renderPlotPng(options, { scale: 2 });
  return { kind: "figure", name, caption, png, svg, width: width / 2, height: height / 2 };
}

/** One value of a series in a year. */
export interface SeriesPoint {
  series: string;
  year: number;
  value: number | null;
}

/** Lines by year, one per series, each labelled at its last point. */
export async function seriesFigure(
  name: string,
  caption: string,
  points: SeriesPoint[],
  o: { lang: Lang; y: string; width?: number },
): Promise<FigureBlock> {
  const Plot = await import("@observablehq/plot");
  const data = points.filter((p) => p.value !== null);
  const series = [...new Set(points.map((p) => p.series))];
  const lastOf = series
    .map((s) =>
      data
        .filter((p) => p.series === s)
        .sort((a, b) => a.year - b.year)
        .at(-1),
    )
    .filter((p): p is SeriesPoint => p !== undefined);
  const years = [...new Set(points.map((p) => p.year))].sort();
  // labels at the last points, pushed apart to at least 13 px (the plot area is about 190 px high)
  const max = Math.max(1e-9, ...data.map((p) => p.value!));
  const placed = lastOf.map((p) => ({ ...p, py: (p.value! / max) * 190 })).sort((a, b) => a.py - b.py);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i]!.py - placed[i - 1]!.py < 13) placed[i]!.py = placed[i - 1]!.py + 13;
  }
  const labels = placed.map((p) => ({ ...p, dy: -(p.py - (p.value! / max) * 190) }));
  return figure(name, caption, {
    width: o.width ?? 640,
    height: 240,
    marginRight: 190,
    marginLeft: 60,
    x: {
      label: null,
      ticks: years,
      tickFormat: (d: number) => String(d),
      domain: [years[0]! - 0.2, years.at(-1)! + 0.2],
    },
    y: { label: o.y, grid: true, zero: true, tickFormat: (d: number) => formatNumber(d, { lang: o.lang }) },
    color: { domain: series, range: palette },
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, { x: "year", y: "value", stroke: "series", strokeWidth: 2 }),
      Plot.dot(data, { x: "year", y: "value", fill: "series", r: 3 }),
      ...labels.map((l) =>
        Plot.text([l], {
          x: "year",
          y: "value",
          text: "series",
          fill: "series",
          dx: 8,
          dy: l.dy,
          textAnchor: "start",
          fontSize: 11,
        }),
      ),
    ],
  });
}

/** One bar of the Gantt chart. */
export interface GanttBar {
  label: string;
  start: string;
  due: string;
  status: string;
}

/** The roadmap as a Gantt chart: a bar per milestone from its start to its due date. */
export async function ganttFigure(
  caption: string,
  bars: GanttBar[],
  o: { lang: Lang; statusLabel: (s: string) => string; width?: number },
): Promise<FigureBlock> {
  const Plot = await import("@observablehq/plot");
  const rows = bars.map((b) => ({
    ...b,
    startDate: new Date(`${b.start}T00:00:00Z`),
    dueDate: new Date(`${b.due}T00:00:00Z`),
    statusName: o.statusLabel(b.status),
  }));
  const statuses = [...new Set(rows.map((r) => r.statusName))];
  return figure("roadmap-gantt", caption, {
    width: o.width ?? 640,
    height: 40 + 24 * rows.length,
    marginLeft: 270,
    marginRight: 20,
    x: { type: "utc", label: null, grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: statuses, range: palette },
    marks: [
      // the legend: one label per status, stacked at the top right
      ...statuses.map((status, i) =>
        Plot.text([status], {
          frameAnchor: "top-right",
          text: (d: string) => `■ ${d}`,
          fill: palette[i % palette.length],
          dy: i * 13,
          fontSize: 11,
          fontWeight: "bold",
        }),
      ),
      Plot.barX(rows, {
        x1: "startDate",
        x2: "dueDate",
        y: "label",
        fill: "statusName",
        insetTop: 4,
        insetBottom: 4,
      }),
      Plot.dot(rows, { x: "dueDate", y: "label", fill: "black", r: 2.5 }),
    ],
  });
}

/** Budget by year, stacked by line, with each bar's total written above it. */
export async function budgetFigure(
  caption: string,
  rows: { year: string; line: string; amount: number }[],
  o: { lang: Lang; unitLabel: string; width?: number },
): Promise<FigureBlock> {
  const Plot = await import("@observablehq/plot");
  const lines = [...new Set(rows.map((r) => r.line))];
  const totals = [...new Set(rows.map((r) => r.year))].map((year) => ({
    year,
    total: rows.filter((r) => r.year === year).reduce((s, r) => s + r.amount, 0),
  }));
  const lastYear = totals.at(-1)?.year;
  const lastRows = rows.filter((r) => r.year === lastYear);
  return figure("budget", caption, {
    width: o.width ?? 640,
    height: 280,
    marginRight: 150,
    marginLeft: 60,
    x: { label: null, padding: 0.3, type: "band" },
    y: { label: o.unitLabel, grid: true, tickFormat: (d: number) => formatNumber(d, { lang: o.lang }) },
    color: { domain: lines, range: palette },
    marks: [
      Plot.barY(rows, { x: "year", y: "amount", fill: "line" }),
      Plot.text(totals, {
        x: "year",
        y: "total",
        text: (d: { total: number }) => formatNumber(d.total, { lang: o.lang, digits: 0 }),
        dy: -8,
        fontSize: 10,
      }),
      Plot.text(
        lastRows,
        Plot.stackY({
          x: "year",
          y: "amount",
          z: "line",
          text: "line",
          fill: "line",
          dx: 40,
          textAnchor: "start",
          fontSize: 10,
        }),
      ),
      Plot.ruleY([0]),
    ],
  });
}
