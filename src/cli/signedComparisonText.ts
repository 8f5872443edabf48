import type { Lang } from "../data/Bilingual.ts";
import { formatDate, formatFigure } from "../data/format.ts";
import { closureDay } from "../data/periodClosure.ts";
import type { SignedComparison } from "../lib/closures/compareSigned.ts";

/** How many records are named under a changed figure; the rest are counted. */
export const recordsListed = 20;

const opWords = {
  vi: { added: "thêm", changed: "sửa", removed: "xóa" },
  en: { added: "added", changed: "changed", removed: "removed" },
} as const;

/**
 * `report --compare-signed` in one language: the closure compared with, then each figure that
 * changed since the signature with its signed and current values and the records behind the
 * change (table, key, the change's number and command), or that nothing changed.
 */
export function signedComparisonText(cmp: SignedComparison, lang: Lang): string {
  const c = cmp.closure;
  const state =
    c.reopenedChange === null
      ? lang === "vi"
        ? "đang khóa"
        : "closed"
      : lang === "vi"
        ? `đã mở lại ngày ${closureDay(c.reopenedAt!)}: ${c.reopenReason ?? ""}`
        : `reopened on ${closureDay(c.reopenedAt!)}: ${c.reopenReason ?? ""}`;
  const head =
    lang === "vi"
      ? `Kỳ ${c.period}: khóa sổ ngày ${closureDay(c.closedAt)} theo Báo cáo số ${c.reportNumber} ngày ${formatDate(c.reportDate)} (${state}).`
      : `Period ${c.period}: closed on ${closureDay(c.closedAt)} with report no. ${c.reportNumber} of ${formatDate(c.reportDate)} (${state}).`;
  if (cmp.changed.length === 0) {
    return `${head}\n${
      lang === "vi"
        ? `Không số liệu nào thay đổi so với khi ký (${cmp.compared} số liệu đã so sánh).`
        : `No figure has changed since it was signed (${cmp.compared} figures compared).`
    }\n`;
  }
  const lines = [
    head,
    lang === "vi"
      ? `${cmp.changed.length}/${cmp.compared} số liệu đã thay đổi so với khi ký:`
      : `${cmp.changed.length} of ${cmp.compared} figures have changed since they were signed:`,
  ];
  for (const f of cmp.changed) {
    const signed = formatFigure(f.signed, f.unit, lang);
    const now = formatFigure(f.current, f.unit, lang);
    lines.push(
      lang === "vi"
        ? `- ${f.label.vi} (${f.indicator}, ${f.period}): đã ký ${signed}, hiện nay ${now}`
        : `- ${f.label.en} (${f.indicator}, ${f.period}): signed ${signed}, now ${now}`,
    );
    if (f.records.length === 0) {
      lines.push(
        lang === "vi"
          ? "    (không có bản ghi nào đổi từ khi khóa trong các bảng số liệu này đọc: số liệu đổi vì bản ghi ngoài kỳ hoặc tỷ giá)"
          : "    (no record of the tables this figure reads changed since the closing: it moved with records outside the period or exchange rates)",
      );
    }
    for (const r of f.records.slice(0, recordsListed)) {
      lines.push(
        `    ${r.entity} ${r.key}: ${opWords[lang][r.op]} (${lang === "vi" ? "thay đổi số" : "change"} ${r.change}, ${r.command})`,
      );
    }
    const more = f.records.length - recordsListed;
    if (more > 0)
      lines.push(lang === "vi" ? `    … và ${more} bản ghi khác` : `    … and ${more} more record(s)`);
  }
  return lines.join("\n") + "\n";
}
