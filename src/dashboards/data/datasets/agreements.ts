// The agreement (MOU) portfolio reviewed at the end of every year with data
// (or today, for the current year) by the planning library's reviewAgreements —
// follow-through, dormancy, score and recommendation — and the programme of
// activities of each agreement for the timeline, counted by agreement, month and
// status (a large province has thousands; the page draws one mark per group).
import { z } from "zod";
import { agreementStateLabels, recommendationLabels } from "../../../data/planning/agreementReviewLabels.ts";
import { reviewAgreements } from "../../../lib/planning/reviewAgreements.ts";
import { dataYears, defineDataset, isoDate } from "./defineDataset.ts";
import { reviewedAgreementLabels } from "../../../data/planning/agreementLabel.ts";

const bilingual = z.object({ vi: z.string(), en: z.string() });
const share = z.number().min(0).max(1).nullable();
const schema = z.object({
  years: z.array(z.string()),
  recommendations: z.record(z.string(), bilingual),
  /** Labels of the life states (new, active, dormant, expired, terminated). */
  states: z.record(z.string(), bilingual),
  reviews: z.array(
    z.object({
      year: z.string(),
      asOf: z.string(),
      agreement: z.string(),
      title: z.string(),
      /** Short name for charts: "Luông Pha Băng (Lào) · MOU 2018" (agreementLabels, unique in the year). */
      label: bilingual,
      partner: z.string(),
      country: z.string().nullable(),
      kind: z.string(),
      /** The one life state (reviewAgreements). */
      state: z.string(),
      signed: z.string(),
      expires: z.string().nullable(),
      followThrough: share,
      onTimeRate: share,
      overdue: z.number().int().nonnegative(),
      lastActivity: z.string().nullable(),
      monthsSinceActivity: z.number().int(),
      dormant: z.boolean(),
      score: z.number().min(0).max(100),
      recommendation: z.string(),
      reasons: z.array(bilingual),
    }),
  ),
  activities: z.array(
    z.object({
      agreement: z.string(),
      /** Where the group is drawn: the earliest date done (done ones) or due (the others) in its month. */
      date: z.string(),
      /** The earliest due date in the group: what a review date is compared with to find it overdue. */
      due: z.string(),
      status: z.string(),
      count: z.number().int().positive(),
      /** The activity's title when the group holds one activity; null for several. */
      title: z.string().nullable(),
    }),
  ),
});

export const agreementsDataset = defineDataset("agreements.json", schema, async (store) => {
  const years = await dataYears(store);
  const today = new Date().toISOString().slice(0, 10);
  const reviews = [];
  for (const year of years) {
    const end = `${year}-12-31`;
    const asOf = end < today ? end : today;
    const yearReviews = await reviewAgreements(store, { asOf });
    const labels = reviewedAgreementLabels(yearReviews);
    for (const r of yearReviews) {
      reviews.push({
        year,
        asOf,
        agreement: r.agreement_id,
        title: r.title,
        label: labels.get(r.agreement_id)!,
        partner: r.partner_name ?? r.partner_id,
        country: r.country,
        kind: r.kind,
        state: r.state,
        signed: r.signed_on,
        expires: r.expires_on,
        followThrough: r.followThrough,
        onTimeRate: r.onTimeRate,
        overdue: r.activities.overdue,
        lastActivity: r.lastActivityOn,
        monthsSinceActivity: r.monthsSinceActivity,
        dormant: r.dormant,
        score: r.score,
        recommendation: r.recommendation,
        reasons: r.reasons,
      });
    }
  }
  // One group per agreement, status and month of the date drawn. Whether an
  // activity not done is overdue at a review date (31/12 of a year, or today)
  // depends on its due date: the groups also keep apart activities due on 31/12
  // and those due before today, so the earliest due date of a group answers for
  // all of them.
  const activities = await store.all<{
    agreement: string;
    date: Date;
    due: Date;
    status: string;
    count: bigint | number;
    title: string | null;
  }>(
    `WITH a AS (
       SELECT agreement_id, status, title, due_on,
              CASE WHEN status = 'done' AND done_on IS NOT NULL THEN done_on ELSE due_on END AS drawn
         FROM agreement_activities)
     SELECT agreement_id AS agreement, status, min(drawn) AS date, min(due_on) AS due, count(*) AS count,
            CASE WHEN count(*) = 1 THEN min(title) END AS title
       FROM a
      GROUP BY agreement_id, status, date_trunc('month', drawn),
               strftime(due_on, '%m-%d') = '12-31', due_on < CAST(? AS DATE)
      ORDER BY agreement, date, status`,
    [today],
  );
  return {
    years,
    recommendations: recommendationLabels,
    states: agreementStateLabels,
    reviews,
    activities: activities.map((a) => ({
      ...a,
      date: isoDate(a.date) ?? "",
      due: isoDate(a.due) ?? "",
      count: Number(a.count),
    })),
  };
});
