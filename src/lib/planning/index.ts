// Planning (docs/conventions.md §5): strategy file, progress, forecasts, budget, scenarios, agreement review.
// Browser-safe parts (no DuckDB, no node:*): ./forecast/index.ts, strategy.ts, checkStrategy.ts,
// progress.ts, roadmapStatus.ts, budgetNeed.ts, scenarios.ts. The rest reads the database (Node only).
export * from "./forecast/index.ts";
export * from "./strategy.ts";
export { checkStrategy, findCycles } from "./checkStrategy.ts";
export type { CheckStrategyOptions, KnownIndicator, AgreementFacts } from "./checkStrategy.ts";
export * from "./progress.ts";
export * from "./budgetNeed.ts";
export * from "./scenarios.ts";
export { unitCosts, planBudget } from "./unitCosts.ts";
export type { UnitCostOptions, PlanBudget, PlannedDelegations } from "./unitCosts.ts";
export { loadAgreementFacts } from "./loadAgreementFacts.ts";
export * from "./reviewAgreements.ts";
export { indicatorSeries, forecastIndicator } from "./forecastIndicator.ts";
export type {
  IndicatorSeries,
  IndicatorSeriesOptions,
  IndicatorForecast,
  ForecastIndicatorOptions,
  LabelledPoint,
} from "./forecastIndicator.ts";
export { roadmapStatus, milestoneStatusLabels } from "./roadmapStatus.ts";
export type { MilestoneState } from "./roadmapStatus.ts";
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
export { ambitionEnd, delegationDemand, endDistribution, tuneTarget } from "./targetTuner.ts";
export type { TunerAmbition, TunedTarget, TunerInput } from "./targetTuner.ts";
