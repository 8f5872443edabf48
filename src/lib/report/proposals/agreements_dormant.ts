import { formatDate } from "../../../data/format.ts";
import type { Lang } from "../../../data/Bilingual.ts";
import { both, defineProposal, valueOf } from "./ProposalRule.ts";

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
    const names = (list: typeof rows, lang: Lang) => list.map((r) => r.label[lang]).join("; ");
    // dormant agreements not proposed for termination are to be reinvigorated, with those the review says so of
    const terminate = rows.filter((r) => r.recommendation === "review_for_termination");
    const reinvigorate = rows.filter(
      (r) => r.recommendation === "reinvigorate" || (r.dormant && r.recommendation === "keep"),
    );
    const dormantRows = rows.filter((r) => r.dormant);
    const at = formatDate(data.agreements.asOf);
    const lists = (lang: Lang) => {
      const parts = [
        reinvigorate.length > 0
          ? lang === "vi"
            ? `danh sách thỏa thuận cần thúc đẩy lại (${names(reinvigorate, lang)}), giao đơn vị đầu mối và hoạt động cụ thể cho từng thỏa thuận`
            : `a list of agreements to reinvigorate (${names(reinvigorate, lang)}), each with a lead unit and concrete activities`
          : null,
        terminate.length > 0
          ? lang === "vi"
            ? `danh sách thỏa thuận xem xét chấm dứt (${names(terminate, lang)})`
            : `a list to review for termination (${names(terminate, lang)})`
          : null,
      ].filter((x) => x !== null);
      if (parts.length === 0)
        return lang === "vi"
          ? "Giao đơn vị đầu mối rà soát từng thỏa thuận không hoạt động và đề xuất thúc đẩy lại hoặc chấm dứt."
          : "Have a lead unit review each dormant agreement and propose to reinvigorate or end it.";
      return lang === "vi" ? `Phê duyệt ${parts.join("; và ")}.` : `Approve ${parts.join(", and ")}.`;
    };
    return {
      indicator: "agreements.dormant",
      value: dormant,
      threshold: 0,
      finding: both((lang) =>
        lang === "vi"
          ? `${dormant} thỏa thuận còn hiệu lực không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng tính đến ${at}${dormantRows.length > 0 ? `: ${names(dormantRows, lang)}` : ""}.`
          : `${dormant} ${dormant === 1 ? "agreement" : "agreements"} in force had no activity done and no delegation in the 12 months to ${at}${dormantRows.length > 0 ? `: ${names(dormantRows, lang)}` : ""}.`,
      ),
      proposal: both(lists),
    };
  },
});
