import { emptyNote } from "./pageTools.js";
import * as Plot from "@observablehq/plot";
import {
  axisFormat,
  compactFormat,
  frame,
  palette,
  truncate,
  valueFormat,
  type ChartOptions,
  axisTitleRoom,
} from "./chartTheme.js";

/** One bar: a category and its value. */
export interface BarDatum {
  key: string;
  value: number | null;
  /** Optional second grouping (e.g. direction), drawn as stacked colours. */
  group?: string;
}

export interface BarChartOptions extends ChartOptions {
  /** Label of the value axis. */
  xLabel?: string;
  /** Unit of the values ("percent" shows percentages). */
  unit?: string;
  /** Display name of a category key; default the key. */
  keyLabel?: (key: string) => string;
  /** Display name of a group key; default the key. */
  groupLabel?: (group: string) => string;
  /** Colours of the groups, in the order of `groupOrder` (default: the palette). */
  groupColors?: string[];
  /** Order of the group keys for the legend and colours; default their order of appearance (a group not named comes after, in a palette colour). */
  groupOrder?: string[];
  /**
   * Keep the categories whose value is 0, as a bar of no length with its "0" written and its group in
   * the legend (a score of 0 is a finding); default false: a category at 0 is left out.
   */
  keepZero?: boolean;
}

/**
 * Horizontal bars, longest first, with the value written at the end of each
 * bar (so the chart reads without colour). With `group`, bars are stacked and
 * a legend names the groups.
 */
export function barChart(data: BarDatum[], options: BarChartOptions) {
  const lang = options.lang ?? "vi";
  const keyName = options.keyLabel ?? ((k: string) => k);
  const groupName = options.groupLabel ?? ((g: string) => g);
  const format = valueFormat(lang, options.unit);
  const rows = data
    .filter((d) => d.value !== null && (d.value !== 0 || options.keepZero === true))
    .map((d) => ({
      label: keyName(d.key),
      group: d.group === undefined ? "" : groupName(d.group),
      value: d.value as number,
    }));
  // Nothing to draw: say so rather than draw an empty frame.
  if (rows.length === 0) return emptyNote(lang);
  // the groups named in groupOrder first, in that order, then any other (never a bar without a colour)
  const seen = [...new Set(rows.map((d) => d.group))];
  const named = (options.groupOrder ?? []).map(groupName);
  const groups = [...named.filter((g) => seen.includes(g)), ...seen.filter((g) => !named.includes(g))];
  const spare = palette.filter((c) => !(options.groupColors ?? []).includes(c));
  let nextSpare = 0;
  const colors = groups.map((g) => {
    const at = named.indexOf(g);
    return (
      (at >= 0 ? options.groupColors?.[at] : undefined) ?? spare[nextSpare++ % spare.length] ?? palette[0]!
    );
  });
  const totals = new Map<string, number>();
  for (const d of rows) totals.set(d.label, (totals.get(d.label) ?? 0) + d.value);
  const order = [...totals].sort((a, b) => b[1] - a[1]).map(([label]) => label);
  return Plot.plot({
    ...frame(options, `${options.xLabel ?? ""}: ${order.join(", ")}`),
    marginLeft: 160,
    marginRight: 60,
    ...axisTitleRoom({ xLabel: options.xLabel }),
    height: Math.max(80, 28 * order.length + 50) + (options.xLabel ? 16 : 0),
    y: { domain: order, label: null, tickFormat: truncate() },
    x: {
      grid: true,
      label: options.xLabel ?? null,
      tickFormat:
        options.unit === "VND" || options.unit === "USD"
          ? compactFormat(lang)
          : axisFormat(format, options.unit),
      nice: true,
    },
    color: {
      domain: groups,
      range: colors,
      legend: groups.length > 1,
    },
    marks: [
      Plot.barX(rows, {
        y: "label",
        x: "value",
        fill: groups.length > 1 ? "group" : palette[0],
        tip: { format: { x: format, fill: groups.length > 1 } },
      }),
      Plot.text(
        [...totals].map(([label, value]) => ({ label, value })),
        {
          y: "label",
          x: "value",
          text: (d: { value: number }) => format(d.value),
          dx: 4,
          textAnchor: "start",
        },
      ),
      Plot.ruleX([0]),
    ],
  });
}
