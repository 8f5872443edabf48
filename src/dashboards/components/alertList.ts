import { el } from "./dom.js";
import { ui, type Bilingual, type Lang } from "./labels.js";

/** The alerts of one year as a list, or a sentence saying there are none. */
export function alertList(
  alerts: { year: string; kind: string; text: Bilingual }[],
  year: string,
  lang: Lang,
): HTMLElement {
  const mine = alerts.filter((a) => a.year === year);
  if (mine.length === 0) return el("p", { class: "muted" }, ui.noAlerts[lang]);
  return el(
    "ul",
    { class: "doingoai-alerts" },
    mine.map((a) => el("li", { "data-alert": a.kind }, el("strong", {}, "⚠"), " ", a.text[lang])),
  );
}
