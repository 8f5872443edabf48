import { defineIndicator } from "../defineIndicator.ts";
import { receptionBudgetsByYear } from "../scans.ts";

/** budget.reception_utilisation — Spent / allocated on the foreign-guest reception line for the year, in VND at the rate of 31/12; nothing allocated gives no data. */
export const budgetReceptionUtilisation = defineIndicator({
  id: "budget.reception_utilisation",
  label: { vi: "Tỷ lệ sử dụng kinh phí đón tiếp khách nước ngoài", en: "Reception budget utilisation" },
  definition: {
    vi: "Kinh phí đã chi / kinh phí được giao của dòng đón tiếp khách nước ngoài (reception) trong năm, quy ra VND theo tỷ giá ngày 31/12; giao bằng 0 hoặc không có thì không có số liệu",
    en: "Spent / allocated on the foreign-guest reception line for the year, in VND at the rate of 31/12; nothing allocated gives no data",
  },
  periodRule: {
    vi: "Theo năm ngân sách (year); kỳ quý, tháng không có số liệu",
    en: "By budget year; quarter and month periods have no data",
  },
  unit: "percent",
  direction: "up",
  dimensions: [],
  additive: false,
  scan: receptionBudgetsByYear,
  value: () =>
    "sum(CASE WHEN coalesce(t.currency, 'VND') = 'VND' THEN t.spent ELSE t.spent_vnd END) / nullif(sum(CASE WHEN coalesce(t.currency, 'VND') = 'VND' THEN t.allocated ELSE t.allocated_vnd END), 0)",
});
