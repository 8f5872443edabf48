import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { contactsByRegistration } from "../scans.ts";

/** investment.registered — Contacts granted an investment registration certificate in the period. */
export const investmentRegistered = defineIndicator({
  id: "investment.registered",
  label: { vi: "Nhà đầu tư đăng ký đầu tư", en: "Contacts registered" },
  definition: {
    vi: "Số nhà đầu tư đã tiếp xúc được cấp giấy chứng nhận đăng ký đầu tư trong kỳ",
    en: "Contacts granted an investment registration certificate in the period",
  },
  periodRule: periodRules.registration,
  unit: "count",
  direction: "up",
  dimensions: ["country", "sector", "channel"],
  additive: true,
  scan: contactsByRegistration,
  value: () => "count(*)",
});
