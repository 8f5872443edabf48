import type { PeriodKind } from "../../data/periods.ts";
import type { Scan, ScanSql } from "./IndicatorDef.ts";

/**
 * The SQL of the period id of a DATE expression, for the period kinds whose
 * id can be computed from the date (so the period join is an equality join).
 */
function periodKey(kind: Exclude<PeriodKind, "plan">, date: string): string {
  switch (kind) {
    case "year":
      return `CAST(year(${date}) AS VARCHAR)`;
    case "quarter":
      return `CAST(year(${date}) AS VARCHAR) || 'Q' || CAST(quarter(${date}) AS VARCHAR)`;
    case "month":
      return `strftime(${date}, '%Y-%m')`;
  }
}

/**
 * A flow: a record counts in the period its `date` falls in. Year, quarter and
 * month periods join on the period id computed from the date (a hash join);
 * plan periods join on the date range.
 */
export function flowScan(def: {
  id: string;
  table: string;
  date: string;
  dims: Record<string, string>;
  where?: string;
}): Scan {
  return {
    id: def.id,
    dims: def.dims,
    sql({ kind }): ScanSql {
      const join =
        kind === "plan"
          ? `JOIN p ON ${def.date} BETWEEN p.p_start AND p.p_end`
          : `JOIN p ON p.period = ${periodKey(kind, def.date)}`;
      const range = `${def.date} BETWEEN (SELECT min(p_start) FROM p) AND (SELECT max(p_end) FROM p)`;
      return { from: `${def.table} ${join}`, where: def.where ? `${range} AND (${def.where})` : range };
    },
  };
}

/** A year-keyed table (annual_plans, budgets): row of year Y counts in period "Y"; other kinds have no data. */
export function yearScan(def: { id: string; table: string; where?: string }): Scan {
  return {
    id: def.id,
    dims: {},
    periodKinds: ["year"],
    sql(): ScanSql {
      return {
        from: `${def.table} JOIN p ON p.period = CAST(t."year" AS VARCHAR)`,
        ...(def.where ? { where: def.where } : {}),
      };
    },
  };
}

const delegationDims = {
  country: "t.country",
  partner: "t.partner_id",
  agreement: "t.agreement_id",
  purpose: "t.purpose",
  level: "t.level",
  funding: "t.funding",
  direction: "t.direction",
} as const;

/** delegations, placed by start_on (a delegation spanning two periods counts where it starts). */
export const delegationsByStart = flowScan({
  id: "delegations by start_on",
  table: "v_delegations t",
  date: "t.start_on",
  dims: delegationDims,
});

const contactDims = { country: "t.country", sector: "t.sector", channel: "t.channel" } as const;

/** investment_contacts, placed by first_contact_on. */
export const contactsByFirstContact = flowScan({
  id: "investment_contacts by first_contact_on",
  table: "investment_contacts t",
  date: "t.first_contact_on",
  dims: contactDims,
});

/** investment_contacts, placed by registered_on (contacts never registered are in no period). */
export const contactsByRegistration = flowScan({
  id: "investment_contacts by registered_on",
  table: "investment_contacts t",
  date: "t.registered_on",
  dims: contactDims,
});

const aidDims = {
  ngo: "t.ngo_id",
  country: "n.country",
  sector: "t.sector",
  sector_category: "left(t.sector, 3)",
} as const;

/** aid_projects (with USD/VND values at the approval date's rate), placed by approved_on; country is the NGO's. */
export const aidProjectsByApproval = flowScan({
  id: "aid_projects by approved_on",
  table: "v_aid_projects t LEFT JOIN ngos n ON n.ngo_id = t.ngo_id",
  date: "t.approved_on",
  dims: { ...aidDims, status: "t.status" },
});

/** aid_disbursements (USD/VND at the disbursement date's rate), placed by disbursed_on; dims from the project. */
export const aidDisbursementsByDate = flowScan({
  id: "aid_disbursements by disbursed_on",
  table:
    "v_aid_disbursements t LEFT JOIN aid_projects a ON a.project_id = t.project_id LEFT JOIN ngos n ON n.ngo_id = a.ngo_id",
  date: "t.disbursed_on",
  dims: {
    project: "t.project_id",
    ngo: "a.ngo_id",
    country: "n.country",
    sector: "a.sector",
    sector_category: "left(a.sector, 3)",
  },
});

/**
 * Aid projects active in each period — approved on or before the period end,
 * not ended (end_on) before the period start, status not cancelled or revoked —
 * with each project's committed USD (rate of the approval date) and its
 * disbursements to the period end in USD (rate of each disbursement date).
 * Projects whose committed amount has no rate are left out (the check reports them).
 */
