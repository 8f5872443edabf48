import type { Bilingual } from "../../data/Bilingual.ts";
import { formatDate } from "../../data/format.ts";
import type { Store } from "../store/openStore.ts";
import { planYears } from "../../data/planning/progress.ts";
import type { Strategy } from "../../data/planning/strategy.ts";

/** One year of a programme's delivery. */
export interface ProgrammeYear {
  year: number;
  /** Activities of the programme due in the year. */
  planned: number;
  /** Of those, done (their `agreement_activities` row is done, on or before the review date). */
  delivered: number;
  /** Other activities under the agreement done in the year (not listed in the programme). */
  otherDone: number;
}

/** The delivery of one MOU programme against its plan, from `agreement_activities`. */
export interface ProgrammeDelivery {
  agreement_id: string;
  /** The agreement's title and partner, when the data have the agreement. */
  title: string | null;
  partner: string | null;
  country: string | null;
  /** One row per year of the plan period. */
  years: ProgrammeYear[];
  /** The last activity under the agreement done on or before the review date (ISO), null when none. */
  lastDeliveredOn: string | null;
  /** No activity under the agreement done in the 12 months up to the review date. */
  stalled: boolean;
  /** Why it is flagged (null when it is not). */
  reason: Bilingual | null;
}

/** Options of {@link programmeDelivery}. */
export interface ProgrammeDeliveryOptions {
  /** Review date, ISO; default today. Activities done after it do not count. */
  asOf?: string;
}

const iso = (d: unknown): string | null =>
  d instanceof Date ? d.toISOString().slice(0, 10) : typeof d === "string" ? d.slice(0, 10) : null;

/** The date 12 months before an ISO date (29/02 → 28/02). */
function yearBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The delivery of each programme of the strategy, year by year, followed through
 * `agreement_activities`: for each year of the plan, the programme's activities due
 * (an activity is matched to the data by its id), how many are done, and what else
 * was done under the agreement. A programme is flagged (`stalled`) when nothing
 * under its agreement was done in the 12 months up to the review date — a window
 * (asOf − 12 months, asOf] — with the reason: the last activity done and how many
 * of the programme's activities are overdue, or "nothing done since signing".
 */
export async function programmeDelivery(
  store: Store,
  strategy: Strategy,
  options: ProgrammeDeliveryOptions = {},
): Promise<ProgrammeDelivery[]> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const since = yearBefore(asOf);
  const { first, last } = planYears(strategy.plan_period);
  const out: ProgrammeDelivery[] = [];
  for (const programme of strategy.programmes) {
    const [agreement] = await store.all<{
      title: string;
      signed_on: Date;
      partner: string | null;
      country: string | null;
    }>(
      `SELECT a.title, a.signed_on, coalesce(p.name_vi, p.name) AS partner, p.country
       FROM agreements a LEFT JOIN partners p USING (partner_id) WHERE a.agreement_id = $id`,
      { id: programme.agreement_id },
    );
    const rows = await store.all<{ activity_id: string; due_on: Date; status: string; done_on: Date | null }>(
      "SELECT activity_id, due_on, status, done_on FROM agreement_activities WHERE agreement_id = $id",
      { id: programme.agreement_id },
    );
    const byId = new Map(rows.map((r) => [r.activity_id, r]));
    // a row counts as done when it is done and its done date (else its due date) is on or before the review date
    const doneOn = (r: (typeof rows)[number]): string | null => {
      if (r.status !== "done") return null;
      const on = iso(r.done_on) ?? iso(r.due_on);
      return on !== null && on <= asOf ? on : null;
    };
    const planned = programme.activities.map((a) => {
      const id = typeof a === "string" ? a : a.id;
      const row = id === undefined ? undefined : byId.get(id);
      const due = typeof a === "string" ? iso(row?.due_on) : a.due;
      return {
        id,
        due,
        done: row === undefined ? null : doneOn(row),
        cancelled: row?.status === "cancelled",
      };
    });
    const plannedIds = new Set(planned.map((p) => p.id).filter((id): id is string => id !== undefined));
    const years: ProgrammeYear[] = [];
    for (let y = first; y <= last; y++) {
      const due = planned.filter((p) => !p.cancelled && p.due !== null && Number(p.due.slice(0, 4)) === y);
      years.push({
        year: y,
        planned: due.length,
        delivered: due.filter((p) => p.done !== null).length,
        otherDone: rows.filter((r) => {
          const on = doneOn(r);
          return !plannedIds.has(r.activity_id) && on !== null && Number(on.slice(0, 4)) === y;
        }).length,
      });
    }
    const doneDates = rows.map(doneOn).filter((d): d is string => d !== null);
    const lastDeliveredOn = doneDates.length === 0 ? null : doneDates.sort()[doneDates.length - 1]!;
    const stalled = lastDeliveredOn === null || lastDeliveredOn <= since;
    const overdue = planned.filter(
      (p) => !p.cancelled && p.done === null && p.due !== null && p.due < asOf,
    ).length;
    const overdueText: Bilingual =
      overdue === 0
        ? { vi: "", en: "" }
        : {
            vi: `; ${overdue} hoạt động của chương trình đã quá hạn mà chưa thực hiện`,
            en: `; ${overdue} of the programme's activities are overdue and not done`,
          };
    const reason: Bilingual | null = !stalled
      ? null
      : lastDeliveredOn === null
        ? {
            vi: `Chưa có hoạt động nào được thực hiện${agreement ? ` kể từ khi ký ngày ${formatDate(iso(agreement.signed_on))}` : ""}${overdueText.vi}.`,
            en: `No activity done${agreement ? ` since signing on ${formatDate(iso(agreement.signed_on))}` : ""}${overdueText.en}.`,
          }
        : {
            vi: `Không có kết quả nào trong 12 tháng đến ngày ${formatDate(asOf)}: hoạt động gần nhất thực hiện ngày ${formatDate(lastDeliveredOn)}${overdueText.vi}.`,
            en: `No result delivered in the 12 months to ${formatDate(asOf)}: the last activity was done on ${formatDate(lastDeliveredOn)}${overdueText.en}.`,
          };
    out.push({
      agreement_id: programme.agreement_id,
      title: agreement?.title ?? null,
      partner: agreement?.partner ?? null,
      country: agreement?.country ?? null,
      years,
      lastDeliveredOn,
      stalled,
      reason,
    });
  }
  return out;
}
