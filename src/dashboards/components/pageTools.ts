import * as Inputs from "@observablehq/inputs";
import { el } from "./dom.js";
import { pageList } from "./pages.js";
import { ui, type Lang } from "./labels.js";

const yearKey = "doingoai.year";

/**
 * The year selector. It starts on the year in the address (`?year=2024`), else
 * the year chosen on the last page visited, else the latest year with data;
 * the choice is remembered across pages.
 */
export function yearInput(years: string[], lang: Lang): HTMLInputElement {
  const fromUrl = new URLSearchParams(location.search).get("year");
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(yearKey);
  } catch {
    // Storage can be disabled (file:// in some browsers, strict privacy settings).
  }
  const latest = years[years.length - 1] ?? null;
  const value = [fromUrl, remembered].find((y) => y !== null && years.includes(y)) ?? latest;
  const input = Inputs.select([...years].reverse(), { label: ui.year[lang], value }) as HTMLInputElement;
  input.addEventListener("input", () => {
    try {
      localStorage.setItem(yearKey, String(input.value));
    } catch {
      // See above: the choice then lasts for this page only.
    }
  });
  return input;
}

/** The link to this page in the other language (`path` is the page's file name, e.g. "aid"). */
export function languageSwitch(path: string, lang: Lang): HTMLElement {
  const page = pageList.find((p) => p.path === path);
  if (!page) throw new Error(`unknown page: ${path}`);
  const href = lang === "vi" ? `./en/${path}.html` : `../${path}.html`;
  const other = lang === "vi" ? "en" : "vi";
  return el(
    "p",
    { class: "doingoai-lang" },
    el("a", { href, hreflang: other, lang: other }, `${ui.otherLanguage[lang]}: ${page[other]}`),
  );
}

/** A note in place of a chart when there is nothing to draw. */
export function emptyNote(lang: Lang): HTMLElement {
  return el("p", { class: "muted doingoai-empty" }, ui.empty[lang]);
}
