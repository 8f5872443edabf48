// The indicator library (docs/conventions.md §4): one definition of each number.
// Node-only (DuckDB). Dashboards read its Arrow IPC output, never this module.
export { listIndicators, indicatorById } from "./registry.ts";
export { computeIndicators } from "./computeIndicators.ts";
export { indicatorQuerySchema, indicatorTargetSchema } from "./IndicatorQuery.ts";
export { emptyValue } from "./IndicatorDef.ts";
export type { IndicatorDef, IndicatorUnit, IndicatorDirection } from "./IndicatorDef.ts";
export type { IndicatorQuery, IndicatorTarget } from "./IndicatorQuery.ts";
export type { IndicatorRow, IndicatorResult } from "./IndicatorResult.ts";
export { dimensionLabels } from "./dimensionLabels.ts";
