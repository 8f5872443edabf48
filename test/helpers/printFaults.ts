// What a printed page must not do, read back from the PDF's text with pdftotext: shared by the
// HTML report's print test and the dashboard review page's print test (issue 12, acceptance 4).
import { isFigureCell } from "../../src/lib/report/tableLayout.ts";
import { pdfText } from "./libreOffice.ts";

/** The text of each non-empty page of `pdf` (pdftotext -layout, pages split at form feeds). */
export function printedPages(pdf: string): string[] {
  return pdfText(pdf)
    .split("\f")
    .filter((p) => p.trim() !== "");
}

/** A page's non-empty lines, trimmed. */
export function pageLines(page: string): string[] {
  return page
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** The "n / N" page-number line of page `i` (0-based) of `count` pages. */
export function pageNumberLine(i: number, count: number): RegExp {
  return new RegExp(`(^|\\s)${i + 1}\\s*/\\s*${count}(\\s|$)`, "m");
}

/** What {@link printFaults} checks the printed pages against. */
export interface PrintedDocument {
  /** The document's headings, as printed. */
  headings: string[];
  /** Each table row's cell texts, as printed. */
  rows: string[][];
}

/**
 * What is wrong with the printed `pages` of `doc`, one message per fault; empty when every page has
 * its "n / N" number, no page's last line (before the number) is a heading, and every table row is
 * on one page (its first word and its last distinctive cell, a figure of 4 characters or more, on
 * the same page: a wrapped name spans several lines, so whole rows cannot be matched).
 */
export function printFaults(pages: string[], doc: PrintedDocument): string[] {
  const faults: string[] = [];
  const headings = new Set(doc.headings.map((h) => h.replace(/\s+/g, " ").trim()));
  pages.forEach((p, i) => {
    const footer = pageNumberLine(i, pages.length);
    if (!footer.test(p)) faults.push(`page ${i + 1}: no "${i + 1} / ${pages.length}"`);
    const last = pageLines(p)
      .filter((l) => !footer.test(l))
      .at(-1);
    if (last !== undefined && headings.has(last.replace(/\s+/g, " ")))
      faults.push(`page ${i + 1}: ends with the heading "${last}"`);
  });
  for (const row of doc.rows) {
    const cells = row.map((c) => c.replace(/\s+/g, " ").trim());
    const first = cells.find((c) => c !== "")?.split(" ")[0];
    if (first === undefined) continue;
    const lastCell = [...cells].reverse().find((c) => c.length >= 4 && isFigureCell(c)) ?? cells.at(-1)!;
    if (!pages.some((p) => p.includes(first) && p.includes(lastCell)))
      faults.push(`row "${cells.join(" | ")}" is not on one page`);
  }
  return faults;
}
