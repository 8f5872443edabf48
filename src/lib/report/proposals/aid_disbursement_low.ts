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
      proposal: {
        vi: "Đôn đốc các tổ chức phi chính phủ nước ngoài và chủ dự án giải ngân theo cam kết; rà soát dự án chậm giải ngân.",
        en: "Press NGOs and project owners to disburse as committed; review the projects that lag.",
      },
    };
  },
});
