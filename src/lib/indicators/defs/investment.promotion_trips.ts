import { defineIndicator } from "../defineIndicator.ts";
import { delegationsByStart } from "../scans.ts";

/** investment.promotion_trips — Outbound delegations with purpose investment_promotion starting in the period. */
export const investmentPromotionTrips = defineIndicator({
  id: "investment.promotion_trips",
  label: { vi: "Đoàn xúc tiến đầu tư", en: "Investment-promotion trips" },
  definition: {
    vi: "Số đoàn ra có mục đích xúc tiến đầu tư bắt đầu trong kỳ",
    en: "Outbound delegations with purpose investment_promotion starting in the period",
  },
  periodRule: {
    vi: "Theo ngày bắt đầu (start_on): đoàn kéo dài qua hai kỳ tính vào kỳ bắt đầu",
    en: "By start_on: a delegation spanning two periods counts in the period it starts",
  },
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "level", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'outbound' AND t.purpose = 'investment_promotion')",
});
