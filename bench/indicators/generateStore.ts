import { openStore } from "../../src/lib/store/openStore.ts";

/** Rows per entity for a store of about `total` records (every entity counted). */
export function entityCounts(total: number): Record<string, number> {
  const n = (share: number, min = 1) => Math.max(min, Math.round(total * share));
  const counts: Record<string, number> = {
    partners: n(0.002, 100),
    ngos: n(0.001, 50),
    agreements: n(0.01, 200),
    agreement_activities: n(0.12),
    delegations: n(0.3),
    investment_contacts: n(0.15),
    aid_projects: n(0.04),
    aid_disbursements: n(0.16),
    annual_plans: 11,
    budgets: 55,
    exchange_rates: 6 * 13 * 12,
  };
  const used = Object.values(counts).reduce((a, b) => a + b, 0);
  counts.consular_cases = Math.max(1, total - used);
  return counts;
}

/** ~20 countries, the first ones more frequent (u² skew). */
const countries = [
  "LA", "KR", "JP", "CN", "TH", "US", "FR", "DE", "AU", "SG",
  "KH", "IN", "GB", "RU", "MY", "ID", "NL", "CA", "TW", "PH",
]; // prettier-ignore
const list = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(", ")}]`;
/** SQL picking an element of `xs` with the uniform draw `u` (0 ≤ u < 1). */
const pick = (xs: readonly string[], u: string) => `${list(xs)}[1 + floor((${u}) * ${xs.length})::INTEGER]`;
/** A skewed country pick. */
const country = (u: string) => pick(countries, `(${u}) * (${u})`);
/** A day between 2015-01-01 and 2025-12-31. */
const day = (u: string, from = "2015-01-01", days = 4018) =>
  `(DATE '${from}' + floor((${u}) * ${days})::INTEGER)`;

/**
 * Writes a store of about `total` records into a new database file, in DuckDB
 * SQL (`INSERT … SELECT … FROM range(n)`, no JS objects): dates 2015–2025,
 * 20 countries, purposes, levels, currencies with monthly exchange rates
 * 2013–2025, activities per agreement, contacts, aid projects and their
 * disbursements. Draws are `hash(i, k)`: the same `total` gives the same data.
 */
export async function generateStore(path: string, total: number): Promise<Record<string, number>> {
  const c = entityCounts(total);
  const store = await openStore({ path });
  try {
    await store.run(`CREATE TEMP MACRO u(i, k) AS (hash(i, k) % 1000003) / 1000003.0`);
    const currencies = ["USD", "EUR", "JPY", "KRW", "CNY", "AUD"];
    const base: Record<string, number> = { USD: 23000, EUR: 26000, JPY: 190, KRW: 19, CNY: 3400, AUD: 16500 };
    await store.run(`INSERT INTO exchange_rates
      SELECT (DATE '2013-01-01' + to_months(m::INTEGER))::DATE, cur,
        round(b * (1 + 0.003 * m + 0.02 * sin(m / 5.0)), 4), 'bench'
      FROM range(156) r(m), (VALUES ${currencies.map((x) => `('${x}', ${base[x]})`).join(", ")}) v(cur, b)`);
    await store.run(`INSERT INTO partners SELECT 'P' || i, 'Partner ' || i, NULL,
        ${pick(["locality", "company", "country", "ngo", "intl_org", "embassy"], "u(i, 1)")},
        ${country("u(i, 2)")}, NULL, NULL FROM range(${c.partners}) r(i)`);
    await store.run(`INSERT INTO ngos SELECT 'N' || i, 'NGO ' || i, ${country("u(i, 1)")},
        'REG-' || i, NULL, NULL FROM range(${c.ngos}) r(i)`);
    // agreements signed 2010–2025; status active 70%, expired 15%, terminated 10%, draft 5%
    await store.run(`INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) SELECT 'A' || i, 'Agreement ' || i, 'P' || (hash(i, 1) % ${c.partners}),
        ${pick(["mou", "agreement", "sister_relationship", "other"], "u(i, 2)")}, s,
        CASE WHEN u(i, 3) < 0.6 THEN s + INTERVAL 5 YEAR END::DATE,
        CASE WHEN u(i, 4) < 0.85 THEN s + floor(u(i, 5) * 30)::INTEGER END,
        CASE WHEN u(i, 6) < 0.7 THEN 'active' WHEN u(i, 6) < 0.85 THEN 'expired'
             WHEN u(i, 6) < 0.95 THEN 'terminated' ELSE 'draft' END, NULL
      FROM (SELECT i, ${day("u(i, 7)", "2010-01-01", 5844)} AS s FROM range(${c.agreements}) r(i))`);
    await store.run(`INSERT INTO agreement_activities SELECT 'AA' || i, 'A' || (hash(i, 1) % ${c.agreements}),
        'Activity ' || i, due, st, CASE WHEN st = 'done' AND u(i, 3) < 0.98 THEN due + floor(u(i, 4) * 90 - 30)::INTEGER END,
        NULL, NULL
      FROM (SELECT i, ${day("u(i, 5)")} AS due,
              CASE WHEN u(i, 6) < 0.55 THEN 'done' WHEN u(i, 6) < 0.7 THEN 'planned'
                   WHEN u(i, 6) < 0.85 THEN 'in_progress' ELSE 'cancelled' END AS st
            FROM range(${c.agreement_activities}) r(i))`);
    const otherCur = pick(["EUR", "JPY", "KRW"], "u(i, 12)");
    await store.run(`INSERT INTO delegations SELECT 'D' || i, CASE WHEN u(i, 1) < 0.45 THEN 'inbound' ELSE 'outbound' END,
        s, s + floor(u(i, 2) * 7)::INTEGER, ${country("u(i, 3)")},
        CASE WHEN u(i, 4) < 0.5 THEN 'P' || (hash(i, 5) % ${c.partners}) END,
        CASE WHEN u(i, 6) < 0.3 THEN 'A' || (hash(i, 7) % ${c.agreements}) END,
        ${pick(["provincial_leadership", "department", "district_or_commune", "business", "people", "other"], "u(i, 8)")},
        ${pick(["cooperation", "investment_promotion", "trade", "aid", "education", "culture", "consular", "other"], "u(i, 9)")},
        1 + floor(u(i, 10) * 20)::INTEGER, u(i, 11) < 0.7,
        CASE WHEN u(i, 13) < 0.9 THEN CASE WHEN cur = 'VND' THEN round(5e6 + u(i, 14) * 3e8)
             WHEN cur = 'USD' THEN round(200 + u(i, 14) * 12000, 2) ELSE round(500 + u(i, 14) * 1e6, 2) END END,
        cur, ${pick(["provincial_budget", "central_budget", "partner", "sponsor", "other"], "u(i, 15)")}, NULL
      FROM (SELECT i, ${day("u(i, 16)")} AS s,
              CASE WHEN u(i, 17) < 0.8 THEN 'VND' WHEN u(i, 17) < 0.95 THEN 'USD' ELSE ${otherCur} END AS cur
            FROM range(${c.delegations}) r(i))`);
    await store.run(`INSERT INTO investment_contacts SELECT 'IC' || i, 'Company ' || i, ${country("u(i, 1)")},
        ${pick(["manufacturing", "energy", "agriculture", "electronics", "services", "real_estate"], "u(i, 2)")},
        f, ${pick(["inbound_visit", "promotion_trip", "conference", "embassy", "referral", "other"], "u(i, 3)")},
        NULL, NULL, NULL, reg, NULL, round(1e6 + u(i, 5) * 5e7),
        CASE WHEN reg IS NOT NULL THEN round(5e5 + u(i, 6) * 4e7) END, NULL
      FROM (SELECT i, ${day("u(i, 7)")} AS f,
              CASE WHEN u(i, 8) < 0.2 THEN ${day("u(i, 7)")} + 30 + floor(u(i, 9) * 700)::INTEGER END AS reg
            FROM range(${c.investment_contacts}) r(i))`);
    // a project's approval date and currency are functions of its number, so disbursements can follow them
    await store.run(`CREATE TEMP MACRO approved(j) AS ${day("u(j, 1)", "2013-01-01", 4748)}`);
    await store.run(`CREATE TEMP MACRO pcur(j) AS CASE WHEN u(j, 2) < 0.6 THEN 'USD' WHEN u(j, 2) < 0.8 THEN 'EUR'
        WHEN u(j, 2) < 0.9 THEN 'VND' WHEN u(j, 2) < 0.95 THEN 'JPY' ELSE 'KRW' END`);
    await store.run(`INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) SELECT 'AP' || j, 'N' || (hash(j, 3) % ${c.ngos}), 'Project ' || j,
        ${pick(["12220", "12240", "11220", "11320", "14030", "15160", "31120", "31161", "43040", "16010"], "u(j, 4)")},
        NULL, approved(j), approved(j), CASE WHEN u(j, 5) < 0.9 THEN approved(j) + 365 + floor(u(j, 6) * 1460)::INTEGER END,
        CASE pcur(j) WHEN 'VND' THEN round(1e9 + u(j, 7) * 2e10) WHEN 'JPY' THEN round(5e6 + u(j, 7) * 1e8)
             WHEN 'KRW' THEN round(5e7 + u(j, 7) * 1e9) ELSE round(2e4 + u(j, 7) * 8e5) END,
        pcur(j), ${pick(["approved", "ongoing", "ongoing", "completed", "completed", "cancelled", "revoked"], "u(j, 8)")}
      FROM range(${c.aid_projects}) r(j)`);
    await store.run(`INSERT INTO aid_disbursements SELECT 'AP' || j, least(approved(j) + floor(u(i, 2) * 1500)::INTEGER, DATE '2025-12-31'),
        CASE pcur(j) WHEN 'VND' THEN round(1e8 + u(i, 3) * 2e9) WHEN 'JPY' THEN round(5e5 + u(i, 3) * 1e7)
             WHEN 'KRW' THEN round(5e6 + u(i, 3) * 1e8) ELSE round(2e3 + u(i, 3) * 8e4) END, pcur(j)
      FROM (SELECT i, hash(i, 1) % ${c.aid_projects} AS j FROM range(${c.aid_disbursements}) r(i))`);
    await store.run(`INSERT INTO consular_cases SELECT 'CC' || i, o, CASE WHEN u(i, 1) < 0.8 THEN o + floor(u(i, 2) * 60)::INTEGER END,
        ${pick(["citizen_protection", "legalisation", "visa_support", "foreigner_incident", "other"], "u(i, 3)")},
        CASE WHEN u(i, 4) < 0.9 THEN ${country("u(i, 5)")} END
      FROM (SELECT i, ${day("u(i, 6)")} AS o FROM range(${c.consular_cases}) r(i))`);
    await store.run(`INSERT INTO annual_plans SELECT y, CASE WHEN y % 4 <> 0 THEN make_date(y - 1, 12, 31) END,
        make_date(y - 1, 12, 10), make_date(y - 1, 12, 31) + floor(u(y, 1) * 70 - 10)::INTEGER,
        200 + y % 7 * 10, 100 + y % 5 * 10 FROM range(2015, 2026) r(y)`);
    await store.run(`INSERT INTO budgets SELECT y, line, round(1e9 + u(y, k) * 4e9), CASE WHEN u(y, k + 1) < 0.9 THEN round(u(y, k + 2) * 5e9) END,
        CASE WHEN line = 'conference' AND y % 3 = 0 THEN 'USD' ELSE 'VND' END
      FROM range(2015, 2026) r(y), (VALUES ('reception', 1), ('outbound', 4), ('promotion', 7), ('conference', 10), ('other', 13)) l(line, k)`);
    await store.run("CHECKPOINT");
    const counted: Record<string, number> = {};
    for (const name of Object.keys(c)) {
      const [row] = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${name}`);
      counted[name] = Number(row!.n);
    }
    return counted;
  } finally {
    store.close();
  }
}
