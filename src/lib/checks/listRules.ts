import type { CheckRule } from "./CheckRule.ts";
import { activitiesDoneWithoutDate } from "./rules/activities.done_without_date.ts";
import { activitiesOverdue } from "./rules/activities.overdue.ts";
import { agreementsActivityBeforeSigning } from "./rules/agreements.activity_before_signing.ts";
import { agreementsNotReported } from "./rules/agreements.not_reported.ts";
import { aidDisbursedOverCommitted } from "./rules/aid.disbursed_over_committed.ts";
import { datesEndBeforeStart } from "./rules/dates.end_before_start.ts";
import { datesOutOfSequence } from "./rules/dates.out_of_sequence.ts";
import { delegationsInPlanWithoutPlan } from "./rules/delegations.in_plan_without_plan.ts";
import { investmentRegisteredWithoutCapital } from "./rules/investment.registered_without_capital.ts";
import { moneyMissingRate } from "./rules/money.missing_rate.ts";
import { idsLookAlike } from "./rules/ids.look_alike.ts";
import { namesLikelyDuplicate } from "./rules/names.likely_duplicate.ts";
import { publishedConflictingFigures } from "./rules/published.conflicting_figures.ts";
import { publishedMonthAboveYear } from "./rules/published.month_above_year.ts";
import { publishedStockFalls } from "./rules/published.stock_falls.ts";

/**
 * Every data-quality rule, errors first, in the order `doingoai check` reports
 * them. Adding a rule is adding a file to rules/ and a line here.
 */
const rules: readonly CheckRule[] = [
  datesEndBeforeStart,
  datesOutOfSequence,
  agreementsActivityBeforeSigning,
  aidDisbursedOverCommitted,
  moneyMissingRate,
  publishedMonthAboveYear,
  publishedStockFalls,
  publishedConflictingFigures,
  namesLikelyDuplicate,
  idsLookAlike,
  activitiesDoneWithoutDate,
  activitiesOverdue,
  agreementsNotReported,
  investmentRegisteredWithoutCapital,
  delegationsInPlanWithoutPlan,
];

/** Every data-quality rule, in report order. */
export function listRules(): readonly CheckRule[] {
  return rules;
}

/** The rule with this id, or undefined. */
export function ruleById(id: string): CheckRule | undefined {
  return rules.find((r) => r.id === id);
}
