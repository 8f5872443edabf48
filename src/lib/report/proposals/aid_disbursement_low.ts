import { formatFigure } from "../../../data/format.ts";
import { both, defineProposal, valueOf } from "./ProposalRule.ts";

/** aid_disbursement_low — aid disbursement of the projects under way below a threshold (aid.disbursement_rate). */
export const aidDisbursementLow = defineProposal({
  id: "aid_disbursement_low",
  explanation: {
    vi: "Tỷ lệ giải ngân viện trợ của các dự án đang thực hiện thấp hơn ngưỡng (mặc định 50%).",
    en: "Aid disbursement of the projects under way is below the threshold (default 50%).",
  },
  /** disbursementRateBelow: aid.disbursement_rate below this proposes following disbursement up. */
  thresholds: { disbursementRateBelow: 0.5 },
  propose(data, { disbursementRateBelow }) {
    const disbursed = valueOf(data, "aid.disbursement_rate");
    if (disbursed === null || disbursed >= disbursementRateBelow) return null;
    return {
      indicator: "aid.disbursement_rate",
      value: disbursed,
      threshold: disbursementRateBelow,
      finding: both((lang) =>
        lang === "vi"
          ? `Tỷ lệ giải ngân viện trợ của các dự án đang thực hiện chỉ đạt ${formatFigure(disbursed, "percent", lang)} (ngưỡng ${formatFigure(disbursementRateBelow, "percent", lang)}).`
          : `Aid disbursement of the projects under way reached only ${formatFigure(disbursed, "percent", lang)} (threshold ${formatFigure(disbursementRateBelow, "percent", lang)}).`,
      ),
      central: {
        vi: `Đề nghị Bộ Ngoại giao và Liên hiệp các tổ chức hữu nghị Việt Nam (Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài) đôn đốc các tổ chức phi chính phủ nước ngoài có dự án tại tỉnh giải ngân theo cam kết (tỷ lệ giải ngân lũy kế ${formatFigure(disbursed, "percent", "vi")}).`,
        en: `Ask the Ministry of Foreign Affairs and the Viet Nam Union of Friendship Organisations (Committee for Foreign NGO Affairs) to press the NGOs with projects in the province to disburse as committed (cumulative disbursement rate ${formatFigure(disbursed, "percent", "en")}).`,
      },
      proposal: {
        vi: "Đôn đốc các tổ chức phi chính phủ nước ngoài và chủ dự án giải ngân theo cam kết; rà soát dự án chậm giải ngân.",
        en: "Press NGOs and project owners to disburse as committed; review the projects that lag.",
      },
    };
  },
});
