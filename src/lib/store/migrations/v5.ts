import type { Migration } from "../Migration.ts";

/**
 * Schema version 5: the strategies the office adopted (`doingoai strategy adopt`), each a
 * new version: the plan period, when it was adopted, the file it came from and the
 * whole strategy as JSON (the strategy file's schema, src/lib/planning/strategy.ts).
 * The highest version is the strategy in force.
 */
export const v5: Migration = {
  version: 5,
  description: "adopted strategies (version, plan period, adopted_at, source file, content JSON)",
  sql: `CREATE TABLE adopted_strategies (
  version INTEGER PRIMARY KEY,
  plan_period VARCHAR NOT NULL,
  adopted_at TIMESTAMP NOT NULL,
  source VARCHAR,
  content JSON NOT NULL
);`,
};
