import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, text } from "../messageText.ts";

/** delegations.in_plan_without_plan — a delegation marked in the annual plan for a year that has no plan. */
export const delegationsInPlanWithoutPlan = defineRule({
  id: "delegations.in_plan_without_plan",
  title: {
    vi: "Đoàn ghi là trong kế hoạch nhưng năm đó không có kế hoạch",
    en: "Delegation in plan, but no annual plan that year",
  },
  explanation: {
    vi: "Đoàn có in_plan = true phải thuộc kế hoạch đối ngoại của năm bắt đầu chuyến đi (năm của start_on). Khi annual_plans không có dòng cho năm đó, hoặc thiếu bảng kế hoạch, hoặc cột in_plan bị ghi sai; tỷ lệ delegations.in_plan_rate khi đó không đáng tin.",
    en: "A delegation with in_plan = true belongs to the annual plan of the year it starts (the year of start_on). When annual_plans has no row for that year, either the plan is missing or in_plan is wrong, and delegations.in_plan_rate cannot be trusted.",
  },
  severity: "warning",
  entities: ["delegations", "annual_plans"],
  sql: () => `SELECT 'delegations' AS entity, ${keySql("delegations")} AS record_key,
  t.start_on, year(t.start_on) AS plan_year
FROM delegations t
WHERE t.in_plan AND NOT EXISTS (SELECT 1 FROM annual_plans p WHERE p.year = year(t.start_on))
ORDER BY t.start_on`,
  message: (row) => ({
    vi: `Ghi là trong kế hoạch (in_plan = true), bắt đầu ${dateText(row["start_on"], "vi")}, nhưng không có kế hoạch đối ngoại năm ${text(row["plan_year"])} trong annual_plans. Hãy nhập kế hoạch năm ${text(row["plan_year"])} hoặc sửa in_plan.`,
    en: `Marked in plan (in_plan = true), starting ${dateText(row["start_on"], "en")}, but annual_plans has no plan for ${text(row["plan_year"])}. Import the ${text(row["plan_year"])} plan or correct in_plan.`,
  }),
});
