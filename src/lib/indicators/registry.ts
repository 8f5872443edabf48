import { delegationsInbound } from "./defs/delegations.inbound.ts";
import { delegationsOutbound } from "./defs/delegations.outbound.ts";
import { delegationsPersonTrips } from "./defs/delegations.person_trips.ts";
import { delegationsInPlanRate } from "./defs/delegations.in_plan_rate.ts";
import { delegationsCost } from "./defs/delegations.cost.ts";
import { investmentPromotionTrips } from "./defs/investment.promotion_trips.ts";
import { investmentContacts } from "./defs/investment.contacts.ts";
import { investmentRegistered } from "./defs/investment.registered.ts";
import { investmentRegisteredCapitalUsd } from "./defs/investment.registered_capital_usd.ts";
import { investmentConversionRate } from "./defs/investment.conversion_rate.ts";
import { aidNgosLicensed } from "./defs/aid.ngos_licensed.ts";
import { aidProjectsApproved } from "./defs/aid.projects_approved.ts";
import { aidCommittedUsd } from "./defs/aid.committed_usd.ts";
import { aidDisbursedUsd } from "./defs/aid.disbursed_usd.ts";
import { aidDisbursementRate } from "./defs/aid.disbursement_rate.ts";
import { agreementsActive } from "./defs/agreements.active.ts";
import { agreementsSigned } from "./defs/agreements.signed.ts";
import { agreementsReportedOnTimeRate } from "./defs/agreements.reported_on_time_rate.ts";
import { agreementsFollowThrough } from "./defs/agreements.follow_through.ts";
import { agreementsOnTimeRate } from "./defs/agreements.on_time_rate.ts";
import { agreementsDormant } from "./defs/agreements.dormant.ts";
import { planApprovalDelayDays } from "./defs/plan.approval_delay_days.ts";
import { budgetReceptionUtilisation } from "./defs/budget.reception_utilisation.ts";
import { consularCases } from "./defs/consular.cases.ts";
import type { IndicatorDef, IndicatorSpec } from "./IndicatorDef.ts";

/**
 * Every indicator of docs/conventions.md §4, in the order lists and docs show them.
 * Adding an indicator is adding a file to defs/ and a line here.
 */
export const indicatorSpecs: readonly IndicatorSpec[] = [
  delegationsInbound,
  delegationsOutbound,
  delegationsPersonTrips,
  delegationsInPlanRate,
  delegationsCost,
  investmentPromotionTrips,
  investmentContacts,
  investmentRegistered,
  investmentRegisteredCapitalUsd,
  investmentConversionRate,
  aidNgosLicensed,
  aidProjectsApproved,
  aidCommittedUsd,
  aidDisbursedUsd,
  aidDisbursementRate,
  agreementsActive,
  agreementsSigned,
  agreementsReportedOnTimeRate,
  agreementsFollowThrough,
  agreementsOnTimeRate,
  agreementsDormant,
  planApprovalDelayDays,
  budgetReceptionUtilisation,
  consularCases,
];

const byId = new Map(indicatorSpecs.map((s) => [s.id, s]));

/** Every indicator, in registry order. */
export function listIndicators(): IndicatorDef[] {
  return [...indicatorSpecs];
}

/** The indicator with this id, or undefined. */
export function indicatorById(id: string): IndicatorDef | undefined {
  return byId.get(id);
}

/** The indicator with its SQL (for the engine), or undefined. */
export function indicatorSpecById(id: string): IndicatorSpec | undefined {
  return byId.get(id);
}
