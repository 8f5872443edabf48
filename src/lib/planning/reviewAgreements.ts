import type { Bilingual } from "../../data/Bilingual.ts";
import { formatPercent } from "../../data/format.ts";
import type { AgreementState, Recommendation } from "../../data/planning/agreementReviewLabels.ts";
import { activeAgreementSql } from "../indicators/activeAgreementRule.ts";
import type { Store } from "../store/openStore.ts";

/** What the data say about one agreement at the review date (see {@link reviewAgreements}). */
export interface AgreementFactsAtDate {
  agreement_id: string;
  title: string;
  partner_id: string;
  partner_name: string | null;
  /** The partner's Vietnamese name (partners.name_vi), when recorded. */
  partner_name_vi?: string | null;
  country: string | null;
  kind: string;
  status: string;
  signed_on: string;
  expires_on: string | null;
  /** The unit leading the agreement's programme (agreements.lead_unit), when recorded. */
  lead_unit?: string | null;
  /** The review date, ISO. */
  as_of: string;
  /**
   * The date the review is read on when later than `as_of` (a report dated 25/02 on the
   * year to 31/12): an agreement whose expiry falls before it is reported as expired.
   * Default `as_of`.
   */
  reported_on?: string;
  activities: {
    /** Activities not cancelled. */
    total: number;
    /** Not cancelled and due on or before the review date. */
    due: number;
    /** Of those due, done (done_on empty or on/before the review date). */
    doneOfDue: number;
    /** Done on or before the review date (with a done_on). */
    done: number;
    /** Of those done, done on or before their due date. */
    doneOnTime: number;
    /** Due before the review date and neither done nor cancelled. */
    overdue: number;
    /** Done in the 12 months up to the review date. */
    done12m: number;
  };
  lastDoneOn: string | null;
  links: {
    /** Delegations with this agreement_id, started on or before the review date. */
    delegations: number;
    /** Of those, started in the 12 months up to the review date. */
    delegations12m: number;
    lastDelegationOn: string | null;
    /** Investment contacts from the partner's country first met between signing and the review date. */
    investmentContacts: number;
    /** Of those, registered by the review date. */
    investmentRegistered: number;
    /** Aid projects of NGOs from the partner's country approved between signing and the review date. */
    aidProjects: number;
    aidCommittedUsd: number;
  };
}

export interface AgreementReview extends AgreementFactsAtDate {
  /** Whole months from signing to the review date. */
  ageMonths: number;
  /** doneOfDue / due; null when nothing is due. */
  followThrough: number | null;
  /** doneOnTime / done; null when nothing is done. */
  onTimeRate: number | null;
  /** The later of the last activity done and the last delegation. */
  lastActivityOn: string | null;
  /** Whole months from the last activity (or, with none, from signing) to the review date. */
  monthsSinceActivity: number;
  /** The one life state (see {@link agreementStates}). */
  state: AgreementState;
  /** The expiry date when the state is expired and the date is known, else null. */
  expiredOn: string | null;
  /** State dormant: 12 months old or more, no activity done and no delegation in the 12 months up to the review date (as the indicator agreements.dormant). */
  dormant: boolean;
  /** The parts of the score, each 0–1. */
  components: { followThrough: number; onTime: number; recency: number };
  /** 0–100, see {@link assessAgreement}. */
  score: number;
  recommendation: Recommendation;
  reasons: Bilingual[];
}

/** Whole months from `from` to `to` (ISO dates): 2024-03-15 → 2025-03-14 is 11. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const pct = (x: number, lang: "vi" | "en") => formatPercent(x, { lang, digits: 1 });

/** A young agreement (under this many months) is not judged on what it has not yet had time to do. */
export const youngMonths = 12;

/**
 * Scores an agreement and recommends what to do with it.
 *
 * Score = round(100 × (0,5·F + 0,2·T + 0,3·R)), each part 0–1:
 * - F, follow-through: activities done among those due (cancelled excluded).
 *   Nothing due: 0,5 while the agreement is younger than 12 months, else 0
 *   (an agreement a year old with no programme has not delivered).
 * - T, timeliness: activities done by their due date among those done.
 *   Nothing done: 0,5 while younger than 12 months, else 0.
 * - R, recency: with m the whole months since the last activity done or
 *   delegation under the agreement (since signing when there is none),
 *   R = 1 for m ≤ 6, 0 for m ≥ 24, and (24 − m)/18 between.
 *
 * Recommendation, first rule that applies:
 * 0. expired or terminated: renew when it had an activity done or a delegation in the
 *    12 months up to the review date and is not terminated, else close; new: keep,
 *    unless a fifth of its activities due are overdue (reinvigorate): a new agreement
 *    is not judged on a score it had no time to earn;
 * 1. review for termination: dormant (no activity done and no delegation in
 *    the last 12 months), at least 24 months old, and either score < 40 or
 *    no activity for 36 months or more;
 * 2. reinvigorate: dormant and at least 12 months old, or score < 60, or at
 *    least a fifth of the activities due are overdue (due, not done, not
 *    cancelled);
 * 3. keep.
 *
 * Links to investment contacts and aid from the partner's country are shown
 * but not scored: several partners may share a country, so they cannot be
 * credited to one agreement.
 */
