import { activeAgreementSql } from "./activeAgreementRule.ts";
import type { Scan, ScanSql } from "./IndicatorDef.ts";
import { periodKeySql } from "./periodKey.ts";

// periodKey.ts owns the period key; still exported from here for who imported it from scans.ts.
export { periodKeySql } from "./periodKey.ts";

/**
 * The office of a record, where the tables carry one: a roll-up of several
 * offices' exports (`openRollup`) has an `office` column in every table, and
 * every scan below offers it as the dimension `office` (the main table is
 * aliased `t`). A single office's database has no such column, and
 * `computeIndicators` allows `office` only on a store that declares it.
 */
export const officeColumn = "t.office";

/** The office column for a scan that selects its columns itself: NULL unless the query uses `office`. */
function officeSelect(dims: readonly string[], table: string): string {
  return dims.includes("office") ? `${table}.office` : "CAST(NULL AS VARCHAR) AS office";
}

/**
 * A flow: a record counts in the period its `date` falls in. Year, quarter and
 * month periods aggregate by the period key computed from the date, then join
 * the periods; plan periods join on the date range.
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
    dims: { ...def.dims, office: officeColumn },
    sql({ kind, start, end }): ScanSql {
      const range = `${def.date} BETWEEN ${start} AND ${end}`;
      const where = def.where ? `${range} AND (${def.where})` : range;
      if (kind === "plan") {
        return { from: `${def.table} JOIN p ON ${def.date} BETWEEN p.p_start AND p.p_end`, where };
      }
      return { from: def.table, where, key: periodKeySql(kind, def.date) };
    },
  };
}

/**
 * A flow of money converted with the dated rate, as the `v_<entity>` views do
 * (the last rate on or before the record's date; VND is its own rate), but
 * faster: amounts are first summed by date, currency, period and the
 * dimensions in use, and only those sums are converted (a sum of products at
 * one rate is the product of the sum). The value reads `t.amount`, `t.cur`,
 * `r.vnd_per_unit` (rate of the currency) and `u.vnd_per_unit` (rate of USD):
 * use {@link sumVnd} or {@link sumUsd}. A missing currency is VND (the default).
 */
export function moneyFlowScan(def: {
  id: string;
  table: string;
  date: string;
  amount: string;
  currency: string;
  dims: Record<string, string>;
  where?: string;
}): Scan {
  const inner: Record<string, string> = { ...def.dims, office: officeColumn };
  const outer = Object.fromEntries(Object.keys(inner).map((d) => [d, `t."${d}"`]));
  return {
    id: def.id,
    dims: outer,
    sql({ kind, start, end, dims, values }): ScanSql {
      const range = `${def.date} BETWEEN ${start} AND ${end}`;
      const where = def.where ? `${range} AND (${def.where})` : range;
      const key = kind === "plan" ? [] : [`${periodKeySql(kind, def.date)} AS k`];
      // the USD rate only when a value reads it (sumUsd): DuckDB does not drop an unused ASOF join
      const usd = values === undefined || values.some((v) => /\bu\./.test(v));
      const cols = [
        ...key,
        ...dims.map((d) => `${inner[d]!} AS "${d}"`),
        `${def.date} AS on_`,
        `coalesce(${def.currency}, 'VND') AS cur`,
        `sum(${def.amount}) AS amount`,
      ];
      const rates = [
        `(SELECT ${cols.join(", ")} FROM ${def.table} WHERE ${where} GROUP BY ALL) t`,
        `ASOF LEFT JOIN exchange_rates r ON r.currency = t.cur AND r."on" <= t.on_`,
        ...(usd
          ? [
              `ASOF LEFT JOIN (SELECT "on", vnd_per_unit FROM exchange_rates WHERE currency = 'USD') u ON u."on" <= t.on_`,
            ]
          : []),
      ].join("\n  ");
      if (kind === "plan") return { from: `${rates}\n  JOIN p ON t.on_ BETWEEN p.p_start AND p.p_end` };
      return { from: rates, key: "t.k" };
    },
  };
}

/** Sum in VND of a {@link moneyFlowScan}'s amounts. */
export const sumVnd = "sum(CASE WHEN t.cur = 'VND' THEN t.amount ELSE t.amount * r.vnd_per_unit END)";

/** Sum in USD of a {@link moneyFlowScan}'s amounts. */
export const sumUsd =
  "sum(CASE WHEN t.cur = 'USD' THEN t.amount ELSE t.amount * (CASE WHEN t.cur = 'VND' THEN 1 ELSE r.vnd_per_unit END) / u.vnd_per_unit END)";

