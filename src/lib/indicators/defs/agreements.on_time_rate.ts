import { defineIndicator } from "../defineIndicator.ts";
import { activitiesByDone } from "../scans.ts";

/** agreements.on_time_rate — Of the activities done in the period, the share done by their due date (done_on ≤ due_on). */
export const agreementsOnTimeRate = defineIndicator({
  id: "agreements.on_time_rate",
  label: { vi: "Tỷ lệ hoạt động hoàn thành đúng hạn", en: "Activities done on time" },
  definition: {
    vi: "Trong các hoạt động hoàn thành trong kỳ, tỷ lệ hoàn thành trước hoặc đúng hạn (done_on ≤ due_on)",
    en: "Of the activities done in the period, the share done by their due date (done_on ≤ due_on)",
  },
  periodRule: {
    vi: "Theo ngày hoàn thành (done_on) của hoạt động có status done",
    en: "By done_on of activities with status done",
  },
  unit: "percent",
  direction: "up",
  dimensions: ["country", "partner", "agreement"],
  additive: false,
  scan: activitiesByDone,
  value: () => "count(*) FILTER (WHERE t.done_on <= t.due_on) / nullif(count(*), 0)",
});
