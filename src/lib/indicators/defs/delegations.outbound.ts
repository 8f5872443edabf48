import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { delegationsByStart } from "../scans.ts";

/** delegations.outbound — Outbound delegations starting in the period. */
export const delegationsOutbound = defineIndicator({
  id: "delegations.outbound",
  label: { vi: "Đoàn ra", en: "Outbound delegations" },
  definition: {
    vi: "Số đoàn của tỉnh đi nước ngoài bắt đầu trong kỳ",
    en: "Outbound delegations starting in the period",
  },
  periodRule: periodRules.delegationStart,
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'outbound')",
});
