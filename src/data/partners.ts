import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of partners.kind: country, locality, ngo, company, intl_org, embassy, other. */
export const partnerKinds = [
  "country",
  "locality",
  "ngo",
  "company",
  "intl_org",
  "embassy",
  "other",
] as const;

/** partners — foreign counterparts (docs/conventions.md §3). */
export const partnerSchema = z.object({
  partner_id: col.id({
    vi: "mã đối tác",
    label: { vi: "Mã đối tác", en: "Partner id" },
    description: { vi: "Mã riêng của cơ quan cho đối tác", en: "The office's own key for the partner" },
  }),
  name: col.text({
    vi: "tên",
    label: { vi: "Tên", en: "Name" },
    description: { vi: "Tên đối tác (tiếng nước ngoài)", en: "Partner name (original language)" },
  }),
  name_vi: optional(
    col.text({
      vi: "tên tiếng việt",
      label: { vi: "Tên tiếng Việt", en: "Vietnamese name" },
      description: { vi: "Tên đối tác bằng tiếng Việt", en: "Partner name in Vietnamese" },
    }),
  ),
  kind: col.enum(partnerKinds, {
    vi: "loại",
    label: { vi: "Loại đối tác", en: "Kind" },
    description: {
      vi: "Quốc gia, địa phương, NGO, doanh nghiệp, tổ chức quốc tế, ĐSQ, khác",
      en: "Country, locality, NGO, company, international organisation, embassy, other",
    },
  }),
  country: col.country({
    vi: "quốc gia",
    label: { vi: "Quốc gia", en: "Country" },
    description: {
      vi: "Mã quốc gia ISO 3166-1 alpha-2 (ví dụ LA)",
      en: "ISO 3166-1 alpha-2 country code (e.g. LA)",
    },
  }),
  locality: optional(
    col.text({
      vi: "địa phương",
      label: { vi: "Địa phương", en: "Locality" },
      description: { vi: "Tỉnh/thành phố của đối tác", en: "The partner's province or city" },
    }),
  ),
  notes: optional(
    col.text({
      vi: "ghi chú",
      label: { vi: "Ghi chú", en: "Notes" },
      description: { vi: "Ghi chú", en: "Notes" },
    }),
  ),
});

/** One row of partners (inferred from {@link partnerSchema}). */
export type Partner = z.infer<typeof partnerSchema>;

/** The partners entity (foreign counterparts): schema, columns, key and labels. */
export const partners = defineEntity({
  name: "partners",
  label: { vi: "Đối tác nước ngoài", en: "Foreign partners" },
  schema: partnerSchema,
  key: ["partner_id"],
});
