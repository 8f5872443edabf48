import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { agreementsBySigning } from "../scans.ts";

/** agreements.reported_on_time_rate — Of the agreements signed in the period, the share reported within 15 days of signing (reported_on − signed_on ≤ 15). */
export const agreementsReportedOnTimeRate = defineIndicator({
  id: "agreements.reported_on_time_rate",
  label: { vi: "Tỷ lệ thỏa thuận báo cáo đúng hạn", en: "Agreements reported on time" },
  definition: {
    vi: "Trong các thỏa thuận ký trong kỳ, tỷ lệ đã báo cáo trong vòng 15 ngày kể từ ngày ký (reported_on − signed_on ≤ 15)",
    en: "Of the agreements signed in the period, the share reported within 15 days of signing (reported_on − signed_on ≤ 15)",
  },
  periodRule: periodRules.signing,
  unit: "percent",
  direction: "up",
  dimensions: ["country", "partner", "kind"],
  additive: false,
  scan: agreementsBySigning,
  value: () =>
    "count(*) FILTER (WHERE t.reported_on IS NOT NULL AND t.reported_on <= t.signed_on + INTERVAL 15 DAY) / nullif(count(*), 0)",
});
