// The labels of the coded values of the data contract (docs/conventions.md §3),
// in Vietnamese and English: the one home the CLI, the report and the pages
// read them from. Browser-safe and dependency-free (no zod): published in
// `doingoai/data/format`. Labels of codes the planning library owns
// (progress, milestone status, MOU recommendation) stay beside their enums in
// src/lib/planning and are read from there.
import type { Bilingual, Lang } from "./Bilingual.ts";
import { countryName } from "./countries.ts";
import { sectorCategories } from "./sectors.ts";

/** Labels of the coded values of the data tables, by dimension then code. */
export const codeLabels = {
  direction: {
    inbound: { vi: "Đoàn vào", en: "Inbound" },
    outbound: { vi: "Đoàn ra", en: "Outbound" },
  },
  level: {
    provincial_leadership: { vi: "Lãnh đạo tỉnh", en: "Provincial leadership" },
    department: { vi: "Sở, ngành", en: "Department" },
    district_or_commune: { vi: "Huyện, xã", en: "District or commune" },
    business: { vi: "Doanh nghiệp", en: "Business" },
    people: { vi: "Nhân dân", en: "People-to-people" },
    other: { vi: "Khác", en: "Other" },
  },
  purpose: {
    cooperation: { vi: "Hợp tác", en: "Cooperation" },
    investment_promotion: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
    trade: { vi: "Thương mại", en: "Trade" },
    aid: { vi: "Viện trợ", en: "Aid" },
    education: { vi: "Giáo dục", en: "Education" },
    culture: { vi: "Văn hóa", en: "Culture" },
    consular: { vi: "Lãnh sự", en: "Consular" },
    other: { vi: "Khác", en: "Other" },
  },
  channel: {
    inbound_visit: { vi: "Đoàn vào", en: "Inbound visit" },
    promotion_trip: { vi: "Chuyến xúc tiến", en: "Promotion trip" },
    conference: { vi: "Hội nghị", en: "Conference" },
    embassy: { vi: "Đại sứ quán", en: "Embassy" },
    referral: { vi: "Giới thiệu", en: "Referral" },
    other: { vi: "Khác", en: "Other" },
  },
  stage: {
    contact: { vi: "Tiếp xúc", en: "Contact" },
    site_visit: { vi: "Khảo sát thực địa", en: "Site visit" },
    mou: { vi: "Ký MOU", en: "MOU" },
    registered: { vi: "Cấp chứng nhận đầu tư", en: "Registered" },
  },
  activityStatus: {
    planned: { vi: "Kế hoạch", en: "Planned" },
    in_progress: { vi: "Đang thực hiện", en: "In progress" },
    done: { vi: "Đã thực hiện", en: "Done" },
    cancelled: { vi: "Hủy", en: "Cancelled" },
    overdue: { vi: "Quá hạn", en: "Overdue" },
  },
  severity: {
    error: { vi: "Lỗi", en: "Error" },
    warning: { vi: "Cảnh báo", en: "Warning" },
  },
  agreementKind: {
    agreement: { vi: "Thỏa thuận", en: "Agreement" },
    mou: { vi: "Biên bản ghi nhớ", en: "MOU" },
    sister_relationship: { vi: "Kết nghĩa", en: "Sister relationship" },
    other: { vi: "Khác", en: "Other" },
  },
  agreementStatus: {
    draft: { vi: "Dự thảo", en: "Draft" },
    active: { vi: "Còn hiệu lực", en: "Active" },
    expired: { vi: "Hết hạn", en: "Expired" },
    terminated: { vi: "Chấm dứt", en: "Terminated" },
  },
  aidStatus: {
    approved: { vi: "Đã phê duyệt", en: "Approved" },
    ongoing: { vi: "Đang thực hiện", en: "Ongoing" },
    completed: { vi: "Hoàn thành", en: "Completed" },
    cancelled: { vi: "Hủy", en: "Cancelled" },
    revoked: { vi: "Thu hồi", en: "Revoked" },
  },
  /** OECD DAC 3-digit sector categories, from the IATI codelist (src/data/sectors.ts). */
  sectorCategory: Object.fromEntries(sectorCategories.map((c) => [c.code, c.name])),
} satisfies Record<string, Record<string, Bilingual>>;

/** A dimension of {@link codeLabels}, or "country" (names from Intl). */
export type CodeDimension = keyof typeof codeLabels | "country";

/** What an empty code reads as: "(không ghi)" / "(not recorded)". */
export function notRecorded(lang: Lang = "vi"): string {
  return lang === "vi" ? "(không ghi)" : "(not recorded)";
}

/**
 * The label of a coded `value` of `dimension` in `lang`: `codeLabel("purpose",
 * "aid", "vi")` → "Viện trợ"; countries by {@link countryName}; a code the
 * table does not know gives the code itself; an empty one gives {@link notRecorded}.
 */
export function codeLabel(dimension: string, value: string | null | undefined, lang: Lang = "vi"): string {
  if (value === null || value === undefined || value === "") return notRecorded(lang);
  if (dimension === "country") return countryName(value, lang);
  const table = (codeLabels as Record<string, Record<string, Bilingual>>)[dimension];
  return table?.[value]?.[lang] ?? value;
}
