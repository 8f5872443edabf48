import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { delegationsByStart } from "../scans.ts";

/** delegations.in_plan_rate — Of the delegations (inbound and outbound) starting in the period, the share listed in the approved annual plan; no delegations gives no data. */
export const delegationsInPlanRate = defineIndicator({
  id: "delegations.in_plan_rate",
  label: { vi: "Tỷ lệ đoàn trong kế hoạch", en: "Share of delegations in the annual plan" },
  definition: {
    vi: "Trong các đoàn (ra và vào) bắt đầu trong kỳ, tỷ lệ đoàn có trong kế hoạch đối ngoại năm được phê duyệt; không có đoàn thì không có số liệu",
    en: "Of the delegations (inbound and outbound) starting in the period, the share listed in the approved annual plan; no delegations gives no data",
  },
  periodRule: periodRules.delegationStart,
  unit: "percent",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding", "direction"],
  additive: false,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.in_plan) / nullif(count(*), 0)",
});
