import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { contactsByRegistration } from "../scans.ts";

/** investment.registered_capital_usd — Registered capital (USD) of the contacts registered in the period; registrations with no capital are not added. */
export const investmentRegisteredCapitalUsd = defineIndicator({
  id: "investment.registered_capital_usd",
  label: { vi: "Vốn đăng ký (USD)", en: "Registered capital (USD)" },
  definition: {
    vi: "Tổng vốn đăng ký (USD) của các nhà đầu tư đăng ký trong kỳ; đăng ký không ghi vốn không được cộng",
    en: "Registered capital (USD) of the contacts registered in the period; registrations with no capital are not added",
  },
  periodRule: periodRules.registration,
  unit: "USD",
  direction: "up",
  dimensions: ["country", "sector", "channel"],
  additive: true,
  scan: contactsByRegistration,
  value: () => "sum(t.registered_capital_usd)",
});
