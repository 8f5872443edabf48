import { defineIndicator } from "../defineIndicator.ts";
import { delegationsByStart } from "../scans.ts";

/** delegations.outbound — Outbound delegations starting in the period. */
export const delegationsOutbound = defineIndicator({
  id: "delegations.outbound",
  label: { vi: "Đoàn ra", en: "Outbound delegations" },
  definition: {
    vi: "Số đoàn của tỉnh đi nước ngoài bắt đầu trong kỳ",
    en: "Outbound delegations starting in the period",
  },
  periodRule: {
    vi: "Theo ngày bắt đầu (start_on): đoàn kéo dài qua hai kỳ tính vào kỳ bắt đầu",
    en: "By start_on: a delegation spanning two periods counts in the period it starts",
  },
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'outbound')",
});
