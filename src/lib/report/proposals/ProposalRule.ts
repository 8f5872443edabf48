import type { Bilingual, Lang } from "../../../data/Bilingual.ts";
import type { HeadlineFigure, Proposal, ReviewData } from "../ReviewData.ts";

/** What a proposal rule reads: the whole review but its proposals. */
export type ReviewInput = Omit<ReviewData, "proposals">;

/** What a rule gives when it fires: the proposal without its id (the rule's). */
export type ProposalDraft = Omit<Proposal, "id">;

/**
 * A proposal rule of the annual review, shaped like a data-quality check
 * (src/lib/checks/CheckRule.ts): an id, what it looks at, its thresholds with
 * their defaults, and `propose`, which returns the figure that triggers it and
 * the finding and proposal in both languages, or null when it does not fire.
 * Adding a rule is one file in proposals/ plus its test, and a line in
 * proposals/index.ts.
 */
export interface ProposalRule<T extends Record<string, number> = Record<string, number>> {
  /** Stable id, snake_case, e.g. "plan_late". */
  id: string;
  /** When the rule fires, in words (for docs and the appendix). */
  explanation: Bilingual;
  /** The rule's thresholds with their defaults; a caller may override any by name. */
  thresholds: T;
  /** The proposal, or null when the figure does not cross the rule. */
  propose(data: ReviewInput, thresholds: T): ProposalDraft | null;
}

/** Declares a proposal rule (an identity function that checks the id). */
export function defineProposal<T extends Record<string, number>>(rule: ProposalRule<T>): ProposalRule<T> {
  if (!/^[a-z_]+$/.test(rule.id)) throw new Error(`invalid proposal id: ${rule.id}`);
  return rule;
}

/** The headline figure of `indicator` in the review, if it is one. */
export function figureOf(data: ReviewInput, indicator: string): HeadlineFigure | undefined {
  return data.headline.find((h) => h.indicator === indicator);
}

/** The value of the headline figure of `indicator`; null when missing. */
export function valueOf(data: ReviewInput, indicator: string): number | null {
  return figureOf(data, indicator)?.value ?? null;
}

/** A text written once per language. */
export function both(write: (lang: Lang) => string): Bilingual {
  return { vi: write("vi"), en: write("en") };
}

/** Ids as a comma-separated list ("—" when empty). */
export function idList(list: readonly string[]): string {
  return list.length === 0 ? "—" : list.join(", ");
}
