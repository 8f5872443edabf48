import type { ReportSection } from "./SectionContext.ts";
import { agreementReview } from "./agreementReview.ts";
import { dataQuality } from "./dataQuality.ts";
import { directions } from "./directions.ts";
import { keyFigures } from "./keyFigures.ts";
import { opening } from "./opening.ts";
import { planAndBudget } from "./planAndBudget.ts";
import { shortcomings } from "./shortcomings.ts";
import { strategyTargets } from "./strategyTargets.ts";

/** The sections of the annual review, in document order (one function a file). */
export const reportSections: readonly ReportSection[] = [
  opening,
  keyFigures,
  planAndBudget,
  agreementReview,
  strategyTargets,
  dataQuality,
  shortcomings,
  directions,
];
