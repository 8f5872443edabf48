// What every page has around its sections: the heading, the office line, the
// link to the other language and, on pages that show one year, the year
// selector; the sections are drawn again whenever the year changes.
import { chartQueue, type ChartRender } from "../chartQueue.js";
import { closedPeriodMark } from "../closedPeriodMark.js";
import { el, type Child } from "../dom.js";
import { headlineCard, type HeadlineValue } from "../headlineCard.js";
import type { Lang } from "../labels.js";
import { pagePager } from "../pagePager.js";
import { emptyNote, languageSwitch, officeBanner, yearInput, type SiteOffice } from "../pageTools.js";

/** What a page component receives besides its data. */
export interface PageContext {
  lang: Lang;
  /**
   * A holder that draws `render(width)` at its width, again when the width changes, like
   * Framework's `resize`; but in turn (components/chartQueue.ts): the charts on screen first,
   * those below the fold after the first has painted, every one before printing. Stopped when
   * the sections are drawn again (see {@link pageFrame}).
   */
  resize: (render: ChartRender) => HTMLElement;
  /** A note in place of a chart, a section or the strategy's targets when there is nothing to show. */
  empty: (what?: "chart" | "section" | "strategy") => HTMLElement;
  /** A card holding the chart `render(width)` draws, or the empty note when `show` is false (default true). */
  chart: (render: ChartRender, show?: boolean) => HTMLElement;
  /** The headline cards of `values` in a grid of `columns`, or the section's empty note when there are none. */
  cards: (values: HeadlineValue[], columns: number) => HTMLElement;
}

/** Options of {@link pageFrame}. */
export interface PageFrameOptions {
  /** The page's file name ("aid"), for the link to the other language. */
  path: string;
  lang: Lang;
  /** The site's office.json. */
  office: SiteOffice;
  /** The page's h1; none when the sections draw their own (the review's letterhead). */
  heading?: string;
  /** What stands between the language link and the year selector. */
  intro?: Child[];
  /** The years offered, oldest first; the page has no year selector when absent. */
  years?: string[];
  /** The sections for `year` ("" on a page without a year selector). */
  sections: (year: string, context: PageContext) => Child[];
}

/** What draws a page's sections for a year (see {@link PageFrameOptions.sections}). */
export type PageSections = PageFrameOptions["sections"];

/**
 * A page: heading, office line, language link, intro, year selector, then the
 * sections for the chosen year, drawn again (their charts' resize observers
 * stopped) when another year is chosen. Charts are drawn in turn, the first on
 * screen first (see {@link PageContext.resize}). The wrappers are `display: contents`
 * (style.css), so the page lays out as if its parts stood in the main column.
 */
export function pageFrame(options: PageFrameOptions): HTMLElement {
  const { lang } = options;
  const body = el("div", { class: "doingoai-page-sections" });
  const input = options.years ? yearInput(options.years, lang) : null;
  let stop: () => void = () => {};
  const draw = () => {
    stop();
    const invalidation = new Promise<void>((resolve) => (stop = resolve));
    const resize: PageContext["resize"] = chartQueue(invalidation);
    const context: PageContext = {
      lang,
      resize,
      empty: (what) => emptyNote(lang, what),
      chart: (render, show = true) => el("div", { class: "card" }, show ? resize(render) : emptyNote(lang)),
      cards: (values, columns) =>
        el(
          "div",
          { class: `grid grid-cols-${columns}` },
          values.length ? values.map((v) => headlineCard(v, { lang })) : emptyNote(lang, "section"),
        ),
    };
    const year = input ? String(input.value) : "";
    const sections = el("div", {}, options.sections(year, context));
    const closed = year ? closedPeriodMark(options.office.closures ?? [], year, lang) : null;
    body.replaceChildren(...(closed ? [closed] : []), ...sections.childNodes);
  };
  input?.addEventListener("input", draw);
  draw();
  return el(
    "div",
    { class: "doingoai-page", "data-page": options.path, lang },
    options.heading ? el("h1", {}, options.heading) : null,
    officeBanner(options.office, lang),
    languageSwitch(options.path, lang),
    options.intro ?? null,
    input,
    body,
    pagePager(options.path, lang),
  );
}
