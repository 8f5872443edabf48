import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of investment_contacts.channel, e.g. inbound_visit, promotion_trip, conference. */
export const contactChannels = [
  "inbound_visit",
  "promotion_trip",
  "conference",
  "embassy",
  "referral",
  "other",
] as const;

const dateCol = (vi: string, en: string, viHeader: string) =>
  optional(col.date({ vi: viHeader, label: { vi, en }, description: { vi, en } }));

/** investment_contacts — foreign investors met, and how far each went. */
export const investmentContactSchema = z.object({
  contact_id: col.id({
    vi: "mã liên hệ",
    label: { vi: "Mã liên hệ", en: "Contact id" },
    description: { vi: "Mã riêng của cơ quan cho nhà đầu tư", en: "The office's own key for the contact" },
  }),
  company: col.text({
    vi: "doanh nghiệp",
    label: { vi: "Doanh nghiệp", en: "Company" },
    description: { vi: "Tên nhà đầu tư", en: "Investor's name" },
  }),
  country: col.country({
    vi: "quốc gia",
    label: { vi: "Quốc gia", en: "Country" },
    description: { vi: "Quốc gia của nhà đầu tư (ISO alpha-2)", en: "Investor's country (ISO alpha-2)" },
  }),
  sector: optional(
    col.text({
      vi: "ngành",
      label: { vi: "Ngành", en: "Sector" },
      description: { vi: "Ngành nghề đầu tư", en: "Industry" },
    }),
  ),
  first_contact_on: col.date({
    vi: "ngày tiếp xúc đầu",
    label: { vi: "Ngày tiếp xúc đầu tiên", en: "First contact" },
    description: { vi: "Ngày gặp lần đầu", en: "Date first met" },
  }),
  channel: col.enum(contactChannels, {
    vi: "kênh",
    label: { vi: "Kênh tiếp xúc", en: "Channel" },
    description: {
      vi: "Đoàn vào, đoàn xúc tiến, hội nghị, ĐSQ, giới thiệu, khác",
      en: "Inbound visit, promotion trip, conference, embassy, referral, other",
    },
  }),
  delegation_id: optional(
    col.id({
      vi: "mã đoàn",
      ref: "delegations",
      label: { vi: "Mã đoàn", en: "Delegation id" },
      description: { vi: "Đoàn gặp nhà đầu tư (nếu có)", en: "Delegation that met the investor, if any" },
    }),
  ),
  site_visit_on: dateCol("Ngày khảo sát", "Site visit", "ngày khảo sát"),
  mou_on: dateCol("Ngày ký MOU", "MOU signed", "ngày ký mou"),
  registered_on: dateCol("Ngày cấp GCN đăng ký đầu tư", "Registered", "ngày đăng ký"),
  dropped_on: dateCol("Ngày dừng", "Dropped", "ngày dừng"),
  proposed_capital_usd: optional(
    col.decimal({
      vi: "vốn dự kiến usd",
      min: 0,
      label: { vi: "Vốn dự kiến (USD)", en: "Proposed capital (USD)" },
      description: { vi: "Vốn đầu tư dự kiến, USD", en: "Proposed capital, USD" },
    }),
  ),
  registered_capital_usd: optional(
    col.decimal({
      vi: "vốn đăng ký usd",
      min: 0,
      label: { vi: "Vốn đăng ký (USD)", en: "Registered capital (USD)" },
      description: { vi: "Vốn đăng ký, USD", en: "Registered capital, USD" },
    }),
  ),
  project_code: optional(
    col.text({
      vi: "mã dự án",
      label: { vi: "Mã số dự án", en: "Project code" },
      description: {
        vi: "Mã số dự án trên GCN đăng ký đầu tư",
        en: "Project code on the registration certificate",
      },
    }),
  ),
});

/** One row of investment_contacts (inferred from {@link investmentContactSchema}). */
export type InvestmentContact = z.infer<typeof investmentContactSchema>;

/** The investment_contacts entity (investors met, registered or dropped): schema, columns, key and labels. */
export const investmentContacts = defineEntity({
  name: "investment_contacts",
  label: { vi: "Nhà đầu tư tiếp xúc", en: "Investment contacts" },
  schema: investmentContactSchema,
  key: ["contact_id"],
});
