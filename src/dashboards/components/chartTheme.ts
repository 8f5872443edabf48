// Shared choices of every chart: colours readable by colour-blind readers and
// in black-and-white print, number formats of the reader's language, and the
// text alternative each chart carries.
import { formatNumber, formatPercent } from "doingoai/data/format";
import type { Lang } from "./labels.js";

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), ordered
 * so that neighbours also differ in lightness when printed in grey; the
 * yellow of the original set is left out (unreadable on white paper).
 */
export const palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"] as const;

/** Sequential scheme for maps and heat: light to dark blue, readable in grey. */
export const sequentialScheme = "blues";

/** Options every chart component takes. */
export interface ChartOptions {
  /** Width in pixels, from Framework's `resize`. */
  width: number;
  /** Language of labels and numbers; default "vi". */
  lang?: Lang;
  /** Heading shown above the chart and used as its accessible name. */
  title?: string;
  /** One or two sentences saying what the chart shows, for screen readers (aria-description). */
  description?: string;
}

/** Tick and tip format of a value: a percentage for fractions, else a grouped number. */
export function valueFormat(lang: Lang, unit?: string): (v: number) => string {
  if (unit === "percent") return (v) => formatPercent(v, { lang, digits: 0 });
  return (v) => formatNumber(v, { lang });
}

/**
 * Axis ticks of a count (delegations, investors): whole numbers only, so a
 * small scale does not read "0,5 đoàn". Other units keep every tick.
 */
export function axisFormat(format: (v: number) => string, unit?: string): (v: number) => string {
  if (unit !== undefined && unit !== "count" && unit !== "persons") return format;
  return (v) => (Number.isInteger(v) ? format(v) : "");
}

/**
 * A long category name cut to `max` characters with "…" (the full name stays in the tip and the
 * description). A name of the form "head · tail" (an agreement: "Gumi (Hàn Quốc) · Kết nghĩa
 * 2016") is cut in its head and keeps its tail, which tells two agreements of one partner apart.
 */
export function truncate(max = 28): (s: string) => string {
  return (s) => {
    if (s.length <= max) return s;
    const at = s.lastIndexOf(" · ");
    const tail = at > 0 ? s.slice(at) : "";
    if (tail !== "" && tail.length <= max - 6)
      return s.slice(0, max - tail.length - 1).trimEnd() + "…" + tail;
    return s.slice(0, max - 1) + "…";
  };
}

/** Compact axis ticks: 1,5 tỷ / 1.5 bn, 250 tr / 250 M, 12 N / 12 k. */
export function compactFormat(lang: Lang): (v: number) => string {
  const units: [number, string, string][] = [
    [1e9, " tỷ", " bn"],
    [1e6, " tr", " M"],
    [1e3, " N", " k"],
  ];
  return (v) => {
    for (const [size, vi, en] of units) {
      if (Math.abs(v) >= size) return formatNumber(v / size, { lang }) + (lang === "vi" ? vi : en);
    }
    return formatNumber(v, { lang });
  };
}

/**
 * Margins that keep an axis title clear of the tick labels. Plot sets the title at the far edge of
 * the margin (the x title's foot 3 px above the chart's bottom, the y title's head 3 px below its
 * top), so with its default margins and our 12 px type the title sat on the ticks' own line
 * ("Số phát hiện →" over the "70", "↑ USD" over the top tick): the tick labels take 6 + 3 + 15 px
 * below the axis (or 8 px above the top tick), the title 15 px more.
 */
export function axisTitleRoom(axis: {
  xLabel?: string | null | undefined;
  yLabel?: string | null | undefined;
}): {
  marginBottom?: number;
  marginTop?: number;
} {
  return {
    ...(axis.xLabel ? { marginBottom: 46 } : {}),
    ...(axis.yLabel ? { marginTop: 34 } : {}),
  };
}

/** The Plot options every chart shares: title, text alternative and font. */
export function frame(options: ChartOptions, fallbackDescription: string) {
  return {
    // Framework may first measure a hidden or collapsing container; below this no chart reads anyway.
    width: Math.max(options.width, 360),
    ...(options.title ? { title: options.title } : {}),
    ariaLabel: options.title ?? fallbackDescription,
    ariaDescription: options.description ?? fallbackDescription,
    style: { fontFamily: "var(--sans-serif)", fontSize: "12px", overflow: "visible" },
  };
}
