// The words of a page, in one table per page: each entry in Vietnamese and
// English side by side, so that a page's two languages cannot drift apart
// (test/dashboards/pageStrings.test.ts holds every table to that).
import { el } from "../dom.js";
import type { Lang } from "../labels.js";

/**
 * A text in both languages; a sentence built from figures (already formatted)
 * in both; or the column headers of a table, by column, in both.
 */
export type PageText =
  | { vi: string; en: string }
  | { vi: (...args: string[]) => string; en: (...args: string[]) => string }
  | { vi: Record<string, string>; en: Record<string, string> };

/** A page's strings table: every text the page writes, by what it names. */
export type PageStrings = Record<string, PageText>;

/** A strings table in one language: `wordsIn(table, "en").title` is the English title. */
export type Words<T extends PageStrings> = { [K in keyof T]: T[K]["vi"] };

/** The texts of `table` in `lang`. */
export function wordsIn<T extends PageStrings>(table: T, lang: Lang): Words<T> {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [key, text[lang]])) as Words<T>;
}

/** A text whose `code` spans (between backticks) are set as code, as Markdown would. */
export function withCode(text: string): (Node | string)[] {
  return text.split("`").map((part, i) => (i % 2 === 1 ? el("code", {}, part) : part));
}
