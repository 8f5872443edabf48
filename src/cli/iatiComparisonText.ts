import type { Bilingual, Lang } from "../data/Bilingual.ts";
import { formatDate, formatInteger, formatMoney, formatNumber } from "../data/format.ts";
import { csvLine, protectFormula, utf8Bom } from "../lib/io/csv.ts";
import { textTable } from "./textTable.ts";
import type {
  IatiComparison,
  IatiDifference,
  IatiDifferenceKind,
  IatiDifferenceSubject,
  IatiValue,
} from "../lib/iati/compareIati.ts";

/** What each kind of difference says, in both languages. */
export const iatiDifferenceKindLabels: Record<IatiDifferenceKind, Bilingual> = {
  missing_in_donor: { vi: "không có trong tệp nhà tài trợ", en: "not in the donor's file" },
  missing_in_office: { vi: "không có trong hồ sơ của cơ quan", en: "not in the office's records" },
  amount_differs: { vi: "số tiền khác", en: "amount differs" },
  date_differs: { vi: "ngày khác", en: "date differs" },
  currency_differs: { vi: "loại tiền khác", en: "currency differs" },
};

/** What a difference is about, in both languages. */
export const iatiDifferenceSubjectLabels: Record<IatiDifferenceSubject, Bilingual> = {
  activity: { vi: "dự án / hoạt động", en: "project / activity" },
  commitment: { vi: "cam kết", en: "commitment" },
  disbursement: { vi: "giải ngân", en: "disbursement" },
};

const matchLabels: Record<"iati_identifier" | "rule", Bilingual> = {
  iati_identifier: { vi: "mã IATI", en: "IATI id" },
  rule: { vi: "quy tắc", en: "rule" },
};

function valueText(v: IatiValue | null, lang: Lang): string {
  if (v === null) return "—";
  const date = v.date === null ? "?" : formatDate(v.date, { lang });
  return `${date} · ${v.currency === null ? formatInteger(v.amount, { lang }) : formatMoney(v.amount, v.currency, { lang })}`;
}

/** The comparison's summary line: activities read, compared, left aside, matched, differences. */
export function iatiComparisonSummary(c: IatiComparison, lang: Lang): string {
  const byId = c.matches.filter((m) => m.matchedBy === "iati_identifier").length;
  const byRule = c.matches.length - byId;
  const n = (x: number) => formatInteger(x, { lang });
  return lang === "vi"
    ? `Đã đọc ${n(c.activitiesRead)} hoạt động từ ${n(c.files.length)} tệp; so sánh ${n(c.activitiesInScope)} (bỏ qua ${n(c.outOfScope.country)} không ở Việt Nam, ${n(c.outOfScope.province)} ở tỉnh khác); ghép ${n(c.matches.length)} dự án (${n(byId)} theo mã IATI, ${n(byRule)} theo quy tắc); ${n(c.differences.length)} chênh lệch.`
    : `Read ${n(c.activitiesRead)} ${c.activitiesRead === 1 ? "activity" : "activities"} from ${n(c.files.length)} ${c.files.length === 1 ? "file" : "files"}; compared ${n(c.activitiesInScope)} (left aside ${n(c.outOfScope.country)} outside Viet Nam, ${n(c.outOfScope.province)} in other provinces); paired ${n(c.matches.length)} projects (${n(byId)} by IATI id, ${n(byRule)} by rule); ${n(c.differences.length)} differences.`;
}

/** The comparison as a text table, one row per difference, after the summary and before the tolerances. */
export function iatiComparisonTable(c: IatiComparison, lang: Lang): string {
  const head =
    lang === "vi"
      ? ["Dự án", "Hoạt động IATI", "Ghép theo", "Nội dung", "Chênh lệch", "Cơ quan", "Nhà tài trợ"]
      : ["Project", "IATI activity", "Paired by", "What", "Difference", "Office", "Donor"];
  const rows = c.differences.map((d) => [
    d.projectId ?? "—",
    d.iatiIdentifier ?? "—",
    d.matchedBy === null ? "—" : matchLabels[d.matchedBy][lang],
    iatiDifferenceSubjectLabels[d.subject][lang],
    iatiDifferenceKindLabels[d.kind][lang],
    valueText(d.office, lang),
    valueText(d.donor, lang),
  ]);
  const pct = formatNumber(c.tolerances.amountTolerance * 100, { lang });
  const tolerances =
    lang === "vi"
      ? `Dung sai: số tiền ${pct}%, ngày ${c.tolerances.dateToleranceDays} ngày (quy tắc ghép và dung sai: docs/iati.md).`
      : `Tolerances: amounts ${pct}%, dates ${c.tolerances.dateToleranceDays} days (pairing rule and tolerances: docs/iati.md).`;
  const none = lang === "vi" ? "Không có chênh lệch." : "No differences.";
  const table = rows.length === 0 ? none : textTable([head, ...rows]);
  return [iatiComparisonSummary(c, lang), "", table, "", tolerances].join("\n") + "\n";
}

/**
 * The differences as CSV (UTF-8 with BOM), one row each: ISO dates and plain
 * numbers, as `doingoai export` writes them.
 */
export function iatiComparisonCsv(c: IatiComparison): string {
  const header = [
    "project_id",
    "iati_identifier",
    "matched_by",
    "subject",
    "kind",
    "office_date",
    "office_amount",
    "office_currency",
    "donor_date",
    "donor_amount",
    "donor_currency",
    "file",
    "line",
  ];
  const value = (v: IatiValue | null) =>
    v === null ? ["", "", ""] : [v.date ?? "", String(v.amount), v.currency ?? ""];
  const row = (d: IatiDifference) => [
    protectFormula(d.projectId ?? ""),
    protectFormula(d.iatiIdentifier ?? ""),
    d.matchedBy ?? "",
    d.subject,
    d.kind,
    ...value(d.office),
    ...value(d.donor),
    d.file ?? "",
    d.line === null ? "" : String(d.line),
  ];
  return utf8Bom + csvLine(header) + c.differences.map((d) => csvLine(row(d))).join("");
}
