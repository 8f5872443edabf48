import { formatFigure } from "../../../data/format.ts";
import type { HeadlineFigure } from "../ReviewData.ts";
import { both, defineProposal, figureOf } from "./ProposalRule.ts";

type Planned = HeadlineFigure & { value: number; plan: number; planRatio: number };

/**
 * delegations_below_plan — inbound or outbound delegations below a share of the
 * plan (one proposal for both; its value is the lower share).
 */
export const delegationsBelowPlan = defineProposal({
  id: "delegations_below_plan",
  explanation: {
    vi: "Số đoàn vào hoặc đoàn ra thấp hơn một tỷ lệ của kế hoạch (mặc định 90%).",
    en: "Inbound or outbound delegations below a share of the plan (default 90%).",
  },
  /** planShareBelow: inbound or outbound delegations below this share of the plan propose reviewing the plan. */
  thresholds: { planShareBelow: 0.9 },
  propose(data, { planShareBelow }) {
    const y = data.year;
    const below = ["delegations.inbound", "delegations.outbound"]
      .map((id) => figureOf(data, id))
      .filter(
        (f): f is Planned =>
          f !== undefined &&
          f.value !== null &&
          f.plan !== null &&
          f.planRatio !== null &&
          f.planRatio < planShareBelow,
      );
    if (below.length === 0) return null;
    const parts = both((lang) =>
      below
        .map((f) =>
          lang === "vi"
            ? `${f.label.vi.toLowerCase()} đạt ${formatFigure(f.planRatio, "percent", lang)} kế hoạch (${formatFigure(f.value, "count", lang)}/${formatFigure(f.plan, "count", lang)})`
            : `${f.label.en.toLowerCase()} reached ${formatFigure(f.planRatio, "percent", lang)} of the plan (${formatFigure(f.value, "count", lang)} of ${formatFigure(f.plan, "count", lang)})`,
        )
        .join("; "),
    );
    return {
      indicator: below[0]!.indicator,
      value: Math.min(...below.map((f) => f.planRatio)),
      threshold: planShareBelow,
      finding: { vi: `Năm ${y}, ${parts.vi}.`, en: `In ${y}, ${parts.en}.` },
      proposal: {
        vi: "Rà soát nguyên nhân các đoàn trong kế hoạch chưa thực hiện và xây dựng kế hoạch năm sau sát với khả năng thực hiện.",
        en: "Review why planned delegations did not take place, and draft next year's plan closer to what can be done.",
      },
    };
  },
});
