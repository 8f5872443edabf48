// The MOU review's named choices and their labels: what a page, the CLI and a report
// print beside a review. The review itself (SQL, scoring) is Node-only, in
// src/lib/planning/reviewAgreements.ts.
import type { Bilingual } from "../Bilingual.ts";

/**
 * The one life state of an agreement at the review date, read by every section of the
 * report, the CLI and the dashboards:
 * - terminated: status terminated;
 * - expired: its expiry date passed by the review date (or by the date the review is
 *   reported on, see {@link AgreementFactsAtDate.reported_on}); without an expiry date,
 *   status expired (the status is today's: with a date, the date decides);
 * - new: signed less than 12 months before the review date ({@link youngMonths});
 * - dormant: no activity done and no delegation in the 12 months up to the review date;
 * - active: the others.
 */
export const agreementStates = ["new", "active", "dormant", "expired", "terminated"] as const;
/** One of {@link agreementStates}. */
export type AgreementState = (typeof agreementStates)[number];

/** Vietnamese and English labels of the life states ("mới ký" / "new", …). */
export const agreementStateLabels: Record<AgreementState, Bilingual> = {
  new: { vi: "mới ký", en: "new" },
  active: { vi: "đang hoạt động", en: "active" },
  dormant: { vi: "không hoạt động", en: "dormant" },
  expired: { vi: "hết hạn", en: "expired" },
  terminated: { vi: "đã chấm dứt", en: "terminated" },
};

/** What the MOU review recommends for an agreement: keep, reinvigorate, review_for_termination; renew or close when expired or terminated. */
export const recommendations = ["keep", "reinvigorate", "review_for_termination", "renew", "close"] as const;
/** One of {@link recommendations}. */
export type Recommendation = (typeof recommendations)[number];

/** Vietnamese and English labels of the recommendations ("duy trì" / "keep", …). */
export const recommendationLabels: Record<Recommendation, Bilingual> = {
  keep: { vi: "duy trì", en: "keep" },
  reinvigorate: { vi: "thúc đẩy lại", en: "reinvigorate" },
  review_for_termination: { vi: "xem xét chấm dứt", en: "review for termination" },
  renew: { vi: "gia hạn", en: "renew" },
  close: { vi: "kết thúc", en: "close" },
};
