import { emptyNote } from "./pageTools.js";
import * as Plot from "@observablehq/plot";
import {
  compactFormat,
  frame,
  palette,
  truncate,
  valueFormat,
  type ChartOptions,
  axisTitleRoom,
} from "./chartTheme.js";

/** Committed and disbursed amounts (USD) of one category (a sector, an NGO). */
export interface CommittedDisbursedDatum {
  key: string;
  committed: number;
  disbursed: number;
}

export interface CommittedDisbursedOptions extends ChartOptions {
  /** Display name of a category key. */
  keyLabel?: (key: string) => string;
  /** Names of the two measures, e.g. { committed: "Cam kết", disbursed: "Giải ngân" }. */
  measures: { committed: string; disbursed: string };
  /** Axis label (e.g. "USD"). */
  xLabel?: string;
}

/**
 * Committed against disbursed as a bullet chart: a light bar for what was
 * committed with a dark, narrower bar for what was disbursed inside it (lightness
 * carries the difference, so it survives grey printing).
 */
export function committedDisbursedChart(data: CommittedDisbursedDatum[], options: CommittedDisbursedOptions) {
  const lang = options.lang ?? "vi";
  const name = options.keyLabel ?? ((k: string) => k);
  const rows = data
    .filter((d) => d.committed > 0 || d.disbursed > 0)
    .map((d) => ({ ...d, label: name(d.key) }))
    .sort((a, b) => b.committed - a.committed);
  // Nothing to draw: say so rather than draw an empty frame.
  if (rows.length === 0) return emptyNote(lang);
  const format = valueFormat(lang);
  const { committed, disbursed } = options.measures;
  const description = rows
    .map((d) => `${d.label}: ${committed} ${format(d.committed)}, ${disbursed} ${format(d.disbursed)}`)
    .join("; ");
  return Plot.plot({
    ...frame(options, description),
    marginLeft: 170,
    marginRight: 20,
    ...axisTitleRoom({ xLabel: options.xLabel }),
    height: Math.max(90, 34 * rows.length + 60) + (options.xLabel ? 16 : 0),
    y: { domain: rows.map((d) => d.label), label: null, tickFormat: truncate() },
    x: { grid: true, label: options.xLabel ?? null, tickFormat: compactFormat(lang), nice: true },
    color: { domain: [committed, disbursed], range: [palette[5], palette[0]], legend: true },
    marks: [
      Plot.barX(rows, {
        y: "label",
        x: "committed",
        fill: () => committed,
        insetTop: 2,
        insetBottom: 2,
        tip: { format: { x: format, fill: false } },
      }),
      Plot.barX(rows, {
        y: "label",
        x: "disbursed",
        fill: () => disbursed,
        insetTop: 9,
        insetBottom: 9,
        tip: { format: { x: format, fill: false } },
      }),
      Plot.ruleX([0]),
    ],
  });
}
