import { el } from "./dom.js";
import { formatChange, formatFigure, noData } from "doingoai/data/format";
import { ui, type Bilingual, type Lang } from "./labels.js";

/** What a headline card shows: an indicator's value for a year, and its change. */
export interface HeadlineValue {
  id: string;
  label: Bilingual;
  definition?: Bilingual;
  unit: string;
  direction: "up" | "down";
  value: number | null;
  previous: number | null;
  change: number | null;
  target: number | null;
}

/** A value in its unit: percentages, money with currency, days, counts (the library's {@link formatFigure}). */
export function formatValue(value: number | null, unit: string, lang: Lang): string {
  return formatFigure(value, unit, lang);
}

/** The change from the year before: "+3", "+5,2 điểm %", with ▲/▼ and good/bad by direction. */
function changeText(v: HeadlineValue, lang: Lang): { text: string; tone: "good" | "bad" | "flat" } {
  if (v.change === null) return { text: `${noData(lang)} ${ui.change[lang]}`, tone: "flat" };
  const amount = formatChange(v.change, v.unit, lang);
  const arrow = v.change > 0 ? "▲" : v.change < 0 ? "▼" : "■";
  const better = v.change === 0 ? null : v.change > 0 === (v.direction === "up");
  return {
    text: `${arrow} ${amount} ${ui.change[lang]}`,
    tone: better === null ? "flat" : better ? "good" : "bad",
  };
}

/** Target status: reached or not, by the indicator's direction. */
function targetText(v: HeadlineValue, lang: Lang): string {
  if (v.target === null) return ui.noTarget[lang];
  const reached = v.value !== null && (v.direction === "up" ? v.value >= v.target : v.value <= v.target);
  const status = reached ? (lang === "vi" ? "đạt" : "met") : lang === "vi" ? "chưa đạt" : "not met";
  return `${ui.target[lang]}: ${formatValue(v.target, v.unit, lang)} — ${status}`;
}

/**
 * A headline card (value, change from last year with ▲/▼ so it reads without
 * colour, target status). `data-indicator` and `data-value` let tests and
 * scripts read the exact number.
 */
export function headlineCard(v: HeadlineValue, { lang = "vi" }: { lang?: Lang } = {}): HTMLElement {
  const change = changeText(v, lang);
  return el(
    "div",
    {
      class: "card doingoai-card",
      "data-indicator": v.id,
      "data-value": v.value === null ? "" : String(v.value),
    },
    el("h2", { title: v.definition?.[lang] }, v.label[lang]),
    el("span", { class: "big" }, formatValue(v.value, v.unit, lang)),
    el("div", { class: `doingoai-change doingoai-${change.tone}` }, change.text),
    el("div", { class: "muted" }, targetText(v, lang)),
  );
}
