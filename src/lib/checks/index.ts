// Data-quality checks (issue 3): rules over the store that name each offending record.
export { runChecks, todayIso } from "./runChecks.ts";
export type { RunChecksOptions } from "./runChecks.ts";
export { listRules, ruleById } from "./listRules.ts";
export { defineRule } from "./CheckRule.ts";
export type { CheckRule, CheckContext, CheckRow } from "./CheckRule.ts";
export { findingSchema, severitySchema, findingValueSchema } from "./Finding.ts";
export type { Finding, FindingValue, Severity } from "./Finding.ts";