/** A year-keyed table (annual_plans, budgets): row of year Y counts in period "Y"; other kinds have no data. */
export function yearScan(def: { id: string; table: string; where?: string }): Scan {
  return {
    id: def.id,
    dims: { office: officeColumn },
    periodKinds: ["year"],
    sql(): ScanSql {
      return { from: def.table, key: `t."year"`, ...(def.where ? { where: def.where } : {}) };
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
  table: "delegations t",
  date: "t.start_on",
  dims: delegationDims,
});

/** delegations' cost (cost_currency, default VND) at the rate of start_on, placed by start_on. */
export const delegationCostByStart = moneyFlowScan({
  id: "delegations cost by start_on",
  table: "delegations t",
  date: "t.start_on",
  amount: "t.cost",
  currency: "t.cost_currency",
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

/** aid_projects placed by approved_on; country is the NGO's. */
export const aidProjectsByApproval = flowScan({
  id: "aid_projects by approved_on",
  table: "aid_projects t LEFT JOIN ngos n ON n.ngo_id = t.ngo_id",
  date: "t.approved_on",
  dims: { ...aidDims, status: "t.status" },
});

/** aid_projects' committed amount at the rate of approved_on, placed by approved_on. */
export const aidCommitmentsByApproval = moneyFlowScan({
  id: "aid_projects committed by approved_on",
  table: "aid_projects t LEFT JOIN ngos n ON n.ngo_id = t.ngo_id",
  date: "t.approved_on",
  amount: "t.committed_amount",
  currency: "t.currency",
  dims: { ...aidDims, status: "t.status" },
});

/** aid_disbursements at the rate of disbursed_on, placed by disbursed_on; dims from the project. */
export const aidDisbursementsByDate = moneyFlowScan({
  id: "aid_disbursements by disbursed_on",
  table:
    "aid_disbursements t LEFT JOIN aid_projects a ON a.project_id = t.project_id LEFT JOIN ngos n ON n.ngo_id = a.ngo_id",
  date: "t.disbursed_on",
  amount: "t.amount",
  currency: "t.currency",
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
  dims: {
    ngo: "t.ngo_id",
    country: "t.country",
    sector: "t.sector",
    sector_category: "left(t.sector, 3)",
    office: officeColumn,
  },
  sql({ end, dims }): ScanSql {
    // Rates as one row per currency and day (the last rate on or before that day, as the views'
    // ASOF joins give), each day's USD rate beside it (VND: 1 VND, on days with a USD rate),
    // built once per query: each amount converts with one hash join (the ASOF joins of the
    // views made this scan several times slower).
    const usd = (amount: string, cur: string, x: string) =>
      `CASE WHEN ${cur} = 'USD' THEN ${amount} ELSE ${amount} * (CASE WHEN ${cur} = 'VND' THEN 1 ELSE ${x}.vnd_per_unit END) / ${x}.usd_vnd END`;
    // Disbursed to date (on or before each period's end), without joining every disbursement
    // to every later period: each day's disbursements go to the first period ending on or after
    // it ("bucket"), and a running sum per project over the buckets gives the total to each end.
    // Rows leave in project order, so that the same rows give the same last bit whatever order
    // they are stored in (the roll-up of exports and --also agree exactly).
    return {
      from: `(WITH daily AS MATERIALIZED (
    SELECT currency, CAST(unnest(generate_series(CAST("on" AS TIMESTAMP),
             CAST(least(coalesce(next_on - 1, ${end}), ${end}) AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS day, vnd_per_unit
    FROM (SELECT currency, "on", vnd_per_unit, lead("on") OVER (PARTITION BY currency ORDER BY "on") AS next_on
          FROM exchange_rates) WHERE "on" <= ${end}),
  rates AS MATERIALIZED (
    SELECT r.currency, r.day, r.vnd_per_unit, u.vnd_per_unit AS usd_vnd
    FROM (SELECT * FROM daily WHERE currency <> 'VND' UNION ALL SELECT 'VND', day, 1 FROM daily WHERE currency = 'USD') r
    LEFT JOIN daily u ON u.currency = 'USD' AND u.day = r.day),
  active AS MATERIALIZED (
    SELECT t.project_id, ${officeSelect(dims, "t")}, t.ngo_id, t.sector, n.country, p.period, p.p_end,
           ${usd("t.committed_amount", "t.currency", "x")} AS committed_usd
    FROM aid_projects t LEFT JOIN ngos n ON n.ngo_id = t.ngo_id
    LEFT JOIN rates x ON x.currency = t.currency AND x.day = t.approved_on
    JOIN p ON t.approved_on <= p.p_end AND (t.end_on IS NULL OR t.end_on >= p.p_start)
    WHERE t.approved_on <= ${end} AND t.status NOT IN ('cancelled', 'revoked')),
  paid AS MATERIALIZED (
    SELECT d.project_id, d.disbursed_on, sum(${usd("d.amount", "d.currency", "x")}) AS amount_usd
    FROM aid_disbursements d
    LEFT JOIN rates x ON x.currency = d.currency AND x.day = d.disbursed_on
    WHERE d.disbursed_on <= ${end} GROUP BY ALL),
  buckets AS (
    SELECT u.day, min(p.p_end) AS p_end FROM (SELECT DISTINCT disbursed_on AS day FROM paid) u
    JOIN p ON u.day <= p.p_end GROUP BY ALL),
  to_date AS (
    SELECT project_id, p_end, sum(sum(amount_usd)) OVER (PARTITION BY project_id ORDER BY p_end) AS disbursed_usd
    FROM (SELECT d.project_id, b.p_end, d.amount_usd FROM paid d JOIN buckets b ON b.day = d.disbursed_on
          UNION ALL SELECT project_id, p_end, 0 FROM active)
    GROUP BY project_id, p_end)
  SELECT a.project_id, a.office, a.ngo_id, a.sector, a.country, a.committed_usd AS committed_amount_usd, a.period,
         coalesce(d.disbursed_usd, 0) AS disbursed_usd
  FROM active a
  LEFT JOIN to_date d ON d.project_id = a.project_id AND d.p_end = a.p_end
  WHERE a.committed_usd IS NOT NULL ORDER BY a.project_id, a.p_end) t`,
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
 * `asOf` when that is earlier), by the active-agreement rule (`activeAgreementRule.ts`). `dormant` is true
 * when the agreement was signed 12 months or more before the stock date (a
 * younger one is new, not dormant: signed_on ≤ stock date − 12 months) and no activity of the agreement was done and no delegation linked to it
 * started in the 12 months up to the stock date (after stock date − 12 months,
 * up to and including the stock date).
 */
export const agreementsAtPeriodEnd: Scan = {
  id: "agreements active at period end",
  dims: { partner: "t.partner_id", country: "t.partner_country", kind: "t.kind", office: officeColumn },
  sql({ asOf, dims }): ScanSql {
    // dormant: no event (activity done, delegation started) of the agreement in the window, as a
    // correlated NOT EXISTS that DuckDB turns into a hash join on agreement_id (joining every
    // event to every period's window first was about twice as slow; an ASOF join on the last
    // event was tried too: DuckDB 1.5 planned it pathologically slowly here).
    return {
      from: `(WITH s AS (SELECT period, least(p_end, ${asOf}) AS stock_on,
                least(p_end, ${asOf}) - INTERVAL 12 MONTH AS window_after FROM p),
  events AS (SELECT agreement_id, done_on AS on_ FROM agreement_activities WHERE status = 'done' AND done_on IS NOT NULL
             UNION ALL
             SELECT agreement_id, start_on FROM delegations WHERE agreement_id IS NOT NULL)
  SELECT t.agreement_id, ${officeSelect(dims, "t")}, t.partner_id, t.kind, pa.country AS partner_country, s.period,
         t.signed_on <= s.stock_on - INTERVAL 12 MONTH
           AND NOT EXISTS (SELECT 1 FROM events e WHERE e.agreement_id = t.agreement_id
                           AND e.on_ > s.window_after AND e.on_ <= s.stock_on) AS dormant
  FROM agreements t LEFT JOIN partners pa ON pa.partner_id = t.partner_id
  JOIN s ON ${activeAgreementSql("t", "s.stock_on")}) t`,
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

/**
 * budgets (VND/USD at the rate of 31/12 of the year), line reception, in period "Y": the
 * columns of the `v_budgets` view, but the line is picked first and both amounts convert
 * with one ASOF join per rate (the view's four ASOF joins cost more than the 55 rows).
 */
export const receptionBudgetsByYear = yearScan({
  id: "budgets (reception) by year",
  table: `(SELECT b.* EXCLUDE (on_),
    CASE WHEN b.currency = 'VND' THEN b.allocated ELSE b.allocated * r.vnd_per_unit END AS allocated_vnd,
    CASE WHEN b.currency = 'USD' THEN b.allocated ELSE b.allocated * (CASE WHEN b.currency = 'VND' THEN 1 ELSE r.vnd_per_unit END) / u.vnd_per_unit END AS allocated_usd,
    r."on" AS allocated_rate_on, u."on" AS allocated_usd_rate_on,
    CASE WHEN b.currency = 'VND' THEN b.spent ELSE b.spent * r.vnd_per_unit END AS spent_vnd,
    CASE WHEN b.currency = 'USD' THEN b.spent ELSE b.spent * (CASE WHEN b.currency = 'VND' THEN 1 ELSE r.vnd_per_unit END) / u.vnd_per_unit END AS spent_usd,
    r."on" AS spent_rate_on, u."on" AS spent_usd_rate_on
  FROM (SELECT *, make_date("year", 12, 31) AS on_ FROM budgets WHERE line = 'reception') b
  ASOF LEFT JOIN exchange_rates r ON r.currency = b.currency AND r."on" <= b.on_
  ASOF LEFT JOIN (SELECT "on", vnd_per_unit FROM exchange_rates WHERE currency = 'USD') u ON u."on" <= b.on_) t`,
});

/** consular_cases placed by opened_on. */
export const consularByOpening = flowScan({
  id: "consular_cases by opened_on",
  table: "consular_cases t",
  date: "t.opened_on",
  dims: { kind: "t.kind", country: "t.country" },
});
