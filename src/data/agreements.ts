import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of agreements.kind: agreement, mou, sister_relationship, other. */
export const agreementKinds = ["agreement", "mou", "sister_relationship", "other"] as const;
/** Values of agreements.status: draft, active, expired, terminated. */
export const agreementStatuses = ["draft", "active", "expired", "terminated"] as const;
/** Values allowed in agreements.areas (a `;`-separated list): trade, investment, education, … */
export const agreementAreas = [
  "trade",
  "investment",
  "education",
  "health",
  "culture",
  "tourism",
  "agriculture",
  "labour",
  "other",
] as const;

/** agreements — international agreements and MOUs (thỏa thuận quốc tế, biên bản ghi nhớ). */
export const agreementSchema = z.object({
  agreement_id: col.id({
    vi: "mã thỏa thuận",
    label: { vi: "Mã thỏa thuận", en: "Agreement id" },
    description: { vi: "Mã riêng của cơ quan cho thỏa thuận", en: "The office's own key for the agreement" },
  }),
  title: col.text({
    vi: "tên thỏa thuận",
    label: { vi: "Tên thỏa thuận", en: "Title" },
    description: { vi: "Tên văn bản thỏa thuận", en: "Title of the agreement" },
  }),
  partner_id: col.id({
    vi: "mã đối tác",
    ref: "partners",
    label: { vi: "Mã đối tác", en: "Partner id" },
    description: { vi: "Đối tác ký kết (mã trong bảng đối tác)", en: "Signing partner (id in partners)" },
  }),
  kind: col.enum(agreementKinds, {
    vi: "loại",
    label: { vi: "Loại", en: "Kind" },
    description: {
      vi: "Thỏa thuận, biên bản ghi nhớ, kết nghĩa, khác",
      en: "Agreement, MOU, sister relationship, other",
    },
  }),
  signed_on: col.date({
    vi: "ngày ký",
    label: { vi: "Ngày ký", en: "Signed on" },
    description: { vi: "Ngày ký (dd/mm/yyyy)", en: "Date signed (dd/mm/yyyy)" },
  }),
  expires_on: optional(
    col.date({
      vi: "ngày hết hạn",
      label: { vi: "Ngày hết hạn", en: "Expires on" },
      description: { vi: "Ngày hết hiệu lực", en: "Expiry date" },
    }),
  ),
  reported_on: optional(
    col.date({
      vi: "ngày báo cáo",
      label: { vi: "Ngày báo cáo", en: "Reported on" },
      description: {
        vi: "Ngày báo cáo Thủ tướng/Bộ Ngoại giao (trong 15 ngày kể từ khi ký)",
        en: "Date reported to the Prime Minister/MOFA (due within 15 days of signing)",
      },
    }),
  ),
  status: col.enum(agreementStatuses, {
    vi: "trạng thái",
    label: { vi: "Trạng thái", en: "Status" },
    description: { vi: "Dự thảo, hiệu lực, hết hạn, chấm dứt", en: "Draft, active, expired, terminated" },
  }),
  areas: optional(
    col.list(agreementAreas, {
      vi: "lĩnh vực",
      label: { vi: "Lĩnh vực", en: "Areas" },
      description: {
        vi: "Các lĩnh vực, cách nhau bằng dấu ; (trade; investment; education…)",
        en: "Areas, separated by ; (trade; investment; education…)",
      },
    }),
  ),
  lead_unit: optional(
    col.text({
      vi: "đơn vị chủ trì",
      label: { vi: "Đơn vị chủ trì", en: "Lead unit" },
      description: {
        vi: "Đơn vị đầu mối thực hiện chương trình của thỏa thuận (nếu đã giao)",
        en: "The unit that leads the agreement's programme (where one is assigned)",
      },
    }),
  ),
});

/** One row of agreements (inferred from {@link agreementSchema}). */
export type Agreement = z.infer<typeof agreementSchema>;

/** The agreements entity (international agreements and MOUs): schema, columns, key and labels. */
export const agreements = defineEntity({
  name: "agreements",
  label: { vi: "Thỏa thuận quốc tế", en: "International agreements" },
  schema: agreementSchema,
  key: ["agreement_id"],
});
