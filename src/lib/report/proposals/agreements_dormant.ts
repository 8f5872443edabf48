import { formatDate } from "../../../data/format.ts";
import { defineProposal, idList, valueOf } from "./ProposalRule.ts";

/**
 * agreements_dormant — agreements in force with no activity and no delegation
 * in 12 months (agreements.dormant > 0): lists to reinvigorate and to review
 * for termination, from the MOU portfolio review.
 */
export const agreementsDormant = defineProposal({
  id: "agreements_dormant",
  explanation: {
    vi: "Có thỏa thuận còn hiệu lực không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng.",
    en: "Agreements in force had no activity done and no delegation in 12 months.",
  },
  thresholds: {},
  propose(data) {
    const dormant = valueOf(data, "agreements.dormant");
    if (dormant === null || dormant <= 0) return null;
    const rows = data.agreements.rows;
    const dormantIds = rows.filter((r) => r.dormant).map((r) => r.agreement_id);
    // dormant agreements not proposed for termination are to be reinvigorated, with those the review says so of
    const terminate = rows
      .filter((r) => r.recommendation === "review_for_termination")
      .map((r) => r.agreement_id);
    const reinvigorate = rows
      .filter((r) => r.recommendation === "reinvigorate" || (r.dormant && r.recommendation === "keep"))
      .map((r) => r.agreement_id);
    const at = formatDate(data.agreements.asOf);
    return {
      indicator: "agreements.dormant",
      value: dormant,
      threshold: 0,
      finding: {
        vi: `${dormant} thỏa thuận còn hiệu lực không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng tính đến ${at}: ${idList(dormantIds)}.`,
        en: `${dormant} agreement(s) in force had no activity done and no delegation in the 12 months to ${at}: ${idList(dormantIds)}.`,
      },
      proposal: {
        vi: `Phê duyệt danh sách thỏa thuận cần thúc đẩy lại (${idList(reinvigorate)}), giao đơn vị đầu mối và hoạt động cụ thể cho từng thỏa thuận${terminate.length > 0 ? `; và danh sách thỏa thuận xem xét chấm dứt (${idList(terminate)})` : ""}.`,
        en: `Approve a list of agreements to reinvigorate (${idList(reinvigorate)}), each with a lead unit and concrete activities${terminate.length > 0 ? `, and a list to review for termination (${idList(terminate)})` : ""}.`,
      },
    };
  },
});
