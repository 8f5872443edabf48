import { agreementReviewSection } from "../agreementReviewSection.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { groupTable } from "./groupTable.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.4: international agreements: the figures and the MOU portfolio review (one state and recommendation each). */
export function resultsAgreements(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, val, periodIn, PeriodIn, periodEnd } = ctx;
  const signed = data.headline.find((h) => h.indicator === "agreements.signed")?.value ?? null;
  return [
    block.h2(t("4. Thỏa thuận quốc tế", "4. International agreements")),
    block.para(
      t(
        `${PeriodIn.vi}, tỉnh ký ${val("agreements.signed")} thỏa thuận quốc tế; ${val("agreements.active")} thỏa thuận còn hiệu lực tại ${periodEnd}.`,
        `In ${periodIn.en} the province signed ${val("agreements.signed")} international ${signed === 1 ? "agreement" : "agreements"}; ${val("agreements.active")} were in force at ${periodEnd}.`,
      ),
    ),
    ...groupTable(ctx, "agreements"),
    ...agreementReviewSection(data, lang),
    ...officeWords(ctx, "agreements"),
  ];
}
