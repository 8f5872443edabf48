import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { delegationsByStart } from "../scans.ts";

/** delegations.inbound — Inbound delegations starting in the period. */
export const delegationsInbound = defineIndicator({
  id: "delegations.inbound",
  label: { vi: "Đoàn vào", en: "Inbound delegations" },
  definition: {
    vi: "Số đoàn nước ngoài vào tỉnh bắt đầu trong kỳ",
    en: "Inbound delegations starting in the period",
  },
  periodRule: periodRules.delegationStart,
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'inbound')",
});
