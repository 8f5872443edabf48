// `doingoai/data`: the browser-safe entry. Everything here runs in a page as
// well as in Node — no DuckDB, no node:* imports (test/browser.test.ts
// checks the whole import graph): the data contract (schemas, codelists,
// periods, formats), strategy files and their checks, and the planning
// arithmetic (forecasts, paths, progress, budget need, scenarios).
// Pages that need no schema import the dependency-free parts instead:
// `doingoai/data/format` and `doingoai/data/planning` (no zod, no yaml).
export * from "./data/index.ts";
export * from "./lib/planning/calculations.ts";
export * from "./lib/planning/strategy.ts";
export { checkStrategy, findCycles } from "./lib/planning/checkStrategy.ts";
export type { CheckStrategyOptions, KnownIndicator, AgreementFacts } from "./lib/planning/checkStrategy.ts";
