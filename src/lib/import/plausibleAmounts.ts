import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/**
 * The largest amount a record may carry, by its value in VND and in USD (at
 * the dated rate the indicators use): 10^16 đồng (10 triệu tỷ đồng, about 400
 * billion USD) and 10^12 USD — more than a province's whole economy, so a
 * larger figure is a typing or unit mistake. Above it, or not finite, the
 * record would turn a whole year's totals into "no data".
 */
export const amountBound = { vnd: 1e16, usd: 1e12 } as const;

interface Found extends RowOrigin {
  amount: number;
  currency: string;
  vnd: number | null;
  usd: number | null;
}

/**
 * Amounts of the new rows whose VND or USD value is not finite or beyond
 * {@link amountBound}: money columns through the exchange rates stored or in
 * the same import (a new rate wins over a stored one of the same day), and
 * columns already in USD (`*_usd`) as they are. Amounts without a rate are
 * left to the missing-rate check.
 */
export async function plausibleAmounts(
  store: Store,
  entity: Entity,
  newView: string,
  newRates: string | undefined,
): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  const rates = newRates
    ? `(SELECT "on", currency, vnd_per_unit FROM ${newRates} WHERE "on" IS NOT NULL AND currency IS NOT NULL AND vnd_per_unit IS NOT NULL
        UNION ALL SELECT "on", currency, vnd_per_unit FROM exchange_rates s
        WHERE NOT EXISTS (SELECT 1 FROM ${newRates} n WHERE n."on" = s."on" AND n.currency = s.currency))`
    : "exchange_rates";
  const checks: { column: string; sql: string }[] = [];
  for (const m of entity.money) {
    // Only amounts that could be beyond the bound at the highest rate of their currency (and the
    // lowest USD rate) go through the dated ASOF joins: a hash join with a few rows instead of two
    // ASOF joins over every record.
    checks.push({
      column: m.amount,
      sql: `
      WITH v AS (
        SELECT _source, _sheet, _row, CAST(${ident(m.amount)} AS DOUBLE) AS amount, ${ident(m.currency)} AS currency, ${m.dateSql} AS d
        FROM ${newView} WHERE ${ident(m.amount)} IS NOT NULL AND ${ident(m.currency)} IS NOT NULL AND (${m.dateSql}) IS NOT NULL
      ),
      hi AS (SELECT currency, max(vnd_per_unit) AS hi FROM ${rates} GROUP BY currency UNION ALL SELECT 'VND', 1),
      lo AS (SELECT min(vnd_per_unit) AS lo FROM ${rates} WHERE currency = 'USD'),
      maybe AS (
        SELECT v.* FROM v JOIN hi USING (currency) CROSS JOIN lo
        WHERE NOT (abs(v.amount) * hi.hi <= ${amountBound.vnd} AND (lo.lo IS NULL OR abs(v.amount) * hi.hi / lo.lo <= ${amountBound.usd}))
      ),
      valued AS (
        SELECT maybe.*, maybe.amount * CASE WHEN maybe.currency = 'VND' THEN 1 ELSE r.vnd_per_unit END AS vnd, u.vnd_per_unit AS usd_rate
        FROM maybe ASOF LEFT JOIN ${rates} r ON r.currency = maybe.currency AND r."on" <= maybe.d
        ASOF LEFT JOIN (SELECT "on", vnd_per_unit FROM ${rates} WHERE currency = 'USD') u ON u."on" <= maybe.d
      )
      SELECT _source, _sheet, _row, amount, currency, vnd, CASE WHEN currency = 'USD' THEN amount ELSE vnd / usd_rate END AS usd
      FROM valued`,
    });
  }
  for (const c of entity.columns.filter((c) => c.kind === "decimal" && c.name.endsWith("_usd"))) {
    checks.push({
      column: c.name,
      sql: `SELECT _source, _sheet, _row, CAST(${ident(c.name)} AS DOUBLE) AS amount, 'USD' AS currency, NULL AS vnd, CAST(${ident(c.name)} AS DOUBLE) AS usd
        FROM ${newView} WHERE ${ident(c.name)} IS NOT NULL`,
    });
  }
  for (const check of checks) {
    const rows = await store.all<Found>(`
      SELECT * FROM (${check.sql})
      WHERE (vnd IS NOT NULL AND (NOT isfinite(vnd) OR abs(vnd) > ${amountBound.vnd}))
         OR (usd IS NOT NULL AND (NOT isfinite(usd) OR abs(usd) > ${amountBound.usd}))
      ORDER BY _source, _row LIMIT ${listed}`);
    for (const r of rows) {
      const vi = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 0 });
      const en = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
      out.push({
        ...rowLocation(r),
        column: check.column,
        value: `${r.amount} ${r.currency}`,
        code: "implausible_amount",
        text: {
          vi: `số tiền không hợp lý (quá lớn hoặc vô hạn khi quy đổi ra VND/USD); cần tối đa ${vi(amountBound.vnd)} VND và ${vi(amountBound.usd)} USD — kiểm tra đơn vị và số chữ số 0`,
          en: `implausible amount (too large or infinite in VND/USD); expected at most ${en(amountBound.vnd)} VND and ${en(amountBound.usd)} USD — check the unit and the number of zeros`,
        },
      });
    }
  }
  return out;
}
