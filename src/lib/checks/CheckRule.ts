import type { Bilingual } from "../../data/Bilingual.ts";
import type { FindingValue, Severity } from "./Finding.ts";

/** What a rule's SQL and messages may depend on besides the data. */
export interface CheckContext {
  /** "Today" for rules about what is late (ISO date); bound in SQL as `$as_of`. */
  asOf: string;
}

/** One row a rule's SQL returned, with dates as ISO text and BIGINT as number. */
export type CheckRow = Record<string, FindingValue>;

/**
 * A data-quality rule (issue 3): SQL over the store's tables and views that
 * returns one row per offending record, and the words a person needs to fix it.
 *
 * The SQL must return the columns `entity` (table name) and `record_key`
 * (`column=value`, comma-separated for composite keys); every other column is
 * an offending value and is kept in the finding's `values`. It may use the
 * bound parameter `$as_of` (a DATE); it never contains user input.
 */
export interface CheckRule {
  /** Stable id, `<area>.<what>`, e.g. "dates.end_before_start". */
  id: string;
  /** Short name of the rule. */
  title: Bilingual;
  /** What the rule checks, why it matters, and its exact condition. */
  explanation: Bilingual;
  /** `error` makes `doingoai check` exit with code 3; `warning` does not. */
  severity: Severity;
  /** Tables the rule reads (for docs and `--rule` listings). */
  entities: readonly string[];
  /** The SQL that selects the offending records (one row per finding). */
  sql(ctx: CheckContext): string;
  /**
   * What is wrong with one record and what to do, without naming the record
   * (runChecks prefixes the table and key).
   */
  message(row: CheckRow, ctx: CheckContext): Bilingual;
}

/** Declares a rule (an identity function that checks the shape). */
export function defineRule(rule: CheckRule): CheckRule {
  if (!/^[a-z_]+\.[a-z_]+$/.test(rule.id)) throw new Error(`invalid rule id: ${rule.id}`);
  return rule;
}
