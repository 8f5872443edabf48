import { z } from "zod";
import { parsePeriod } from "../../data/periods.ts";
import type { Store } from "../store/openStore.ts";

const num = z.number().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The details behind section I of the review, area by area, read from the records of the year. */
export const reviewResultsSchema = z.object({
  delegations: z.object({
    total: z.number(),
    /** Delegations not listed in the approved annual plan. */
    outsidePlan: z.number(),
    /** Inbound delegations outside the plan, and what they cost (VND, where recorded). */
    unplannedInbound: z.number(),
    unplannedInboundCostVnd: num,
    /** Visits at provincial-leadership level, in date order: the key visits named in the report. */
    keyVisits: z.array(
      z.object({
        direction: z.enum(["inbound", "outbound"]),
        partner: z.object({ vi: z.string(), en: z.string() }).nullable(),
        country: z.string().nullable(),
        level: z.string(),
        purpose: z.string(),
        start_on: isoDate,
        end_on: isoDate,
        members: z.number(),
      }),
    ),
  }),
  investment: z.object({
    /** Cost of the outbound investment-promotion delegations of the year, VND (where recorded). */
    promotionCostVnd: num,
  }),
  aid: z.object({
    /** Committed value of projects approved in the year, by the NGO's country, by DAC category and by place (USD). */
    byCountry: z.array(z.object({ key: z.string(), projects: z.number(), committedUsd: z.number() })),
    bySector: z.array(z.object({ key: z.string(), projects: z.number(), committedUsd: z.number() })),
    byPlace: z.array(z.object({ key: z.string(), projects: z.number(), committedUsd: z.number() })),
    /** Projects active in the year: committed in total and disbursed from their start to the year's end (USD). */
    activeCommittedUsd: num,
    activeDisbursedToDateUsd: num,
  }),
  consular: z.array(z.object({ kind: z.string(), count: z.number() })),
});
/** The per-area details of the review (inferred from {@link reviewResultsSchema}). */
export type ReviewResults = z.infer<typeof reviewResultsSchema>;

/** An empty {@link ReviewResults}: a year whose records hold none of these details. */
export const emptyResults: ReviewResults = {
  delegations: {
    total: 0,
    outsidePlan: 0,
    unplannedInbound: 0,
    unplannedInboundCostVnd: null,
    keyVisits: [],
  },
  investment: { promotionCostVnd: null },
  aid: { byCountry: [], bySector: [], byPlace: [], activeCommittedUsd: null, activeDisbursedToDateUsd: null },
  consular: [],
};

const n = (v: unknown): number => Number(v ?? 0);
const nn = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/**
 * Reads the details of section I for `year` from the store: delegations
 * outside the plan and the key (provincial-leadership) visits with their
 * partner's Vietnamese and English names, the cost of promotion trips, aid by
 * donor country, sector and place with the cumulative disbursement of active
 * projects, and consular cases by kind. Reads only. `period` is the year
 * (2019 or "2019") or, for the six-month review, its half ("2024H1"): the
 * records dated in the period, stocks at its end.
 */
export async function reviewResults(store: Store, period: number | string): Promise<ReviewResults> {
  const { start, end } = parsePeriod(String(period));
  const y = { s: start, e: end };
  const [d] = await store.all<Record<string, unknown>>(
    `SELECT count(*) AS total,
       count(*) FILTER (WHERE NOT in_plan) AS outside,
       count(*) FILTER (WHERE NOT in_plan AND direction = 'inbound') AS unplanned_in,
       sum(cost_vnd) FILTER (WHERE NOT in_plan AND direction = 'inbound') AS unplanned_in_cost,
       sum(cost_vnd) FILTER (WHERE direction = 'outbound' AND purpose = 'investment_promotion') AS promotion_cost
     FROM v_delegations WHERE start_on BETWEEN $s::DATE AND $e::DATE`,
    y,
  );
  const visits = await store.all<Record<string, unknown>>(
    `SELECT d.direction, d.country, d.level, d.purpose, d.start_on, d.end_on, d.members,
       p.name AS partner_name, p.name_vi AS partner_name_vi
     FROM delegations d LEFT JOIN partners p USING (partner_id)
     WHERE d.start_on BETWEEN $s::DATE AND $e::DATE AND d.level = 'provincial_leadership'
     ORDER BY d.start_on, d.delegation_id`,
    y,
  );
  const split = (key: string) =>
    store.all<Record<string, unknown>>(
      `SELECT ${key} AS key, count(*) AS projects, sum(a.committed_amount_usd) AS usd
       FROM v_aid_projects a LEFT JOIN ngos g USING (ngo_id)
       WHERE a.approved_on BETWEEN $s::DATE AND $e::DATE AND a.status NOT IN ('cancelled', 'revoked') AND ${key} IS NOT NULL
       GROUP BY 1 ORDER BY usd DESC NULLS LAST, key`,
      y,
    );
  const rows = (list: Record<string, unknown>[]) =>
    list.map((r) => ({ key: String(r["key"]), projects: n(r["projects"]), committedUsd: n(r["usd"]) }));
  const [active] = await store.all<Record<string, unknown>>(
    `WITH p AS (
       SELECT project_id, committed_amount_usd FROM v_aid_projects
       WHERE status NOT IN ('cancelled', 'revoked') AND approved_on <= $e::DATE
         AND (end_on IS NULL OR end_on >= $s::DATE)
     )
     SELECT sum(committed_amount_usd) AS committed,
       (SELECT sum(amount_usd) FROM v_aid_disbursements WHERE project_id IN (SELECT project_id FROM p)
          AND disbursed_on <= $e::DATE) AS disbursed
     FROM p`,
    y,
  );
  const consular = await store.all<Record<string, unknown>>(
    "SELECT kind, count(*) AS n FROM consular_cases WHERE opened_on BETWEEN $s::DATE AND $e::DATE GROUP BY 1 ORDER BY n DESC, kind",
    y,
  );
  return {
    delegations: {
      total: n(d?.["total"]),
      outsidePlan: n(d?.["outside"]),
      unplannedInbound: n(d?.["unplanned_in"]),
      unplannedInboundCostVnd: nn(d?.["unplanned_in_cost"]),
      keyVisits: visits.map((v) => {
        const name = v["partner_name"] as string | null;
        const nameVi = (v["partner_name_vi"] as string | null) ?? name;
        return {
          direction: v["direction"] as "inbound" | "outbound",
          partner: name === null ? null : { vi: nameVi!, en: name },
          country: (v["country"] as string | null) ?? null,
          level: String(v["level"]),
          purpose: String(v["purpose"]),
          start_on: iso(v["start_on"]),
          end_on: iso(v["end_on"]),
          members: n(v["members"]),
        };
      }),
    },
    investment: { promotionCostVnd: nn(d?.["promotion_cost"]) },
    aid: {
      byCountry: rows(await split("g.country")),
      bySector: rows(await split("substr(a.sector, 1, 3)")),
      byPlace: rows(await split("a.location")),
      activeCommittedUsd: nn(active?.["committed"]),
      activeDisbursedToDateUsd: nn(active?.["disbursed"]),
    },
    consular: consular.map((c) => ({ kind: String(c["kind"]), count: n(c["n"]) })),
  };
}
