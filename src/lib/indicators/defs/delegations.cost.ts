import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { delegationCostByStart, sumVnd } from "../scans.ts";

/** delegations.cost — Total cost of delegations starting in the period, in VND at the last rate on or before the start date; delegations with no cost are not added (delegations but none with a cost: no data). */
export const delegationsCost = defineIndicator({
  id: "delegations.cost",
  label: { vi: "Kinh phí đoàn (VND)", en: "Delegation cost (VND)" },
  definition: {
    vi: "Tổng kinh phí các đoàn bắt đầu trong kỳ, quy ra VND theo tỷ giá gần nhất trước hoặc vào ngày bắt đầu; đoàn không ghi kinh phí không được cộng (có đoàn mà không đoàn nào ghi kinh phí: không có số liệu)",
    en: "Total cost of delegations starting in the period, in VND at the last rate on or before the start date; delegations with no cost are not added (delegations but none with a cost: no data)",
  },
  periodRule: periodRules.delegationStart,
  unit: "VND",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding", "direction"],
  additive: true,
  scan: delegationCostByStart,
  value: () => sumVnd,
});
