import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { delegationsByStart } from "../scans.ts";

/** investment.promotion_trips — Outbound delegations with purpose investment_promotion starting in the period. */
export const investmentPromotionTrips = defineIndicator({
  id: "investment.promotion_trips",
  label: { vi: "Đoàn xúc tiến đầu tư", en: "Investment-promotion trips" },
  definition: {
    vi: "Số đoàn ra có mục đích xúc tiến đầu tư bắt đầu trong kỳ",
    en: "Outbound delegations with purpose investment_promotion starting in the period",
  },
  periodRule: periodRules.delegationStart,
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "level", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'outbound' AND t.purpose = 'investment_promotion')",
});