export function assessAgreement(facts: AgreementFactsAtDate): AgreementReview {
  const a = facts.activities;
  const ageMonths = monthsBetween(facts.signed_on, facts.as_of);
  const young = ageMonths < youngMonths;
  const followThrough = a.due === 0 ? null : a.doneOfDue / a.due;
  const onTimeRate = a.done === 0 ? null : a.doneOnTime / a.done;
  const lastActivityOn =
    [facts.lastDoneOn, facts.links.lastDelegationOn]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const monthsSinceActivity = monthsBetween(lastActivityOn ?? facts.signed_on, facts.as_of);
  const quiet = a.done12m === 0 && facts.links.delegations12m === 0;
  const reportedOn = facts.reported_on ?? facts.as_of;
  // status is today's; with an expiry date, the date decides (an MOU of status expired was in force before it)
  const expiredBy =
    facts.expires_on !== null
      ? facts.expires_on < facts.as_of || facts.expires_on < reportedOn
      : facts.status === "expired";
  const state: AgreementState =
    facts.status === "terminated"
      ? "terminated"
      : expiredBy
        ? "expired"
        : young
          ? "new"
          : quiet
            ? "dormant"
            : "active";
  const expiredOn = state === "expired" ? facts.expires_on : null;
  const dormant = state === "dormant";
  const F = followThrough ?? (young ? 0.5 : 0);
  const T = onTimeRate ?? (young ? 0.5 : 0);
  const R = monthsSinceActivity <= 6 ? 1 : monthsSinceActivity >= 24 ? 0 : (24 - monthsSinceActivity) / 18;
  const score = Math.round(100 * (0.5 * F + 0.2 * T + 0.3 * R));

  const manyOverdue = a.due > 0 && a.overdue / a.due >= 0.2;
  const reasons: Bilingual[] = [];
  if (state === "expired") {
    reasons.push(
      expiredOn === null
        ? { vi: "đã hết hạn", en: "expired" }
        : { vi: `hết hạn ngày ${dmy(expiredOn)}`, en: `expired on ${dmy(expiredOn)}` },
    );
  } else if (state === "terminated") {
    reasons.push({ vi: "đã chấm dứt", en: "terminated" });
  }
  if (quiet && !young) {
    reasons.push({
      vi: `không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng qua${lastActivityOn ? ` (lần gần nhất ${dmy(lastActivityOn)})` : " (chưa từng có hoạt động)"}`,
      en: `no activity done and no delegation in the last 12 months${lastActivityOn ? ` (last on ${dmy(lastActivityOn)})` : " (never any activity)"}`,
    });
  }
  if (a.due > 0) {
    reasons.push({
      vi: `hoàn thành ${a.doneOfDue}/${a.due} hoạt động đến hạn (${pct(followThrough!, "vi")})`,
      en: `${a.doneOfDue} of ${a.due} activities due are done (${pct(followThrough!, "en")})`,
    });
  } else {
    reasons.push(
      young
        ? { vi: "mới ký, chưa có hoạt động đến hạn", en: "recently signed, no activity due yet" }
        : { vi: "không có chương trình hoạt động cụ thể", en: "no concrete programme of activities" },
    );
  }
  if (a.overdue > 0) {
    reasons.push({
      vi: `${a.overdue} hoạt động quá hạn chưa hoàn thành`,
      en: `${a.overdue} ${a.overdue === 1 ? "activity" : "activities"} overdue, not done`,
    });
  }
  if (a.done > 0 && onTimeRate! < 1) {
    reasons.push({
      vi: `${a.doneOnTime}/${a.done} hoạt động hoàn thành đúng hạn`,
      en: `${a.doneOnTime} of ${a.done} activities done on time`,
    });
  }
  if (!quiet && lastActivityOn !== null) {
    reasons.push({
      vi: `hoạt động gần nhất ${dmy(lastActivityOn)}`,
      en: `last activity on ${dmy(lastActivityOn)}`,
    });
  }
  if (
    !expiredBy &&
    facts.expires_on !== null &&
    monthsBetween(facts.as_of, facts.expires_on) < 6 &&
    facts.expires_on >= facts.as_of
  ) {
    reasons.push({
      vi: `hết hạn ngày ${dmy(facts.expires_on)}: cần quyết định gia hạn`,
      en: `expires on ${dmy(facts.expires_on)}: decide on renewal`,
    });
  }

  let recommendation: Recommendation;
  if (state === "expired" || state === "terminated") {
    recommendation = state === "expired" && !quiet ? "renew" : "close";
    reasons.push(
      recommendation === "renew"
        ? {
            vi: "có hoạt động trong 12 tháng qua: đề nghị gia hạn",
            en: "active in the last 12 months: renew",
          }
        : state === "terminated"
          ? { vi: "kết thúc hồ sơ", en: "close the file" }
          : {
              vi: "không có hoạt động trong 12 tháng qua: để thỏa thuận kết thúc",
              en: "no activity in the last 12 months: let it end",
            },
    );
  } else if (state === "new") {
    recommendation = manyOverdue ? "reinvigorate" : "keep";
    if (manyOverdue) {
      reasons.push({
        vi: `${a.overdue}/${a.due} hoạt động đến hạn bị quá hạn (từ 1/5 trở lên)`,
        en: `${a.overdue} of ${a.due} activities due are overdue (a fifth or more)`,
      });
    }
  } else if (dormant && ageMonths >= 24 && (score < 40 || monthsSinceActivity >= 36)) {
    recommendation = "review_for_termination";
    reasons.push(
      score < 40
        ? {
            vi: `đã ký ${ageMonths} tháng, điểm ${score}/100 (dưới 40)`,
            en: `signed ${ageMonths} months ago, score ${score}/100 (below 40)`,
          }
        : {
            vi: `${monthsSinceActivity} tháng không có hoạt động (từ 36 tháng trở lên), điểm ${score}/100`,
            en: `${monthsSinceActivity} months without activity (36 or more), score ${score}/100`,
          },
    );
  } else if (dormant || score < 60 || manyOverdue) {
    recommendation = "reinvigorate";
    if (score < 60) reasons.push({ vi: `điểm ${score}/100 (dưới 60)`, en: `score ${score}/100 (below 60)` });
    if (manyOverdue) {
      reasons.push({
        vi: `${a.overdue}/${a.due} hoạt động đến hạn bị quá hạn (từ 1/5 trở lên)`,
        en: `${a.overdue} of ${a.due} activities due are overdue (a fifth or more)`,
      });
    }
  } else {
    recommendation = "keep";
  }
  return {
    ...facts,
    ageMonths,
    followThrough,
    onTimeRate,
    lastActivityOn,
    monthsSinceActivity,
    state,
    expiredOn,
    dormant,
    components: { followThrough: F, onTime: T, recency: R },
    score,
    recommendation,
    reasons,
  };
}

