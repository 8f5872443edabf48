// The agreement (MOU) portfolio reviewed at the end of every year with data
// (or today, for the current year) by the planning library's reviewAgreements —
// follow-through, dormancy, score and recommendation — and the programme of
// activities of each agreement for the timeline.
import { z } from "zod";
import {
  agreementStateLabels,
  recommendationLabels,
  reviewAgreements,
} from "../../../lib/planning/reviewAgreements.ts";
import { dataYears, defineDataset, isoDate } from "./defineDataset.ts";
import { agreementLabels } from "../../../lib/planning/agreementLabel.ts";

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
      title: z.string(),
      due: z.string(),
      done: z.string().nullable(),
      status: z.string(),
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
    const facts = yearReviews.map((r) => ({
      agreement_id: r.agreement_id,
      partner: r.partner_name ?? r.partner_id,
      partner_vi: r.partner_name_vi ?? null,
      country: r.country,
      kind: r.kind,
      signed_on: r.signed_on,
    }));
    const vi = agreementLabels(facts, "vi");
    const en = agreementLabels(facts, "en");
    for (const r of yearReviews) {
      reviews.push({
        year,
        asOf,
        agreement: r.agreement_id,
        title: r.title,
        label: { vi: vi.get(r.agreement_id)!, en: en.get(r.agreement_id)! },
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
  const activities = await store.all<{
    agreement: string;
    title: string;
    due: Date;
    done: Date | null;
    status: string;
  }>(
    `SELECT agreement_id AS agreement, title, due_on AS due, done_on AS done, status
       FROM agreement_activities ORDER BY agreement_id, due_on`,
  );
  return {
    years,
    recommendations: recommendationLabels,
    states: agreementStateLabels,
    reviews,
    activities: activities.map((a) => ({ ...a, due: isoDate(a.due) ?? "", done: isoDate(a.done) })),
  };
});
