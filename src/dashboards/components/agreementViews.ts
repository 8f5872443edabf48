import type { BarDatum } from "./barChart.js";
import type { Bilingual } from "./labels.js";
import type { TimelineDatum } from "./timelineChart.js";

/** The shape of data/agreements.json (see its loader). */
export interface AgreementsData {
  years: string[];
  recommendations: Record<string, Bilingual>;
  /** Labels of the life states. */
  states: Record<string, Bilingual>;
  reviews: {
    year: string;
    asOf: string;
    agreement: string;
    title: string;
    /** Short name: "Luông Pha Băng (Lào) · MOU 2018", unique in the year. */
    label: Bilingual;
    partner: string;
    country: string | null;
    kind: string;
    /** The one life state: new, active, dormant, expired, terminated. */
    state: string;
    signed: string;
    expires: string | null;
    followThrough: number | null;
    onTimeRate: number | null;
    overdue: number;
    lastActivity: string | null;
    monthsSinceActivity: number;
    dormant: boolean;
    score: number;
    recommendation: string;
    reasons: Bilingual[];
  }[];
  /** Activities counted by agreement, status and month (see the loader). */
  activities: {
    agreement: string;
    date: string;
    due: string;
    status: string;
    count: number;
    title: string | null;
  }[];
}

/** The portfolio as reviewed at the end of `year`. */
export function reviewsOf(data: AgreementsData, year: string): AgreementsData["reviews"] {
  return data.reviews.filter((r) => r.year === year);
}

/**
 * Scores of the agreements of `year`, grouped by recommendation, each bar named by its short
 * label in `lang` (partner, country, kind and year; the full title stays in the table).
 */
export function scoresOf(data: AgreementsData, year: string, lang: "vi" | "en" = "vi"): BarDatum[] {
  return reviewsOf(data, year).map((r) => ({ key: r.label[lang], value: r.score, group: r.recommendation }));
}

/**
 * Every recommendation the review makes (src/lib/planning/reviewAgreements.ts), in order of
 * urgency, with colours that say so: blue keep, orange reinvigorate, green renew, vermillion
 * review for termination, purple close (an expired or ended agreement).
 */
export const recommendationOrder = ["keep", "reinvigorate", "renew", "review_for_termination", "close"];
export const recommendationColors = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"];

/** Status order of the timeline's legend. */
export const timelineStatuses = ["done", "in_progress", "planned", "overdue", "cancelled"];

/**
 * The activities of the agreements reviewed in `year`, one row per agreement (named by its short
 * label in `lang`):
 * an activity not done or cancelled whose due date passed by the review date
 * shows as overdue; a done one sits at its done date. Several activities of an
 * agreement with one status in one month are one mark, titled by `several(count)`.
 */
export function timelineOf(
  data: AgreementsData,
  year: string,
  several: (count: string) => string,
  lang: "vi" | "en" = "vi",
): TimelineDatum[] {
  const reviews = reviewsOf(data, year);
  const titles = new Map(reviews.map((r) => [r.agreement, r.label[lang]]));
  const asOf = reviews[0]?.asOf ?? `${year}-12-31`;
  return data.activities
    .filter((a) => titles.has(a.agreement))
    .map((a) => {
      const overdue = a.status !== "done" && a.status !== "cancelled" && a.due < asOf;
      return {
        row: titles.get(a.agreement)!,
        due: a.date,
        status: overdue ? "overdue" : a.status,
        title: a.title ?? several(String(a.count)),
        count: a.count,
      };
    });
}
