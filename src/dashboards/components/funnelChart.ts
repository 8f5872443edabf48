import { emptyNote } from "./pageTools.js";
import * as Plot from "@observablehq/plot";
import { formatPercent } from "doingoai/data/format";
import {
  axisFormat,
  frame,
  palette,
  truncate,
  valueFormat,
  type ChartOptions,
  axisTitleRoom,
} from "./chartTheme.js";

/** One stage of the investment funnel and how many investors reached it. */
export interface FunnelDatum {
  stage: string;
  count: number;
}

export interface FunnelChartOptions extends ChartOptions {
  /** Display name of a stage key. */
  stageLabel?: (stage: string) => string;
  /** Label of the count axis. */
  xLabel?: string;
}

/**
 * The funnel from first contact to registration: one centred bar per stage,
 * in the given order, labelled with the count and the share of the first stage.
 */
export function funnelChart(data: FunnelDatum[], options: FunnelChartOptions) {
  const lang = options.lang ?? "vi";
  const name = options.stageLabel ?? ((s: string) => s);
  const first = data[0]?.count ?? 0;
  if (first === 0) return emptyNote(lang);
  const format = valueFormat(lang);
  const rows = data.map((d) => ({
    stage: name(d.stage),
    count: d.count,
    text: `${format(d.count)}${first > 0 ? ` (${formatPercent(d.count / first, { lang, digits: 0 })})` : ""}`,
  }));
  const max = Math.max(1, first, ...data.map((d) => d.count));
  return Plot.plot({
    ...frame(options, rows.map((d) => `${d.stage}: ${d.text}`).join("; ")),
    marginLeft: 150,
    height: 40 * rows.length + 30,
    y: { domain: rows.map((d) => d.stage), label: null },
    x: { domain: [-max / 2, max / 2], axis: null },
    marks: [
      Plot.barX(rows, {
        y: "stage",
        x1: (d: { count: number }) => -d.count / 2,
        x2: (d: { count: number }) => d.count / 2,
        fill: palette[0],
        tip: { format: { x1: false, x2: false } },
        title: "text",
      }),
      Plot.text(rows, { y: "stage", x: 0, text: "text", fill: "white", stroke: palette[0], strokeWidth: 3 }),
    ],
  });
}

/** Funnel counts of one category (a channel, a country). */
export interface FunnelSplitDatum {
  key: string;
  contact: number;
  site_visit: number;
  mou: number;
  registered: number;
}

export interface FunnelSplitOptions extends FunnelChartOptions {
  /** Display name of a category key. */
  keyLabel?: (key: string) => string;
}

const stageOrder = ["contact", "site_visit", "mou", "registered"] as const;

/**
 * The funnel split by a category: one group of four bars (contact, site visit,
 * MOU, registered) per category, from light to dark so stages read in grey.
 */
export function funnelSplitChart(data: FunnelSplitDatum[], options: FunnelSplitOptions) {
  const lang = options.lang ?? "vi";
  const stageName = options.stageLabel ?? ((s: string) => s);
  const keyName = options.keyLabel ?? ((k: string) => k);
  const stages = stageOrder.map(stageName);
  const rows = data
    .sort((a, b) => b.contact - a.contact)
    .flatMap((d) => stageOrder.map((s, i) => ({ key: keyName(d.key), stage: stages[i]!, count: d[s] })));
  const format = valueFormat(lang);
  return Plot.plot({
    ...frame(
      options,
      data
        .map((d) => `${keyName(d.key)}: ${stageOrder.map((s, i) => `${stages[i]} ${d[s]}`).join(", ")}`)
        .join("; "),
    ),
    marginLeft: 150,
    ...axisTitleRoom({ xLabel: options.xLabel }),
    height: Math.max(120, data.length * 4 * 12 + 70) + (options.xLabel ? 16 : 0),
    fy: { label: null, domain: [...new Set(rows.map((r) => r.key))], tickFormat: truncate(22) },
    y: { domain: stages, axis: null },
    x: { grid: true, label: options.xLabel ?? null, tickFormat: axisFormat(format), nice: true },
    color: { domain: stages, range: ["#c6dbef", "#6baed6", "#2171b5", "#08306b"], legend: true },
    marks: [
      Plot.barX(rows, { fy: "key", y: "stage", x: "count", fill: "stage", tip: { format: { x: format } } }),
      Plot.text(rows, {
        fy: "key",
        y: "stage",
        x: "count",
        text: (d: { count: number }) => format(d.count),
        dx: 3,
        textAnchor: "start",
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  });
}
