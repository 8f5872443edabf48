import { formatFigure } from "../../../data/format.ts";
import { both, defineProposal, valueOf } from "./ProposalRule.ts";

/** agreements_reported_late — agreements signed in the year not all reported within 15 days. */
export const agreementsReportedLate = defineProposal({
  id: "agreements_reported_late",
  explanation: {
    vi: "Có thỏa thuận ký trong năm không được báo cáo trong 15 ngày kể từ ngày ký.",
    en: "Agreements signed in the year were not all reported within 15 days of signing.",
  },
  /** reportedOnTimeBelow: agreements.reported_on_time_rate below this (default 1: any late report) proposes reporting within 15 days. */
  thresholds: { reportedOnTimeBelow: 1 },
  propose(data, { reportedOnTimeBelow }) {
    const y = data.year;
    const signed = valueOf(data, "agreements.signed");
    const reported = valueOf(data, "agreements.reported_on_time_rate");
    if (signed === null || signed <= 0 || reported === null || reported >= reportedOnTimeBelow) return null;
    return {
      indicator: "agreements.reported_on_time_rate",
      value: reported,
      threshold: reportedOnTimeBelow,
      finding: both((lang) =>
        lang === "vi"
          ? `Trong ${formatFigure(signed, "count", lang)} thỏa thuận ký năm ${y}, ${formatFigure(reported, "percent", lang)} được báo cáo trong 15 ngày kể từ ngày ký.`
          : `Of the ${formatFigure(signed, "count", lang)} agreement(s) signed in ${y}, ${formatFigure(reported, "percent", lang)} were reported within 15 days of signing.`,
      ),
      proposal: {
        vi: "Báo cáo việc ký kết mỗi thỏa thuận quốc tế trong 15 ngày kể từ ngày ký; cơ quan chủ trì theo dõi hạn báo cáo.",
        en: "Report every international agreement within 15 days of its signing; the lead agency tracks the deadline.",
      },
    };
  },
});
