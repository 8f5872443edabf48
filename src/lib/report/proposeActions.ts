import type { Proposal } from "./ReviewData.ts";
import type { ReviewInput } from "./proposals/ProposalRule.ts";
import { proposalRules } from "./proposals/index.ts";

/**
 * The thresholds of the proposal rules by name (each rule declares its own
 * with its default, e.g. `inPlanRateBelow` in proposals/delegations_off_plan.ts);
 * a rule fires when its figure crosses one.
 */
export type ProposalThresholds = Record<string, number>;

/** The default thresholds: every rule's own, merged. */
export const defaultProposalThresholds: ProposalThresholds = Object.assign(
  {},
  ...proposalRules.map((r) => r.thresholds),
) as ProposalThresholds;

/**
 * Proposals drawn from the data, rule by rule (proposals/index.ts, one rule a
 * file), each with the figure that triggers it, in the order the report lists
 * them. `thresholds` overrides any rule's threshold by name.
 */
export function proposeActions(data: ReviewInput, thresholds: Partial<ProposalThresholds> = {}): Proposal[] {
  const out: Proposal[] = [];
  for (const rule of proposalRules) {
    const own = Object.fromEntries(
      Object.entries(rule.thresholds).map(([k, v]) => [k, thresholds[k] ?? v]),
    ) as Record<string, number>;
    const draft = rule.propose(data, own);
    if (draft) out.push({ id: rule.id, ...draft });
  }
  return out;
}
