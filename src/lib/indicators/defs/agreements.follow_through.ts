import { defineIndicator } from "../defineIndicator.ts";
import { activitiesByDue } from "../scans.ts";

/** agreements.follow_through — Of the activities due in the period (cancelled excluded), the share done (status done). */
export const agreementsFollowThrough = defineIndicator({
  id: "agreements.follow_through",
  label: { vi: "Tỷ lệ thực hiện hoạt động theo thỏa thuận", en: "Agreement follow-through" },
  definition: {
    vi: "Trong các hoạt động đến hạn trong kỳ (trừ hoạt động đã hủy), tỷ lệ đã thực hiện (status done)",
    en: "Of the activities due in the period (cancelled excluded), the share done (status done)",
  },
  periodRule: {
    vi: "Theo hạn (due_on)",
    en: "By due_on",
  },
  unit: "percent",
  direction: "up",
  dimensions: ["country", "partner", "agreement"],
  additive: false,
  scan: activitiesByDue,
  value: () =>
    "count(*) FILTER (WHERE t.status = 'done') / nullif(count(*) FILTER (WHERE t.status <> 'cancelled'), 0)",
});
