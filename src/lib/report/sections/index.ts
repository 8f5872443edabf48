import type { ReportSection } from "./SectionContext.ts";
import { appendix } from "./appendix.ts";
import { directions } from "./directions.ts";
import { opening } from "./opening.ts";
import { overallAssessment } from "./overallAssessment.ts";
import { planAndBudget } from "./planAndBudget.ts";
import { requests } from "./requests.ts";
import { resultsAgreements } from "./resultsAgreements.ts";
import { resultsAid } from "./resultsAid.ts";
import { resultsConsular } from "./resultsConsular.ts";
import { resultsDelegations } from "./resultsDelegations.ts";
import { resultsInvestment } from "./resultsInvestment.ts";
import { shortcomings } from "./shortcomings.ts";
import { strategyTargets } from "./strategyTargets.ts";

/**
 * The sections of the annual review (báo cáo tổng kết công tác đối ngoại), in
 * document order, one function a file: I. results by area then the overall
 * assessment; II. shortcomings and causes; III. directions and tasks for next
 * year; IV. requests; the appendix.
 */
export const reportSections: readonly ReportSection[] = [
  opening,
  resultsDelegations,
  resultsInvestment,
  resultsAid,
  resultsAgreements,
  resultsConsular,
  planAndBudget,
  strategyTargets,
  overallAssessment,
  shortcomings,
  directions,
  requests,
  appendix,
];
