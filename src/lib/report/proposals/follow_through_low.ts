import { formatFigure } from "../../../data/format.ts";
import { both, defineProposal, valueOf } from "./ProposalRule.ts";

/** follow_through_low — too few agreement activities due in the year were done (agreements.follow_through). */
export const followThroughLow = defineProposal({
  id: "follow_through_low",
  explanation: {
    vi: "Tỷ lệ hoạt động đến hạn theo các thỏa thuận được thực hiện thấp hơn ngưỡng (mặc định 50%).",
    en: "The share of agreement activities due that were done is below the threshold (default 50%).",
  },
  /** followThroughBelow: agreements.follow_through below this proposes an activity programme per MOU. */
  thresholds: { followThroughBelow: 0.5 },
  propose(data, { followThroughBelow }) {
    const y = data.year;
    const follow = valueOf(data, "agreements.follow_through");
    if (follow === null || follow >= followThroughBelow) return null;
    return {
      indicator: "agreements.follow_through",
      value: follow,
      threshold: followThroughBelow,
      finding: both((lang) =>
        lang === "vi"
          ? `Chỉ ${formatFigure(follow, "percent", lang)} hoạt động đến hạn năm ${y} theo các thỏa thuận quốc tế được thực hiện (ngưỡng ${formatFigure(followThroughBelow, "percent", lang)}).`
          : `Only ${formatFigure(follow, "percent", lang)} of the agreement activities due in ${y} were done (threshold ${formatFigure(followThroughBelow, "percent", lang)}).`,
      ),
      proposal: {
        vi: "Mỗi thỏa thuận có chương trình hoạt động hằng năm với hoạt động, thời hạn và đơn vị chủ trì cụ thể; cơ quan chủ trì theo dõi và báo cáo kết quả hằng quý.",
        en: "Give each agreement a yearly programme with concrete activities, due dates and lead units; the lead agency follows it up and reports every quarter.",
      },
    };
  },
});
