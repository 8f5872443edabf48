import * as Inputs from "@observablehq/inputs";
import { el } from "./dom.js";
import type { PeriodClosure } from "doingoai/data";
import { mergerNote, type SiteMerge } from "./mergerNote.js";
import { pageList } from "./pages.js";
import { ui, type Lang } from "./labels.js";

const yearKey = "doingoai.year";

/** The year shown when the database has no dated record. */
export const noYear = "—";

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
  // A database with no dated record offers no year: the selector shows "—" and every section says "no data".
  if (years.length === 0) {
    return Inputs.select([noYear], {
      label: ui.year[lang],
      value: noYear,
      disabled: true,
    }) as HTMLInputElement;
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

/** A note in place of a chart (or of a section, or of the strategy's targets) when there is nothing to show. */
export function emptyNote(lang: Lang, what: "chart" | "section" | "strategy" = "chart"): HTMLElement {
  const text = { chart: ui.empty, section: ui.emptySection, strategy: ui.noStrategy }[what];
  return el("p", { class: "muted doingoai-empty" }, text[lang]);
}

/** What the site's office.json holds (see data/datasets/office.ts). */
export interface SiteOffice {
  sample: boolean;
  office: { agency_code: string } | null;
  province: { vi: string; en: string };
  agency: { vi: string; en: string };
  /** Merges the office records, each with whether the absorbed office's records are in the build. */
  merges?: SiteMerge[];
  /** The closed periods (office.json; see components/closedPeriodMark.ts). */
  closures?: PeriodClosure[];
}

/**
 * The line naming the office above each page ("TỈNH CAO BẰNG — SỞ NGOẠI VỤ"), a
 * hint to set the office profile when none is stored, and the banner
 * "DỮ LIỆU MẪU / SAMPLE DATA" on every page built from the sample; where the
 * office records a merger, the note saying where the series cross it.
 */
export function officeBanner(site: SiteOffice, lang: Lang): HTMLElement {
  return el(
    "div",
    { class: "doingoai-office" },
    site.sample ? el("p", { class: "doingoai-sample", role: "note" }, "DỮ LIỆU MẪU / SAMPLE DATA") : null,
    site.office
      ? el("p", { class: "doingoai-office-name" }, `${site.province[lang]} — ${site.agency[lang]}`)
      : el("p", { class: "muted" }, ui.noOffice[lang]),
    mergerNote(site, lang),
  );
}
