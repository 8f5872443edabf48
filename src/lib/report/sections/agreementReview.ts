import type { ReportBlock } from "../reportDocument.ts";
import { agreementReviewSection } from "../agreementReviewSection.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.3: the MOU portfolio review: states and recommendations, the table, and why for those not kept. */
export function agreementReview({ data, lang, t }: SectionContext): ReportBlock[] {
  return [
    block.h2(t("3. Rà soát các thỏa thuận quốc tế", "3. Review of the agreement (MOU) portfolio")),
    ...agreementReviewSection(data, lang),
  ];
}
