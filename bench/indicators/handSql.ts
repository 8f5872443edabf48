import type { Store } from "../../src/lib/store/openStore.ts";
import { cellKey, type Cells, type Workload } from "./Workload.ts";

/**
 * The indicators written by hand in DuckDB SQL, one query per indicator,
 * without the library's scans: each query returns (year, country, value).
 * Money is converted record by record with ASOF joins to exchange_rates (the
 * last rate on or before the record's date), as a person would write it.
 */
export function handQueries(w: Workload): Map<string, string> {
  const y0 = w.years[0]!;
  const y1 = w.years[w.years.length - 1]!;
  const asOf = `DATE '${w.asOf}'`;
  const range = (col: string) => `${col} BETWEEN DATE '${y0}-01-01' AND DATE '${y1}-12-31'`;
  /** The country column, or NULL when the workload is unsplit. */
  const c = (col: string) => (w.byCountry ? col : "NULL::VARCHAR");
  const years = `(SELECT y, make_date(y, 1, 1) AS ps, make_date(y, 12, 31) AS pe, least(make_date(y, 12, 31), ${asOf}) AS stock
    FROM range(${y0}, ${y1 + 1}) r(y))`;
  const usd = (amount: string, cur: string) =>
    `CASE WHEN ${cur} = 'USD' THEN ${amount} ELSE ${amount} * (CASE WHEN ${cur} = 'VND' THEN 1 ELSE r.vnd_per_unit END) / u.vnd_per_unit END`;
  const usdRates = (
    cur: string,
    on: string,
  ) => `ASOF LEFT JOIN exchange_rates r ON r.currency = ${cur} AND r."on" <= ${on}
    ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u ON u."on" <= ${on}`;
  const q = new Map<string, string>();
  const delegations = (value: string) =>
    `SELECT year(start_on) AS y, ${c("country")} AS country, ${value} AS v FROM delegations WHERE ${range("start_on")} GROUP BY ALL`;
  q.set("delegations.inbound", delegations("count(*) FILTER (WHERE direction = 'inbound')"));
  q.set("delegations.outbound", delegations("count(*) FILTER (WHERE direction = 'outbound')"));
  q.set("delegations.person_trips", delegations("sum(members)"));
  q.set("delegations.in_plan_rate", delegations("avg(CASE WHEN in_plan THEN 1.0 ELSE 0.0 END)"));
  q.set(
    "delegations.cost",
    `SELECT year(d.start_on) AS y, ${c("d.country")} AS country,
      sum(CASE WHEN coalesce(d.cost_currency, 'VND') = 'VND' THEN d.cost ELSE d.cost * r.vnd_per_unit END) AS v
    FROM delegations d ASOF LEFT JOIN exchange_rates r ON r.currency = coalesce(d.cost_currency, 'VND') AND r."on" <= d.start_on
    WHERE ${range("d.start_on")} GROUP BY ALL`,
  );
  q.set(
    "investment.promotion_trips",
    delegations("count(*) FILTER (WHERE direction = 'outbound' AND purpose = 'investment_promotion')"),
  );
  q.set(
    "investment.contacts",
    `SELECT year(first_contact_on) AS y, ${c("country")} AS country, count(*) AS v
    FROM investment_contacts WHERE ${range("first_contact_on")} GROUP BY ALL`,
  );
  q.set(
    "investment.registered",
    `SELECT year(registered_on) AS y, ${c("country")} AS country, count(*) AS v
    FROM investment_contacts WHERE ${range("registered_on")} GROUP BY ALL`,
  );
  q.set(
    "investment.registered_capital_usd",
    `SELECT year(registered_on) AS y, ${c("country")} AS country, sum(registered_capital_usd) AS v
    FROM investment_contacts WHERE ${range("registered_on")} GROUP BY ALL`,
  );
  q.set(
    "investment.conversion_rate",
    `SELECT year(first_contact_on) AS y, ${c("country")} AS country,
      avg(CASE WHEN registered_on <= ${asOf} THEN 1.0 ELSE 0.0 END) AS v
    FROM investment_contacts WHERE ${range("first_contact_on")} GROUP BY ALL`,
  );
  const projects = (value: string) =>
    `SELECT year(a.approved_on) AS y, ${c("n.country")} AS country, ${value} AS v
    FROM aid_projects a LEFT JOIN ngos n ON n.ngo_id = a.ngo_id WHERE ${range("a.approved_on")} GROUP BY ALL`;
  q.set("aid.ngos_licensed", projects("count(DISTINCT a.ngo_id)"));
  q.set("aid.projects_approved", projects("count(*)"));
  q.set(
    "aid.committed_usd",
    `SELECT year(a.approved_on) AS y, ${c("n.country")} AS country, sum(${usd("a.committed_amount", "a.currency")}) AS v
    FROM aid_projects a LEFT JOIN ngos n ON n.ngo_id = a.ngo_id
    ${usdRates("a.currency", "a.approved_on")}
    WHERE ${range("a.approved_on")} GROUP BY ALL`,
  );
  q.set(
    "aid.disbursed_usd",
    `SELECT year(d.disbursed_on) AS y, ${c("n.country")} AS country, sum(${usd("d.amount", "d.currency")}) AS v
    FROM aid_disbursements d LEFT JOIN aid_projects a ON a.project_id = d.project_id LEFT JOIN ngos n ON n.ngo_id = a.ngo_id
    ${usdRates("d.currency", "d.disbursed_on")}
    WHERE ${range("d.disbursed_on")} GROUP BY ALL`,
  );
  q.set(
    "aid.disbursement_rate",
    `WITH years AS ${years},
    projects AS (
      SELECT a.project_id, n.country, a.approved_on, a.end_on, ${usd("a.committed_amount", "a.currency")} AS committed
      FROM aid_projects a LEFT JOIN ngos n ON n.ngo_id = a.ngo_id ${usdRates("a.currency", "a.approved_on")}
      WHERE a.status NOT IN ('cancelled', 'revoked')),
    disbursed AS (
      SELECT d.project_id, d.disbursed_on, ${usd("d.amount", "d.currency")} AS usd
      FROM aid_disbursements d ${usdRates("d.currency", "d.disbursed_on")}),
    to_date AS (
      SELECT years.y, d.project_id, sum(d.usd) AS usd FROM disbursed d JOIN years ON d.disbursed_on <= years.pe GROUP BY ALL)
    SELECT years.y, ${c("p.country")} AS country, sum(coalesce(t.usd, 0)) / nullif(sum(p.committed), 0) AS v
    FROM years JOIN projects p ON p.approved_on <= years.pe AND (p.end_on IS NULL OR p.end_on >= years.ps)
      AND p.committed IS NOT NULL
    LEFT JOIN to_date t ON t.y = years.y AND t.project_id = p.project_id
    GROUP BY ALL`,
  );
  const active = `a.signed_on <= s.stock AND (a.expires_on IS NULL OR a.expires_on >= s.stock)
      AND a.status NOT IN ('draft', 'terminated') AND NOT (a.status = 'expired' AND a.expires_on IS NULL)`;
  q.set(
    "agreements.active",
    `SELECT s.y, ${c("pa.country")} AS country, count(*) AS v
    FROM agreements a LEFT JOIN partners pa ON pa.partner_id = a.partner_id JOIN ${years} s ON ${active}
    GROUP BY ALL`,
  );
  q.set(
    "agreements.dormant",
    `SELECT s.y, ${c("pa.country")} AS country, count(*) AS v
    FROM agreements a LEFT JOIN partners pa ON pa.partner_id = a.partner_id JOIN ${years} s ON ${active}
    WHERE a.signed_on <= s.stock - INTERVAL 12 MONTH
      AND NOT EXISTS (SELECT 1 FROM agreement_activities x WHERE x.agreement_id = a.agreement_id AND x.status = 'done'
        AND x.done_on > s.stock - INTERVAL 12 MONTH AND x.done_on <= s.stock)
      AND NOT EXISTS (SELECT 1 FROM delegations d WHERE d.agreement_id = a.agreement_id
        AND d.start_on > s.stock - INTERVAL 12 MONTH AND d.start_on <= s.stock)
    GROUP BY ALL`,
  );
  const signed = (value: string) =>
    `SELECT year(a.signed_on) AS y, ${c("pa.country")} AS country, ${value} AS v
    FROM agreements a LEFT JOIN partners pa ON pa.partner_id = a.partner_id
    WHERE a.status <> 'draft' AND ${range("a.signed_on")} GROUP BY ALL`;
  q.set("agreements.signed", signed("count(*)"));
  q.set(
    "agreements.reported_on_time_rate",
    signed("avg(CASE WHEN a.reported_on <= a.signed_on + 15 THEN 1.0 ELSE 0.0 END)"),
  );
  const activities = (date: string, value: string, where = "TRUE") =>
    `SELECT year(x.${date}) AS y, ${c("pa.country")} AS country, ${value} AS v
    FROM agreement_activities x LEFT JOIN agreements a ON a.agreement_id = x.agreement_id
      LEFT JOIN partners pa ON pa.partner_id = a.partner_id
    WHERE ${where} AND ${range(`x.${date}`)} GROUP BY ALL`;
  q.set(
    "agreements.follow_through",
    activities(
      "due_on",
      "count(*) FILTER (WHERE x.status = 'done') / nullif(count(*) FILTER (WHERE x.status <> 'cancelled'), 0)",
    ),
  );
  q.set(
    "agreements.on_time_rate",
    activities("done_on", "avg(CASE WHEN x.done_on <= x.due_on THEN 1.0 ELSE 0.0 END)", "x.status = 'done'"),
  );
  q.set(
    "plan.approval_delay_days",
    `SELECT year AS y, NULL::VARCHAR AS country, max(approved_on - coalesce(due_on, make_date(year - 1, 12, 31))) AS v
    FROM annual_plans WHERE year BETWEEN ${y0} AND ${y1} GROUP BY ALL`,
  );
  q.set(
    "budget.reception_utilisation",
    `SELECT b.year AS y, NULL::VARCHAR AS country,
      sum(CASE WHEN coalesce(b.currency, 'VND') = 'VND' THEN b.spent ELSE b.spent * r.vnd_per_unit END)
      / nullif(sum(CASE WHEN coalesce(b.currency, 'VND') = 'VND' THEN b.allocated ELSE b.allocated * r.vnd_per_unit END), 0) AS v
    FROM (SELECT *, make_date(year, 12, 31) AS on_ FROM budgets) b
    ASOF LEFT JOIN exchange_rates r ON r.currency = coalesce(b.currency, 'VND') AND r."on" <= b.on_
    WHERE b.line = 'reception' AND b.year BETWEEN ${y0} AND ${y1} GROUP BY ALL`,
  );
  q.set(
    "consular.cases",
    `SELECT year(opened_on) AS y, ${c("country")} AS country, count(*) AS v
    FROM consular_cases WHERE ${range("opened_on")} GROUP BY ALL`,
  );
  return new Map(w.indicators.map((id) => [id, q.get(id)!]));
}

/** Runs the hand-written queries one after the other; with `timings`, records each query's seconds. */
export async function runHandSql(store: Store, w: Workload, timings?: Map<string, number>): Promise<Cells> {
  const cells: Cells = new Map();
  for (const [id, sql] of handQueries(w)) {
    const t = performance.now();
    const rows = await store.all<{ y: number | bigint; country: string | null; v: number | bigint | null }>(
      sql,
    );
    timings?.set(id, (performance.now() - t) / 1000);
    for (const r of rows) cells.set(cellKey(id, Number(r.y), r.country), r.v === null ? null : Number(r.v));
  }
  return cells;
}
