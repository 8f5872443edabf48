import { z } from "zod";
import { col } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/**
 * aid_disbursements — money paid out under an aid project. The contract gives
 * no id, so a disbursement is identified by project, date and currency: a
 * re-import updates that day's amount instead of adding a second row.
 */
export const aidDisbursementSchema = z.object({
  project_id: col.id({
    vi: "mã dự án",
    ref: "aid_projects",
    label: { vi: "Mã dự án", en: "Project id" },
    description: { vi: "Dự án (mã trong bảng dự án viện trợ)", en: "Project (id in aid_projects)" },
  }),
  disbursed_on: col.date({
    vi: "ngày giải ngân",
    label: { vi: "Ngày giải ngân", en: "Disbursed on" },
    description: { vi: "Ngày giải ngân", en: "Disbursement date" },
  }),
  amount: col.decimal({
    vi: "số tiền",
    min: 0,
    label: { vi: "Số tiền", en: "Amount" },
    description: {
      vi: "Số tiền giải ngân, theo loại tiền gốc",
      en: "Amount disbursed, in the original currency",
    },
  }),
  currency: col.currency({
    vi: "loại tiền",
    label: { vi: "Loại tiền", en: "Currency" },
    description: { vi: "Mã tiền tệ ISO 4217", en: "ISO 4217 currency" },
  }),
});

/** One row of aid_disbursements (inferred from {@link aidDisbursementSchema}). */
export type AidDisbursement = z.infer<typeof aidDisbursementSchema>;

/** The aid_disbursements entity: schema, columns, key (project, date, currency) and labels. */
export const aidDisbursements = defineEntity({
  name: "aid_disbursements",
  label: { vi: "Giải ngân viện trợ", en: "Aid disbursements" },
  schema: aidDisbursementSchema,
  key: ["project_id", "disbursed_on", "currency"],
  money: [{ amount: "amount", currency: "currency", dateSql: "disbursed_on" }],
});
