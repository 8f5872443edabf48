import type { Page } from "playwright-core";
import { pageSections } from "./pageSections.ts";

/** What a dashboard page shows, in a form comparable across its two languages. */
export interface PageFigures {
  /** Headings of each level (h1, h2, h3) in the main column. */
  headings: { h1: number; h2: number; h3: number };
  /** Per section (from an h2 to the next): its charts' drawn shapes, its items (rows, list items, cards). */
  sections: { charts: number[]; items: number }[];
  /** Headline cards and review rows: indicator id → the value in their data-value. */
  values: [string, string | null][];
  /**
   * The figures the page shows — every number of the cards' values, of table cells and chart texts that hold a figure (a number with at
   * most a unit, a sign or a date) — read in the page's own notation, sorted.
   * Sentences (the reasons and proposals the library writes, the page's own)
   * are left out: their words differ by language (a date written out, "1/5"
   * for "a fifth"); the page's own are held to the same figures by the strings
   * tables' test.
   */
  figures: number[];
}

/**
 * Reads the numbers of a text written in `lang`: Vietnamese groups thousands
 * with "." and writes decimals after ","; English the other way round. Dates
 * (dd/mm/yyyy) come out as their parts; a sign before a number is kept.
 */
export function numbersIn(text: string, lang: "vi" | "en"): number[] {
  const group = lang === "vi" ? "\\." : ",";
  const decimal = lang === "vi" ? "," : "\\.";
  const pattern = new RegExp(
    `(?<![\\w.,])[-−]?(?:\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d+)?|\\d+(?:${decimal}\\d+)?)`,
    "g",
  );
  return [...text.matchAll(pattern)].map((m) =>
    Number(
      m[0]
        .replace("−", "-")
        .replaceAll(lang === "vi" ? "." : ",", "")
        .replace(",", "."),
    ),
  );
}

/** Whether `text` is a figure: numbers with at most a unit, a sign, a share in brackets or a date's slashes. */
export function isFigure(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const rest = text.replace(/\d+(?:[.,]\d+)*/g, "");
  return /^[\s+\-−–()%/:▲▼■—]*(?:USD|VND|₫|đ|điểm %|pp|ngày|days?)?[\s()%]*$/.test(rest);
}

/** The figures of the page open in `page`, written in `lang`. */
export async function pageFigures(page: Page, lang: "vi" | "en"): Promise<PageFigures> {
  const sections = (await pageSections(page)).map((s) => ({
    charts: s.charts.map((c) => c.shapes),
    items: s.items,
  }));
  const shown = await page.evaluate(() => {
    const main = document.querySelector("#observablehq-main")!;
    return {
      headings: {
        h1: main.querySelectorAll("h1").length,
        h2: main.querySelectorAll("h2").length,
        h3: main.querySelectorAll("h3").length,
      },
      values: [...main.querySelectorAll("[data-indicator]")].map(
        (e) =>
          [e.getAttribute("data-indicator") ?? "", e.getAttribute("data-value")] as [string, string | null],
      ),
      texts: [...main.querySelectorAll(".big, td, svg text")].map((e) => e.textContent?.trim() ?? ""),
    };
  });
  return {
    headings: shown.headings,
    sections,
    values: shown.values,
    figures: shown.texts
      .filter(isFigure)
      .flatMap((t) => numbersIn(t, lang))
      .sort((a, b) => a - b),
  };
}
