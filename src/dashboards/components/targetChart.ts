import { emptyNote } from "./pageTools.js";
import * as Plot from "@observablehq/plot";
import { axisFormat, frame, palette, valueFormat, compactFormat, type ChartOptions } from "./chartTheme.js";

/** One year of a target: actual, path value, and the forecast with its interval. */
export interface TargetPoint {
  year: number;
  actual: number | null;
  path: number | null;
  forecast: number | null;
  lower: number | null;
  upper: number | null;
}

export interface TargetChartOptions extends ChartOptions {
  /** Unit of the indicator ("percent" shows percentages). */
  unit?: string;
  /** Legend names of the three lines. */
  names: { actual: string; path: string; forecast: string };
}

/**
 * A target's path (dashed), the actuals (solid, with dots) and the forecast
 * with its 80% interval (shaded band, dotted line) to the plan's end. Line
 * styles, not only colours, tell the three apart, so the chart prints in grey.
 */
export function targetChart(points: TargetPoint[], options: TargetChartOptions) {
  const lang = options.lang ?? "vi";
  const format = options.unit === "percent" ? valueFormat(lang, "percent") : compactFormat(lang);
  const { actual, path, forecast } = options.names;
  const t = (year: number) => new Date(Date.UTC(year, 0, 1));
  const actuals = points.filter((p) => p.actual !== null).map((p) => ({ ...p, date: t(p.year) }));
  const paths = points.filter((p) => p.path !== null).map((p) => ({ ...p, date: t(p.year) }));
  if (actuals.length === 0 && paths.length === 0) return emptyNote(lang);
  const lastActual = actuals[actuals.length - 1];
  // The band is cut at what the indicator can take: never below 0 (counts, money, shares), never above 100%.
  const clamp = (v: number | null) =>
    v === null || options.unit === "days"
      ? v
      : Math.min(Math.max(v, 0), options.unit === "percent" ? 1 : Infinity);
  // The forecast line starts at the last actual so the two join.
  const forecasts = [
    ...(lastActual
      ? [{ ...lastActual, forecast: lastActual.actual, lower: lastActual.actual, upper: lastActual.actual }]
      : []),
    ...points
      .filter((p) => p.forecast !== null)
      .map((p) => ({ ...p, lower: clamp(p.lower), upper: clamp(p.upper), date: t(p.year) })),
  ];
  const description = [
    `${actual}: ${actuals.map((p) => `${p.year} ${format(p.actual as number)}`).join(", ")}`,
    `${path}: ${paths.map((p) => `${p.year} ${format(p.path as number)}`).join(", ")}`,
    forecasts.length > 1
      ? `${forecast}: ${forecasts
          .slice(1)
          .map((p) => `${p.year} ${format(p.forecast as number)}`)
          .join(", ")}`
      : "",
  ]
    .filter(Boolean)
    .join(". ");
  return Plot.plot({
    ...frame(options, description),
    height: 220,
    marginLeft: 56,
    x: {
      type: "utc",
      label: null,
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
      ticks: Math.max(2, Math.round(options.width / 90)),
    },
    y: { grid: true, label: null, tickFormat: axisFormat(format, options.unit), nice: true, zero: true },
    color: { domain: [actual, path, forecast], range: [palette[0], palette[3], palette[1]], legend: true },
    marks: [
      Plot.areaY(
        forecasts.filter((p) => p.lower !== null && p.upper !== null),
        {
          x: "date",
          y1: "lower",
          y2: "upper",
          fill: palette[1],
          fillOpacity: 0.2,
        },
      ),
      Plot.line(forecasts, {
        x: "date",
        y: "forecast",
        stroke: () => forecast,
        strokeDasharray: "2,3",
        strokeWidth: 2,
      }),
      Plot.line(paths, { x: "date", y: "path", stroke: () => path, strokeDasharray: "6,4", strokeWidth: 2 }),
      Plot.dot(paths, { x: "date", y: "path", stroke: () => path, symbol: "diamond", r: 3 }),
      Plot.line(actuals, { x: "date", y: "actual", stroke: () => actual, strokeWidth: 2.5 }),
      Plot.dot(actuals, {
        x: "date",
        y: "actual",
        fill: () => actual,
        r: 3.5,
        tip: {
          format: {
            y: valueFormat(lang, options.unit),
            x: (d: Date) => String(d.getUTCFullYear()),
            fill: false,
          },
        },
      }),
    ],
  });
}
