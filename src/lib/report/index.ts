// The annual review report (issue 4): ReviewData from the library, then Markdown, HTML or Word.
// Node-only (DuckDB) through buildReviewData; the rest works on plain data.
export {
  buildReviewData,
  headlineIndicators,
  sampleStrategyFile,
  defaultProvince,
  defaultAgency,
} from "./buildReviewData.ts";
export type { BuildReviewOptions } from "./buildReviewData.ts";
export { reviewDataSchema, headlineGroups } from "./ReviewData.ts";
export { proposalRules, proposalIds } from "./proposals/index.ts";
export { defineProposal } from "./proposals/ProposalRule.ts";
export type { ProposalRule, ProposalDraft, ReviewInput } from "./proposals/ProposalRule.ts";
export type {
  ReviewData,
  HeadlineFigure,
  HeadlineGroup,
  AgreementRow,
  TargetRow,
  StrategySection,
  Proposal,
  ProposalId,
} from "./ReviewData.ts";
export { proposeActions, defaultProposalThresholds } from "./proposeActions.ts";
export type { ProposalThresholds } from "./proposeActions.ts";
export { reportDocument, placeName } from "./reportDocument.ts";
export type { ReportDocument, ReportBlock } from "./ReportBlock.ts";
export type { ReportDocumentOptions } from "./reportDocument.ts";
export { renderMarkdown } from "./renderMarkdown.ts";
export { renderHtml } from "./renderHtml.ts";
export { renderDocx } from "./renderDocx.ts";
export { renderReport, reportFormats } from "./renderReport.ts";
export type { ReportFormat, RenderReportOptions } from "./renderReport.ts";
export { formatFigure, formatChange } from "../../data/format.ts";
export { readOfficeNotes, officeNotesSchema, noteSections } from "./officeNotes.ts";
export type { OfficeNotes, NoteSection } from "./officeNotes.ts";
export { reviewResults, reviewResultsSchema } from "./reviewResults.ts";
export type { ReviewResults } from "./reviewResults.ts";
export { nextYearPlan, nextYearSchema } from "./nextYearPlan.ts";
export type { NextYear } from "./nextYearPlan.ts";
