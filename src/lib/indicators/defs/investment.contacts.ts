import { defineIndicator } from "../defineIndicator.ts";
import { contactsByFirstContact } from "../scans.ts";

/** investment.contacts — Foreign investors first met in the period. */
export const investmentContacts = defineIndicator({
  id: "investment.contacts",
  label: { vi: "Nhà đầu tư được tiếp xúc", en: "Investor contacts" },
  definition: {
    vi: "Số nhà đầu tư nước ngoài được tiếp xúc lần đầu trong kỳ",
    en: "Foreign investors first met in the period",
  },
  periodRule: {
    vi: "Theo ngày tiếp xúc đầu tiên (first_contact_on)",
    en: "By first_contact_on",
  },
  unit: "count",
  direction: "up",
  dimensions: ["country", "sector", "channel"],
  additive: true,
  scan: contactsByFirstContact,
  value: () => "count(*)",
});
