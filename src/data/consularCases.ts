import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of consular_cases.kind, e.g. citizen_protection, legalisation, visa_support. */
export const consularKinds = [
  "citizen_protection",
  "legalisation",
  "visa_support",
  "foreigner_incident",
  "other",
] as const;

/** consular_cases — counts only, no personal data. */
export const consularCaseSchema = z.object({
  case_id: col.id({
    vi: "mã vụ việc",
    label: { vi: "Mã vụ việc", en: "Case id" },
    description: { vi: "Mã riêng của cơ quan cho vụ việc", en: "The office's own key for the case" },
  }),
  opened_on: col.date({
    vi: "ngày tiếp nhận",
    label: { vi: "Ngày tiếp nhận", en: "Opened on" },
    description: { vi: "Ngày tiếp nhận vụ việc", en: "Date opened" },
  }),
  closed_on: optional(
    col.date({
      vi: "ngày kết thúc",
      label: { vi: "Ngày kết thúc", en: "Closed on" },
      description: { vi: "Ngày giải quyết xong", en: "Date closed" },
    }),
  ),
  kind: col.enum(consularKinds, {
    vi: "loại",
    label: { vi: "Loại vụ việc", en: "Kind" },
    description: {
      vi: "Bảo hộ công dân, hợp pháp hóa, hỗ trợ thị thực, vụ việc người nước ngoài, khác",
      en: "Citizen protection, legalisation, visa support, foreigner incident, other",
    },
  }),
  country: optional(
    col.country({
      vi: "quốc gia",
      label: { vi: "Quốc gia", en: "Country" },
      description: { vi: "Quốc gia liên quan (ISO alpha-2)", en: "Country concerned (ISO alpha-2)" },
    }),
  ),
});

/** One row of consular_cases (inferred from {@link consularCaseSchema}). */
export type ConsularCase = z.infer<typeof consularCaseSchema>;

/** The consular_cases entity: schema, columns, key and labels. */
export const consularCases = defineEntity({
  name: "consular_cases",
  label: { vi: "Vụ việc lãnh sự", en: "Consular cases" },
  schema: consularCaseSchema,
  key: ["case_id"],
});
