import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { delegationsByStart } from "../scans.ts";

/** delegations.person_trips — Sum of members of inbound and outbound delegations starting in the period. */
export const delegationsPersonTrips = defineIndicator({
  id: "delegations.person_trips",
  label: { vi: "Lượt người", en: "Person-trips" },
  definition: {
    vi: "Tổng số thành viên của các đoàn ra và đoàn vào bắt đầu trong kỳ",
    en: "Sum of members of inbound and outbound delegations starting in the period",
  },
  periodRule: periodRules.delegationStart,
  unit: "persons",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding", "direction"],
  additive: true,
  scan: delegationsByStart,
  value: () => "sum(t.members)",
});
