import { emptyNote } from "./pageTools.js";
import * as Plot from "@observablehq/plot";
import { formatDate } from "doingoai/data/format";
import { frame, palette, truncate, type ChartOptions } from "./chartTheme.js";

/** One dated item on a row: an agreement's activity, a roadmap milestone. */
export interface TimelineDatum {
  row: string;
  /** ISO date the item is due (or ends). */
  due: string;
  /** ISO date it started, for a bar; absent for a point. */
  start?: string | null;
  /** A status key, drawn as colour and symbol (so it reads without colour). */
  status: string;
  title: string;
  /** How many items the mark stands for (a month's activities); default 1. Drawn larger when above 1. */
  count?: number;
}

export interface TimelineChartOptions extends ChartOptions {
  /** Display name of a status key. */
  statusLabel?: (status: string) => string;
  /** Order of the statuses in the legend; default their order of appearance. */
  statuses?: string[];
  /** ISO date drawn as a vertical "today" rule; default none. */
  today?: string;
}

const symbols = ["circle", "diamond2", "triangle2", "cross", "square2", "star"] as const;

/**
 * Items over time, one row each (a Gantt chart when items have a start): bars
 * from start to due, symbols at the due date, coloured and shaped by status.
 */
export function timelineChart(data: TimelineDatum[], options: TimelineChartOptions) {
  if (data.length === 0) return emptyNote(options.lang ?? "vi");
  const name = options.statusLabel ?? ((s: string) => s);
  const statuses = (options.statuses ?? [...new Set(data.map((d) => d.status))]).map(name);
  const rows = data.map((d) => ({
    ...d,
    statusName: name(d.status),
    dueDate: new Date(d.due),
    startDate: d.start ? new Date(d.start) : null,
  }));
  const rowNames = [...new Set(rows.map((d) => d.row))];
  const bars = rows.filter((d) => d.startDate !== null);
  const most = Math.max(...rows.map((d) => d.count ?? 1));
  const label = (d: (typeof rows)[number]) =>
    `${d.row}\n${d.title}\n${d.startDate ? `${formatDate(d.start)} – ` : ""}${formatDate(d.due)}\n${d.statusName}`;
  return Plot.plot({
    ...frame(options, rows.map((d) => `${d.title}: ${formatDate(d.due)}, ${d.statusName}`).join("; ")),
    marginLeft: 200,
    height: Math.max(100, 30 * rowNames.length + 70),
    x: { type: "utc", grid: true, label: null, tickFormat: (d: Date) => formatDate(d).slice(3) },
    y: {
      domain: rowNames,
      label: null,
      tickFormat: truncate(30),
    },
    color: { domain: statuses, range: palette.slice(0, statuses.length), legend: true },
    symbol: { domain: statuses, range: symbols.slice(0, statuses.length) },
    r: { type: "sqrt", domain: [1, Math.max(most, 2)], range: [6, most > 1 ? 12 : 6] },
    marks: [
      Plot.barX(bars, {
        y: "row",
        x1: "startDate",
        x2: "dueDate",
        fill: "statusName",
        fillOpacity: 0.35,
        insetTop: 6,
        insetBottom: 6,
      }),
      Plot.dot(rows, {
        y: "row",
        x: "dueDate",
        fill: "statusName",
        symbol: "statusName",
        stroke: "black",
        strokeWidth: 0.5,
        r: (d: (typeof rows)[number]) => d.count ?? 1,
        title: label,
        tip: true,
      }),
      ...(options.today
        ? [Plot.ruleX([new Date(options.today)], { stroke: "#555", strokeDasharray: "4,3" })]
        : []),
    ],
  });
}
