import { defineIndicator } from "../defineIndicator.ts";
import { delegationsByStart } from "../scans.ts";

/** delegations.inbound — Inbound delegations starting in the period. */
export const delegationsInbound = defineIndicator({
  id: "delegations.inbound",
  label: { vi: "Đoàn vào", en: "Inbound delegations" },
  definition: {
    vi: "Số đoàn nước ngoài vào tỉnh bắt đầu trong kỳ",
    en: "Inbound delegations starting in the period",
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
  value: () => "count(*) FILTER (WHERE t.direction = 'inbound')",
});
