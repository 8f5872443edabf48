import { formatFigure } from "../../../data/format.ts";
import { both, defineProposal, figureOf } from "./ProposalRule.ts";

/** investment_registrations_fell — fewer investors met registered than the year before. */
export const investmentRegistrationsFell = defineProposal({
  id: "investment_registrations_fell",
  explanation: {
    vi: "Số nhà đầu tư đã tiếp xúc được cấp chứng nhận đăng ký đầu tư thấp hơn năm trước.",
    en: "Fewer investors met registered than the year before.",
  },
  thresholds: {},
  propose(data) {
    const y = data.year;
    const registered = figureOf(data, "investment.registered");
    if (!registered || registered.value === null || registered.previous === null) return null;
    const { value, previous } = registered;
    if (value >= previous) return null;
    return {
      indicator: "investment.registered",
      value,
      threshold: previous,
      finding: both((lang) =>
        lang === "vi"
          ? `Số nhà đầu tư đã tiếp xúc được cấp chứng nhận đăng ký đầu tư giảm từ ${formatFigure(previous, "count", lang)} (năm ${y - 1}) xuống ${formatFigure(value, "count", lang)} (năm ${y}).`
          : `Investors met who registered fell from ${formatFigure(previous, "count", lang)} (${y - 1}) to ${formatFigure(value, "count", lang)} (${y}).`,
      ),
      proposal: {
        vi: "Lập danh sách nhà đầu tư đã tiếp xúc nhưng chưa đăng ký để theo dõi và hỗ trợ thủ tục; mỗi chuyến xúc tiến đầu tư gắn với danh sách nhà đầu tư mục tiêu.",
        en: "Keep a list of investors met who have not registered, to follow up and help with procedures; tie every promotion trip to a list of target investors.",
      },
    };
  },
});
