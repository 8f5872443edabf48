// The indicator library (docs/conventions.md §4): one definition of each number.
// Node-only (DuckDB). Dashboards read its Arrow IPC output, never this module.
export { listIndicators, indicatorById } from "./registry.ts";
export { computeIndicators } from "./computeIndicators.ts";
export type { ComputeOptions } from "./computeIndicators.ts";
export { indicatorQuerySchema, indicatorTargetSchema } from "./IndicatorQuery.ts";
export { emptyValue } from "./IndicatorDef.ts";
export type {
  IndicatorDef,
  IndicatorUnit,
  IndicatorDirection,
  IndicatorSpec,
  Scan,
  ScanSql,
  ScanContext,
} from "./IndicatorDef.ts";
export type { IndicatorQuery, IndicatorTarget } from "./IndicatorQuery.ts";
export type { IndicatorRow, IndicatorResult } from "./IndicatorResult.ts";
export { dimensionLabels } from "./dimensionLabels.ts";

// Your own indicators: define them as the built-ins are, with a built-in scan or your own.
export { defineIndicator, indicatorSpecSchema } from "./defineIndicator.ts";
export { createRegistry, builtinRegistry } from "./createRegistry.ts";
export type { IndicatorRegistry } from "./createRegistry.ts";
export {
  flowScan,
  moneyFlowScan,
  yearScan,
  sumUsd,
  sumVnd,
  delegationsByStart,
  delegationCostByStart,
  contactsByFirstContact,
  contactsByRegistration,
  aidProjectsByApproval,
  aidCommitmentsByApproval,
  aidDisbursementsByDate,
  aidProjectsActive,
  agreementsBySigning,
  agreementsAtPeriodEnd,
  activitiesByDue,
  activitiesByDone,
  plansByYear,
  receptionBudgetsByYear,
  consularByOpening,
} from "./scans.ts";
export { periodKeySql } from "./periodKey.ts";
