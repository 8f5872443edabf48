import { formatFigure } from "../../../data/format.ts";
import { both, defineProposal, valueOf } from "./ProposalRule.ts";

/** delegations_off_plan — too few delegations were in the approved plan (delegations.in_plan_rate). */
export const delegationsOffPlan = defineProposal({
  id: "delegations_off_plan",
  explanation: {
    vi: "Tỷ lệ đoàn ra, đoàn vào nằm trong kế hoạch được phê duyệt thấp hơn ngưỡng (mặc định 80%).",
    en: "The share of delegations in the approved plan is below the threshold (default 80%).",
  },
  /** inPlanRateBelow: delegations.in_plan_rate below this proposes putting delegations in the plan. */
  thresholds: { inPlanRateBelow: 0.8 },
  propose(data, { inPlanRateBelow }) {
    const y = data.year;
    const inPlan = valueOf(data, "delegations.in_plan_rate");
    if (inPlan === null || inPlan >= inPlanRateBelow) return null;
    return {
      indicator: "delegations.in_plan_rate",
      value: inPlan,
      threshold: inPlanRateBelow,
      finding: both((lang) =>
        lang === "vi"
          ? `Chỉ ${formatFigure(inPlan, "percent", lang)} số đoàn ra, đoàn vào năm ${y} nằm trong kế hoạch được phê duyệt (ngưỡng ${formatFigure(inPlanRateBelow, "percent", lang)}).`
          : `Only ${formatFigure(inPlan, "percent", lang)} of the ${y} delegations were in the approved plan (threshold ${formatFigure(inPlanRateBelow, "percent", lang)}).`,
      ),
      proposal: {
        vi: "Các sở, ngành, địa phương đăng ký đoàn ra, đoàn vào dự kiến khi xây dựng kế hoạch năm; đoàn phát sinh được trình bổ sung kế hoạch trước khi thực hiện.",
        en: "Departments and localities list their expected delegations when the annual plan is drafted; delegations that arise later are added to the plan before they travel.",
      },
    };
  },
});
