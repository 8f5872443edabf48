// Closed periods on the pages (issue 20): the mark "Đã khóa sổ ngày … (Báo cáo số …)" above the
// sections of a year that is closed (or was, and was reopened), and, in the review's key figures,
// the signed value beside a figure that differs from it.
import type { PeriodClosure } from "doingoai/data";
import { formatDate, formatFigure } from "doingoai/data/format";
import { el } from "./dom.js";
import type { Lang } from "./labels.js";

// The day of a closing in the viewer's time zone (as closureDay of doingoai/data, which a page
// does not import: it would bring zod and yaml into every page's bundle).
function closureDay(instant: string): string {
  const d = new Date(instant);
  return formatDate(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
}

/** The latest closure of each period of `year` (the year itself, its halves), oldest period first. */
export function closuresOfYear(closures: readonly PeriodClosure[], year: string): PeriodClosure[] {
  const latest = new Map<string, PeriodClosure>();
  for (const c of closures) {
    if (c.period === year || c.period.startsWith(`${year}H`)) latest.set(c.period, c);
  }
  return [...latest.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** What the mark says of one closure, in the page's language. */
export function closureMarkText(c: PeriodClosure, lang: Lang): string {
  const half = c.period.includes("H") ? c.period : null;
  const reopened =
    c.reopenedAt === null
      ? ""
      : lang === "vi"
        ? `; đã mở lại ngày ${closureDay(c.reopenedAt)}: ${c.reopenReason ?? ""} — số liệu có thể khác số đã ký`
        : `; reopened on ${closureDay(c.reopenedAt)}: ${c.reopenReason ?? ""} — figures may differ from the signed ones`;
  return lang === "vi"
    ? `${half ? `Nửa năm ${half}: đ` : "Đ"}ã khóa sổ ngày ${closureDay(c.closedAt)} (Báo cáo số ${c.reportNumber} ngày ${formatDate(c.reportDate)})${reopened}.`
    : `${half ? `Half-year ${half}: c` : "C"}losed on ${closureDay(c.closedAt)} (report no. ${c.reportNumber} of ${formatDate(c.reportDate)})${reopened}.`;
}

/** The mark of a closed `year` (or of its closed halves); null when none of it was ever closed. */
export function closedPeriodMark(
  closures: readonly PeriodClosure[],
  year: string,
  lang: Lang,
): HTMLElement | null {
  const mine = closuresOfYear(closures, year);
  if (mine.length === 0) return null;
  return el(
    "div",
    { class: "doingoai-closed", role: "note" },
    mine.map((c) =>
      el(
        "p",
        { "data-period": c.period, "data-state": c.reopenedChange === null ? "closed" : "reopened" },
        closureMarkText(c, lang),
      ),
    ),
  );
}

/**
 * Writes the signed value beside each figure of the review's key-figures `table` (rows carry
 * `data-indicator` and `data-value`) that differs from the one signed when `year` was closed:
 * "(đã ký: 1)" / "(signed: 1)". The table is returned, marked in place.
 */
export function signedBeside<T extends HTMLElement>(
  table: T,
  closures: readonly PeriodClosure[],
  year: string,
  lang: Lang,
): T {
  const closure = closuresOfYear(closures, year).find((c) => c.period === year);
  if (!closure) return table;
  for (const row of table.querySelectorAll<HTMLElement>("tr[data-indicator]")) {
    const signed = closure.figures.find((f) => f.indicator === row.dataset["indicator"]);
    if (!signed) continue;
    const text = row.dataset["value"] ?? "";
    const current = text === "" ? null : Number(text);
    const same =
      signed.value === null || current === null
        ? signed.value === current
        : Math.abs(signed.value - current) <= 1e-9 * Math.max(1, Math.abs(signed.value));
    if (same) continue;
    row.classList.add("doingoai-signed-differs");
    row
      .querySelector("strong")
      ?.after(
        el(
          "span",
          { class: "doingoai-signed", "data-signed": signed.value ?? "" },
          ` (${lang === "vi" ? "đã ký" : "signed"}: ${formatFigure(signed.value, signed.unit, lang)})`,
        ),
      );
  }
  return table;
}