export const aidProjectsActive: Scan = {
  id: "aid_projects active in period",
  dims: { ngo: "t.ngo_id", country: "t.country", sector: "t.sector", sector_category: "left(t.sector, 3)" },
  sql(): ScanSql {
    return {
      from: `(SELECT t.project_id, t.ngo_id, t.sector, n.country, t.committed_amount_usd, p.period,
    coalesce((SELECT sum(d.amount_usd) FROM v_aid_disbursements d
              WHERE d.project_id = t.project_id AND d.disbursed_on <= p.p_end), 0) AS disbursed_usd
  FROM v_aid_projects t LEFT JOIN ngos n ON n.ngo_id = t.ngo_id
  JOIN p ON t.approved_on <= p.p_end AND (t.end_on IS NULL OR t.end_on >= p.p_start)
   AND t.status NOT IN ('cancelled', 'revoked') AND t.committed_amount_usd IS NOT NULL) t`,
      period: "t.period",
    };
  },
};

const agreementDims = { partner: "t.partner_id", country: "pa.country", kind: "t.kind" } as const;

/** agreements placed by signed_on; drafts are not signed and never count. */
export const agreementsBySigning = flowScan({
  id: "agreements by signed_on",
  table: "agreements t LEFT JOIN partners pa ON pa.partner_id = t.partner_id",
  date: "t.signed_on",
  dims: agreementDims,
  where: "t.status <> 'draft'",
});

/**
 * Agreements active on each period's stock date (the period's last day, or
 * `asOf` when that is earlier): signed on or before it, not expired before it
 * (expires_on on or after it, or none), status not draft or terminated (the
 * contract records no termination date, so a terminated agreement counts in no
 * period), and not status expired without an expiry date. `dormant` is true
 * when no activity of the agreement was done and no delegation linked to it
 * started in the 12 months up to the stock date (after stock date − 12 months,
 * up to and including the stock date).
 */
export const agreementsAtPeriodEnd: Scan = {
  id: "agreements active at period end",
  dims: { partner: "t.partner_id", country: "t.partner_country", kind: "t.kind" },
  sql({ asOf }): ScanSql {
    return {
      from: `(SELECT t.agreement_id, t.partner_id, t.kind, pa.country AS partner_country, p.period,
    NOT EXISTS (SELECT 1 FROM agreement_activities x
                WHERE x.agreement_id = t.agreement_id AND x.status = 'done'
                  AND x.done_on > p.stock_on - INTERVAL 12 MONTH AND x.done_on <= p.stock_on)
    AND NOT EXISTS (SELECT 1 FROM delegations y
                WHERE y.agreement_id = t.agreement_id
                  AND y.start_on > p.stock_on - INTERVAL 12 MONTH AND y.start_on <= p.stock_on) AS dormant
  FROM agreements t LEFT JOIN partners pa ON pa.partner_id = t.partner_id
  JOIN (SELECT period, least(p_end, ${asOf}) AS stock_on FROM p) p
    ON t.signed_on <= p.stock_on AND (t.expires_on IS NULL OR t.expires_on >= p.stock_on)
   AND t.status NOT IN ('draft', 'terminated') AND NOT (t.status = 'expired' AND t.expires_on IS NULL)) t`,
      period: "t.period",
    };
  },
};

const activityTable =
  "agreement_activities t LEFT JOIN agreements a ON a.agreement_id = t.agreement_id LEFT JOIN partners pa ON pa.partner_id = a.partner_id";
const activityDims = { agreement: "t.agreement_id", partner: "a.partner_id", country: "pa.country" } as const;

/** agreement_activities placed by due_on. */
export const activitiesByDue = flowScan({
  id: "agreement_activities by due_on",
  table: activityTable,
  date: "t.due_on",
  dims: activityDims,
});

/** agreement_activities with status done, placed by done_on (done activities without done_on are in no period). */
export const activitiesByDone = flowScan({
  id: "agreement_activities by done_on",
  table: activityTable,
  date: "t.done_on",
  dims: activityDims,
  where: "t.status = 'done'",
});

/** annual_plans: the plan of year Y is in period "Y". */
export const plansByYear = yearScan({ id: "annual_plans by year", table: "annual_plans t" });

/** budgets (VND/USD at the rate of 31/12 of the year), line reception, in period "Y". */
export const receptionBudgetsByYear = yearScan({
  id: "budgets (reception) by year",
  table: "v_budgets t",
  where: "t.line = 'reception'",
});

/** consular_cases placed by opened_on. */
export const consularByOpening = flowScan({
  id: "consular_cases by opened_on",
  table: "consular_cases t",
  date: "t.opened_on",
  dims: { kind: "t.kind", country: "t.country" },
});
