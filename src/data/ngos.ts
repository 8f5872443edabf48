import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** ngos — foreign non-governmental organisations. */
export const ngoSchema = z.object({
  ngo_id: col.id({
    vi: "mã tổ chức",
    label: { vi: "Mã tổ chức", en: "NGO id" },
    description: { vi: "Mã riêng của cơ quan cho tổ chức", en: "The office's own key for the NGO" },
  }),
  name: col.text({
    vi: "tên",
    label: { vi: "Tên tổ chức", en: "Name" },
    description: { vi: "Tên tổ chức phi chính phủ nước ngoài", en: "Name of the foreign NGO" },
  }),
  country: col.country({
    vi: "quốc gia",
    label: { vi: "Quốc gia trụ sở", en: "Headquarters country" },
    description: { vi: "Quốc gia đặt trụ sở chính (ISO alpha-2)", en: "Headquarters country (ISO alpha-2)" },
  }),
  registration_no: optional(
    col.text({
      vi: "số đăng ký",
      label: { vi: "Số giấy đăng ký", en: "Registration no." },
      description: { vi: "Số giấy đăng ký hoạt động", en: "Registration certificate number" },
    }),
  ),
  registered_from: optional(
    col.date({
      vi: "đăng ký từ ngày",
      label: { vi: "Đăng ký từ ngày", en: "Registered from" },
      description: { vi: "Ngày bắt đầu hiệu lực đăng ký", en: "Registration valid from" },
    }),
  ),
  registered_to: optional(
    col.date({
      vi: "đăng ký đến ngày",
      label: { vi: "Đăng ký đến ngày", en: "Registered to" },
      description: { vi: "Ngày hết hiệu lực đăng ký", en: "Registration valid to" },
    }),
  ),
});

/** One row of ngos (inferred from {@link ngoSchema}). */
export type Ngo = z.infer<typeof ngoSchema>;

/** The ngos entity (foreign NGOs and their licences): schema, columns, key and labels. */
export const ngos = defineEntity({
  name: "ngos",
  label: { vi: "Tổ chức phi chính phủ nước ngoài", en: "Foreign NGOs" },
  schema: ngoSchema,
  key: ["ngo_id"],
});
