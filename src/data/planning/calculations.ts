// `doingoai/data/planning`: the planning arithmetic a page recomputes when a
// planner moves a slider — forecasts, target paths and progress, budget need,
// scenarios, the roadmap's status. Pure functions with no dependency at all
// (no DuckDB, no node:*, not even zod or yaml), so a page that imports them
// stays small. `doingoai/data` exports these too, with the schemas.
export * from "./forecast/index.ts";
export * from "./progress.ts";
export * from "./budgetNeed.ts";
export * from "./scenarios.ts";
export { roadmapStatus, milestoneStatusLabels } from "./roadmapStatus.ts";
export type { MilestoneState } from "./roadmapStatus.ts";
export { ambitionEnd, delegationDemand, endDistribution, tuneTarget } from "./targetTuner.ts";
export type { TunerAmbition, TunedTarget, TunerInput } from "./targetTuner.ts";
// Labels of the MOU review's recommendations, beside their enum.
export { recommendations, recommendationLabels } from "./agreementReviewLabels.ts";
export type { Recommendation } from "./agreementReviewLabels.ts";
