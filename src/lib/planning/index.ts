// Planning (docs/conventions.md §5): strategy file, progress, forecasts, budget, scenarios, agreement review.
// The browser-safe parts (no DuckDB, no node:*) live in src/data/planning and are re-exported
// here; the modules in this folder read the database (Node only).
export * from "../../data/planning/forecast/index.ts";
export * from "../../data/planning/strategy.ts";
export { checkStrategy, findCycles } from "../../data/planning/checkStrategy.ts";
export type {
  CheckStrategyOptions,
  KnownIndicator,
  AgreementFacts,
} from "../../data/planning/checkStrategy.ts";
export * from "../../data/planning/progress.ts";
export * from "../../data/planning/budgetNeed.ts";
export * from "../../data/planning/scenarios.ts";
export { unitCosts, planBudget } from "./unitCosts.ts";
export type { UnitCostOptions, PlanBudget, PlannedDelegations } from "./unitCosts.ts";
export { loadAgreementFacts } from "./loadAgreementFacts.ts";
export * from "./reviewAgreements.ts";
export * from "../../data/planning/agreementReviewLabels.ts";
export { indicatorSeries, forecastIndicator } from "./forecastIndicator.ts";
export type {
  IndicatorSeries,
  IndicatorSeriesOptions,
  IndicatorForecast,
  ForecastIndicatorOptions,
  LabelledPoint,
} from "./forecastIndicator.ts";
export { roadmapStatus, milestoneStatusLabels } from "../../data/planning/roadmapStatus.ts";
export type { MilestoneState } from "../../data/planning/roadmapStatus.ts";
export { strategyProgress } from "./strategyProgress.ts";
export type { StrategyProgress, StrategyProgressOptions, TargetProgress } from "./strategyProgress.ts";
export {
  draftStrategy,
  strategyGoals,
  strategyIndicators,
  roundTarget,
  shortHistoryRule,
  leadUnitPlaceholder,
} from "./draftStrategy.ts";
export type { Ambition, DraftStrategyOptions } from "./draftStrategy.ts";
export { formatStrategy } from "./formatStrategy.ts";
// The strategy as a workbook, adopted in the database, its gaps, the MOU programmes' delivery, the tuner.
export { strategyToWorkbook, strategyRows, columnLetter } from "./strategyToWorkbook.ts";
export type { StrategyToWorkbookOptions, SheetRow } from "./strategyToWorkbook.ts";
export { workbookToStrategy } from "./workbookToStrategy.ts";
export { strategySheets, sheetHeader } from "./strategySheets.ts";
export type { SheetColumn, SheetColumnKind, StrategySheetName } from "./strategySheets.ts";
export {
  adoptStrategy,
  loadAdoptedStrategy,
  listAdoptedStrategies,
  adoptedLabel,
} from "./adoptedStrategy.ts";
export type { AdoptedStrategy } from "./adoptedStrategy.ts";
export { strategyGaps, toBeWritten, toBeWrittenText } from "./strategyGaps.ts";
export { programmeDelivery } from "./programmeDelivery.ts";
export type { ProgrammeDelivery, ProgrammeYear, ProgrammeDeliveryOptions } from "./programmeDelivery.ts";
export {
  ambitionEnd,
  delegationDemand,
  endDistribution,
  tuneTarget,
} from "../../data/planning/targetTuner.ts";
export type { TunerAmbition, TunedTarget, TunerInput } from "../../data/planning/targetTuner.ts";
