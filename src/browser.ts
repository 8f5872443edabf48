/**
 * The browser-safe entry: everything here runs in a page as well as in Node
 * (no DuckDB, no `node:` imports): the data contract (one zod schema per table
 * with its inferred type, codelists, periods, the Vietnamese and English number
 * and date formats), strategy files and their checks, and the planning
 * arithmetic (forecasts, paths, progress, budget need, scenarios).
 *
 * Pages that need no schema import the dependency-free parts instead:
 * `doingoai/data/format` and `doingoai/data/planning` (no zod, no yaml).
 *
 * @module doingoai/data
 */
export * from "./data/index.ts";
export * from "./data/planning/calculations.ts";
export * from "./data/planning/strategy.ts";
export { checkStrategy, findCycles } from "./data/planning/checkStrategy.ts";
export type { CheckStrategyOptions, KnownIndicator, AgreementFacts } from "./data/planning/checkStrategy.ts";
