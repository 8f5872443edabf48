// Where a series crosses a merger (Bắc Kạn into Thái Nguyên on 01/07/2025): a note under the
// office's name on every page, in the page's language.
import type { Lang } from "./labels.js";
import { el } from "./dom.js";

/** A merge as office.json carries it (see data/datasets/siteMerges.ts). */
export interface SiteMerge {
  absorbed_office_id: string;
  absorbed_province: string;
  merged_on: string;
  included: boolean;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * What a page says of one merge: with the absorbed office's records in the
 * build, the years before the merger are the sum of both offices (comparable
 * across the merger; the merger's year is where the series crosses it);
 * without them, the series changes coverage in the merger's year.
 */
export function mergerNoteText(merge: SiteMerge, province: string, lang: Lang): string {
  const on = dmy(merge.merged_on);
  const year = merge.merged_on.slice(0, 4);
  const absorbed = merge.absorbed_province;
  if (merge.included) {
    return lang === "vi"
      ? `${absorbed} sáp nhập vào ${province} từ ${on}. Các chuỗi số liệu gồm cả số liệu của ${absorbed} (đọc từ bản xuất của cơ quan ${merge.absorbed_office_id}, không đổi mã): các kỳ trước ${on} là tổng của hai tỉnh, tỷ lệ tính trên bản ghi gộp, nên so sánh được qua năm ${year}, năm chuỗi đi qua ngày sáp nhập.`
      : `${absorbed} merged into ${province} on ${on}. The series include ${absorbed}'s records (read from office ${merge.absorbed_office_id}'s export, not re-keyed): periods before ${on} are the sum of both provinces, ratios from the pooled records, so the series compare across ${year}, the year they cross the merger.`;
  }
  return lang === "vi"
    ? `${absorbed} sáp nhập vào ${province} từ ${on}. Số liệu trước ngày đó chưa gồm ${absorbed}: chuỗi số liệu đổi phạm vi trong năm ${year} và không so sánh được qua ngày sáp nhập. Dựng với doingoai build --also <thư mục xuất Parquet của ${merge.absorbed_office_id}> để có chuỗi so sánh được.`
    : `${absorbed} merged into ${province} on ${on}. Records before that date do not include ${absorbed}: the series change coverage in ${year} and do not compare across the merger. Build with doingoai build --also <${merge.absorbed_office_id}'s Parquet export folder> for the comparable series.`;
}

/** The merger notes of the site (none when the office records no merge). */
export function mergerNote(
  site: { merges?: readonly SiteMerge[]; province: { vi: string; en: string } },
  lang: Lang,
): HTMLElement | null {
  const merges = site.merges ?? [];
  if (merges.length === 0) return null;
  return el(
    "div",
    { class: "doingoai-merger", role: "note" },
    merges.map((m) => el("p", { class: "muted" }, mergerNoteText(m, site.province[lang], lang))),
  );
}
