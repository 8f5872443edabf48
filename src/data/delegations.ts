import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of delegations.direction: inbound (đoàn vào) or outbound (đoàn ra). */
export const directions = ["inbound", "outbound"] as const;
/** Values of delegations.level: provincial_leadership, department, district_or_commune, business, people, other. */
export const delegationLevels = [
  "provincial_leadership",
  "department",
  "district_or_commune",
  "business",
  "people",
  "other",
] as const;
/** Values of delegations.purpose, e.g. cooperation, investment_promotion, trade. */
export const delegationPurposes = [
  "cooperation",
  "investment_promotion",
  "trade",
  "aid",
  "education",
  "culture",
  "consular",
  "other",
] as const;
/** Values of delegations.funding: provincial_budget, central_budget, partner, sponsor, other. */
export const fundingSources = ["provincial_budget", "central_budget", "partner", "sponsor", "other"] as const;

/** delegations — đoàn ra (outbound) and đoàn vào (inbound). */
export const delegationSchema = z.object({
  delegation_id: col.id({
    vi: "mã đoàn",
    label: { vi: "Mã đoàn", en: "Delegation id" },
    description: { vi: "Mã riêng của cơ quan cho đoàn", en: "The office's own key for the delegation" },
  }),
  direction: col.enum(directions, {
    vi: "chiều",
    label: { vi: "Đoàn ra/vào", en: "Direction" },
    description: { vi: "inbound = đoàn vào, outbound = đoàn ra", en: "inbound or outbound" },
  }),
  start_on: col.date({
    vi: "ngày bắt đầu",
    label: { vi: "Ngày bắt đầu", en: "Start" },
    description: { vi: "Ngày bắt đầu chuyến thăm", en: "First day of the visit" },
  }),
  end_on: col.date({
    vi: "ngày kết thúc",
    label: { vi: "Ngày kết thúc", en: "End" },
    description: { vi: "Ngày kết thúc chuyến thăm", en: "Last day of the visit" },
  }),
  country: col.country({
    vi: "quốc gia",
    label: { vi: "Quốc gia", en: "Country" },
    description: {
      vi: "Quốc gia của đoàn vào hoặc nơi đoàn ra đến (ISO alpha-2)",
      en: "Country the delegation came from or went to (ISO alpha-2)",
    },
  }),
  partner_id: optional(
    col.id({
      vi: "mã đối tác",
      ref: "partners",
      label: { vi: "Mã đối tác", en: "Partner id" },
      description: { vi: "Đối tác (mã trong bảng đối tác)", en: "Partner (id in partners)" },
    }),
  ),
  agreement_id: optional(
    col.id({
      vi: "mã thỏa thuận",
      ref: "agreements",
      label: { vi: "Mã thỏa thuận", en: "Agreement id" },
      description: { vi: "Thỏa thuận liên quan (nếu có)", en: "Related agreement, if any" },
    }),
  ),
  level: col.enum(delegationLevels, {
    vi: "cấp",
    label: { vi: "Cấp đoàn", en: "Level" },
    description: {
      vi: "Lãnh đạo tỉnh, sở ngành, cấp huyện/xã, doanh nghiệp, nhân dân, khác",
      en: "Provincial leadership, department, district or commune, business, people, other",
    },
  }),
  purpose: col.enum(delegationPurposes, {
    vi: "mục đích",
    label: { vi: "Mục đích", en: "Purpose" },
    description: {
      vi: "Hợp tác, xúc tiến đầu tư, thương mại, viện trợ, giáo dục, văn hóa, lãnh sự, khác",
      en: "Cooperation, investment promotion, trade, aid, education, culture, consular, other",
    },
  }),
  members: col.integer({
    vi: "số thành viên",
    min: 1,
    label: { vi: "Số thành viên", en: "Members" },
    description: { vi: "Số người trong đoàn (≥ 1)", en: "Number of people (≥ 1)" },
  }),
  in_plan: col.boolean({
    vi: "trong kế hoạch",
    label: { vi: "Trong kế hoạch", en: "In plan" },
    description: {
      vi: "Có trong kế hoạch đối ngoại năm được phê duyệt (true/false)",
      en: "Listed in the approved annual plan (true/false)",
    },
  }),
  cost: optional(
    col.decimal({
      vi: "kinh phí",
      min: 0,
      label: { vi: "Kinh phí", en: "Cost" },
      description: { vi: "Tổng kinh phí", en: "Total cost" },
    }),
  ),
  cost_currency: optional(
    col.currency({
      vi: "loại tiền",
      default: "VND",
      label: { vi: "Loại tiền", en: "Currency" },
      description: { vi: "Mã tiền tệ ISO 4217 (mặc định VND)", en: "ISO 4217 currency (default VND)" },
    }),
  ),
  funding: optional(
    col.enum(fundingSources, {
      vi: "nguồn kinh phí",
      label: { vi: "Nguồn kinh phí", en: "Funding" },
      description: {
        vi: "Ngân sách tỉnh, ngân sách trung ương, đối tác, tài trợ, khác",
        en: "Provincial budget, central budget, partner, sponsor, other",
      },
    }),
  ),
  head: optional(
    col.text({
      vi: "trưởng đoàn",
      label: { vi: "Trưởng đoàn", en: "Head" },
      description: {
        vi: "Chức danh trưởng đoàn (không ghi thông tin cá nhân)",
        en: "Title of the head (no personal data)",
      },
    }),
  ),
});

/** One row of delegations (inferred from {@link delegationSchema}). */
export type Delegation = z.infer<typeof delegationSchema>;

/** The delegations entity (đoàn ra, đoàn vào): schema, columns, key and labels. */
export const delegations = defineEntity({
  name: "delegations",
  label: { vi: "Đoàn ra, đoàn vào", en: "Delegations" },
  schema: delegationSchema,
  key: ["delegation_id"],
  money: [{ amount: "cost", currency: "cost_currency", dateSql: "start_on" }],
});
