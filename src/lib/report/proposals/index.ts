import type { ProposalRule } from "./ProposalRule.ts";
import { agreementsDormant } from "./agreements_dormant.ts";
import { agreementsExpired } from "./agreements_expired.ts";
import { agreementsReportedLate } from "./agreements_reported_late.ts";
import { agreementsWithoutProgramme } from "./agreements_without_programme.ts";
import { aidDisbursementLow } from "./aid_disbursement_low.ts";
import { dataQuality } from "./data_quality.ts";
import { delegationsBelowPlan } from "./delegations_below_plan.ts";
import { delegationsOffPlan } from "./delegations_off_plan.ts";
import { followThroughLow } from "./follow_through_low.ts";
import { investmentRegistrationsFell } from "./investment_registrations_fell.ts";
import { planLate } from "./plan_late.ts";
import { receptionOverspent } from "./reception_overspent.ts";
import { targetsOffTrack } from "./targets_off_track.ts";

/**
 * Every proposal rule, in the order the report lists their proposals. Adding
 * a rule is one file in this folder, its test under
 * test/lib/report/proposals/, and its line here.
 */
export const proposalRules: readonly ProposalRule[] = [
  planLate,
  receptionOverspent,
  delegationsOffPlan,
  delegationsBelowPlan,
  agreementsDormant,
  agreementsExpired,
  agreementsWithoutProgramme,
  followThroughLow,
  agreementsReportedLate,
  investmentRegistrationsFell,
  aidDisbursementLow,
  targetsOffTrack,
  dataQuality,
];

/** Ids of the proposal rules, in report order. */
export const proposalIds: readonly string[] = proposalRules.map((r) => r.id);