/** Options of {@link reviewAgreements}: review date and which agreements. */
export interface ReviewAgreementsOptions {
  /** Review date, ISO `yyyy-mm-dd`; default today (UTC). */
  asOf?: string;
  /**
   * Which agreements: "active" (default) those in force at the review date —
   * signed by then, not expired (expires_on empty or on/after it), status not
   * draft or terminated — as the indicator agreements.active; "all" every
   * signed agreement.
   */
  scope?: "active" | "all";
  /**
   * The date the review is reported on, ISO, when later than `asOf` (a report dated
   * 25/02/2025 on the year to 31/12/2024): an agreement in force at `asOf` whose expiry
   * falls before this date is reported as expired, with its date. Default `asOf`.
   */
  reportedOn?: string;
}

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString().slice(0, 10));

/** Reviews the agreement portfolio at a date: facts from the database, then {@link assessAgreement} for each. */
export async function reviewAgreements(
  store: Store,
  options: ReviewAgreementsOptions = {},
): Promise<AgreementReview[]> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`invalid date: ${asOf}`);
  const reportedOn = options.reportedOn ?? asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reportedOn)) throw new Error(`invalid date: ${reportedOn}`);
  const scope =
    (options.scope ?? "active") === "active"
      ? // in force at asOf by the rule agreements.active counts (and docs/indicators.md states)
        `AND ${activeAgreementSql("a", "$asOf::DATE")}`
      : "";
  const rows = await store.all<Record<string, unknown>>(
    `WITH act AS (
       SELECT agreement_id,
         count(*) FILTER (WHERE status <> 'cancelled') AS total,
         count(*) FILTER (WHERE status <> 'cancelled' AND due_on <= $asOf::DATE) AS due,
         count(*) FILTER (WHERE status = 'done' AND due_on <= $asOf::DATE AND (done_on IS NULL OR done_on <= $asOf::DATE)) AS done_of_due,
         count(*) FILTER (WHERE status = 'done' AND done_on <= $asOf::DATE) AS done,
         count(*) FILTER (WHERE status = 'done' AND done_on <= $asOf::DATE AND done_on <= due_on) AS done_on_time,
         count(*) FILTER (WHERE status NOT IN ('done', 'cancelled') AND due_on < $asOf::DATE) AS overdue,
         count(*) FILTER (WHERE status = 'done' AND done_on > $asOf::DATE - INTERVAL 12 MONTH AND done_on <= $asOf::DATE) AS done_12m,
         max(done_on) FILTER (WHERE status = 'done' AND done_on <= $asOf::DATE) AS last_done_on
       FROM agreement_activities GROUP BY agreement_id),
     del AS (
       SELECT agreement_id,
         count(*) FILTER (WHERE start_on <= $asOf::DATE) AS delegations,
         count(*) FILTER (WHERE start_on > $asOf::DATE - INTERVAL 12 MONTH AND start_on <= $asOf::DATE) AS delegations_12m,
         max(start_on) FILTER (WHERE start_on <= $asOf::DATE) AS last_delegation_on
       FROM delegations WHERE agreement_id IS NOT NULL GROUP BY agreement_id)
     SELECT a.agreement_id, a.title, a.partner_id, p.name AS partner_name, p.name_vi AS partner_name_vi, p.country, a.kind, a.status, a.signed_on, a.expires_on, a.lead_unit,
       coalesce(act.total, 0) AS total, coalesce(act.due, 0) AS due, coalesce(act.done_of_due, 0) AS done_of_due,
       coalesce(act.done, 0) AS done, coalesce(act.done_on_time, 0) AS done_on_time, coalesce(act.overdue, 0) AS overdue,
       coalesce(act.done_12m, 0) AS done_12m, act.last_done_on,
       coalesce(del.delegations, 0) AS delegations, coalesce(del.delegations_12m, 0) AS delegations_12m, del.last_delegation_on,
       (SELECT count(*) FROM investment_contacts c WHERE c.country = p.country AND c.first_contact_on >= a.signed_on AND c.first_contact_on <= $asOf::DATE) AS investment_contacts,
       (SELECT count(*) FROM investment_contacts c WHERE c.country = p.country AND c.first_contact_on >= a.signed_on AND c.registered_on <= $asOf::DATE) AS investment_registered,
       (SELECT count(*) FROM v_aid_projects x JOIN ngos n USING (ngo_id) WHERE n.country = p.country AND x.approved_on >= a.signed_on AND x.approved_on <= $asOf::DATE AND x.status NOT IN ('cancelled', 'revoked')) AS aid_projects,
       (SELECT coalesce(sum(x.committed_amount_usd), 0) FROM v_aid_projects x JOIN ngos n USING (ngo_id) WHERE n.country = p.country AND x.approved_on >= a.signed_on AND x.approved_on <= $asOf::DATE AND x.status NOT IN ('cancelled', 'revoked')) AS aid_committed_usd
     FROM agreements a LEFT JOIN partners p USING (partner_id)
     LEFT JOIN act USING (agreement_id) LEFT JOIN del USING (agreement_id)
     WHERE a.signed_on <= $asOf::DATE ${scope}
     ORDER BY a.agreement_id`,
    { asOf },
  );
  const n = (v: unknown) => Number(v ?? 0);
  return rows.map((r) =>
    assessAgreement({
      agreement_id: r["agreement_id"] as string,
      title: r["title"] as string,
      partner_id: r["partner_id"] as string,
      partner_name: (r["partner_name"] as string | null) ?? null,
      partner_name_vi: (r["partner_name_vi"] as string | null) ?? null,
      country: (r["country"] as string | null) ?? null,
      kind: r["kind"] as string,
      status: r["status"] as string,
      signed_on: iso(r["signed_on"] as Date)!,
      expires_on: iso((r["expires_on"] as Date | null) ?? null),
      lead_unit: (r["lead_unit"] as string | null) ?? null,
      as_of: asOf,
      reported_on: reportedOn > asOf ? reportedOn : asOf,
      activities: {
        total: n(r["total"]),
        due: n(r["due"]),
        doneOfDue: n(r["done_of_due"]),
        done: n(r["done"]),
        doneOnTime: n(r["done_on_time"]),
        overdue: n(r["overdue"]),
        done12m: n(r["done_12m"]),
      },
      lastDoneOn: iso((r["last_done_on"] as Date | null) ?? null),
      links: {
        delegations: n(r["delegations"]),
        delegations12m: n(r["delegations_12m"]),
        lastDelegationOn: iso((r["last_delegation_on"] as Date | null) ?? null),
        investmentContacts: n(r["investment_contacts"]),
        investmentRegistered: n(r["investment_registered"]),
        aidProjects: n(r["aid_projects"]),
        aidCommittedUsd: n(r["aid_committed_usd"]),
      },
    }),
  );
}
