import { formatDate } from "../../../data/format.ts";
import { defineProposal, valueOf } from "./ProposalRule.ts";

/** plan_late — the annual plan was approved after its due date (plan.approval_delay_days > 0). */
export const planLate = defineProposal({
  id: "plan_late",
  explanation: {
    vi: "Kế hoạch đối ngoại năm được phê duyệt sau hạn (số ngày chậm phê duyệt lớn hơn 0).",
    en: "The year's external-affairs plan was approved after its due date (approval delay above 0 days).",
  },
  thresholds: {},
  propose(data) {
    const y = data.year;
    const delay = valueOf(data, "plan.approval_delay_days");
    if (delay === null || delay <= 0 || !data.plan) return null;
    const approved = formatDate(data.plan.approved_on);
    const due = formatDate(data.plan.due_on);
    return {
      indicator: "plan.approval_delay_days",
      value: delay,
      threshold: 0,
      finding: {
        vi: `Kế hoạch đối ngoại năm ${y} được phê duyệt ngày ${approved}, chậm ${delay} ngày so với hạn ${due}.`,
        en: `The ${y} external-affairs plan was approved on ${approved}, ${delay} days after its due date of ${due}.`,
      },
      proposal: {
        vi: `Phê duyệt kế hoạch đối ngoại hằng năm trước ngày 31/12 của năm trước (kế hoạch năm ${y + 2} trước ngày 31/12/${y + 1}); cơ quan chủ trì tổng hợp đề xuất của các sở, ngành từ quý III.`,
        en: `Approve each year's external-affairs plan by 31/12 of the year before (the ${y + 2} plan by 31/12/${y + 1}); the lead agency collects departments' proposals from the third quarter.`,
      },
    };
  },
});
