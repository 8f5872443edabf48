import type { Lang } from "../../../data/Bilingual.ts";
import { formatFigure } from "../../../data/format.ts";
import { both, defineProposal, valueOf } from "./ProposalRule.ts";

/** reception_overspent — the foreign-guest reception budget was used above 100 %. */
export const receptionOverspent = defineProposal({
  id: "reception_overspent",
  explanation: {
    vi: "Kinh phí đón tiếp khách nước ngoài đã chi vượt dự toán được giao (trên 100%).",
    en: "The foreign-guest reception budget was spent beyond its allocation (above 100%).",
  },
  thresholds: {},
  propose(data) {
    const y = data.year;
    const use = valueOf(data, "budget.reception_utilisation");
    if (use === null || use <= 1) return null;
    const b = data.receptionBudget;
    const amounts = (lang: Lang) =>
      b && b.spentVnd !== null && b.allocatedVnd !== null
        ? lang === "vi"
          ? ` (chi ${formatFigure(b.spentVnd, "VND", lang)}, được giao ${formatFigure(b.allocatedVnd, "VND", lang)})`
          : ` (spent ${formatFigure(b.spentVnd, "VND", lang)}, allocated ${formatFigure(b.allocatedVnd, "VND", lang)})`
        : "";
    return {
      indicator: "budget.reception_utilisation",
      value: use,
      threshold: 1,
      finding: both((lang) =>
        lang === "vi"
          ? `Kinh phí đón tiếp khách nước ngoài năm ${y} đã sử dụng ${formatFigure(use, "percent", lang)} dự toán được giao${amounts(lang)}.`
          : `The ${y} foreign-guest reception budget was used at ${formatFigure(use, "percent", lang)} of its allocation${amounts(lang)}.`,
      ),
      proposal: {
        vi: `Nâng dự toán kinh phí đón tiếp khách nước ngoài ít nhất bằng mức đã chi năm ${y}, hoặc giao khoản kinh phí này vào dự toán của ${data.agency.vi} để chủ động đón tiếp.`,
        en: `Raise the foreign-guest reception allocation to at least what was spent in ${y}, or place this line in the budget of the ${data.agency.en} so that it can plan receptions itself.`,
      },
    };
  },
});
