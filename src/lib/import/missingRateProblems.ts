import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/** The days and currencies of the exchange rates, stored or in this import. */
function rateDays(newViews: Map<string, string>): string[] {
  const rates = [`SELECT "on", currency FROM exchange_rates`];
  const newRates = newViews.get("exchange_rates");
  if (newRates)
    rates.push(`SELECT "on", currency FROM ${newRates} WHERE "on" IS NOT NULL AND currency IS NOT NULL`);
  return rates;
}

/**
 * Rows of `newView` with an amount in a currency (or needing USD) that has no
 * exchange rate on or before the record's date, stored or in this import;
 * VND needs none. Each names the currency column and its cell (the amount's
 * column is in the text). Up to 1000 a money column.
 */
export async function missingRateProblems(
  store: Store,
  entity: Entity,
  newView: string,
  newViews: Map<string, string>,
): Promise<ImportProblem[]> {
  if (entity.money.length === 0) return [];
  const rates = rateDays(newViews);
  const out: ImportProblem[] = [];
  for (const m of entity.money) {
    const cur = ident(m.currency);
    const amount = ident(m.amount);
    // For each record: the currency it needs, and USD (every amount is reported in USD and VND).
    const rows = await store.all<
      RowOrigin & {
        currency: string;
        own: string;
        d: Date;
      }
    >(`
      WITH first_rate AS (SELECT currency, min("on") AS first_on FROM (${rates.join(" UNION ALL ")}) GROUP BY currency),
      needs AS (
        SELECT _source, _sheet, _row, ${m.dateSql} AS d, ${cur} AS own, unnest(list_distinct([${cur}, 'USD'])) AS currency
        FROM ${newView} WHERE ${amount} IS NOT NULL AND ${cur} IS NOT NULL AND (${m.dateSql}) IS NOT NULL
      )
      SELECT n._source, n._sheet, n._row, n.currency, n.own, n.d FROM needs n LEFT JOIN first_rate f USING (currency)
      WHERE n.currency <> 'VND' AND (f.first_on IS NULL OR f.first_on > n.d)
      ORDER BY n._source, n._row LIMIT 1000`);
    for (const r of rows) {
      const day = r.d.toISOString().slice(0, 10);
      const shown = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
      out.push({
        ...rowLocation(r),
        // the currency's cell is what lacks a rate (the amount itself is fine)
        column: m.currency,
        value: r.own,
        code: "no_rate",
        text: {
          vi: `không có tỷ giá ${r.currency} vào hoặc trước ngày ${shown} để quy đổi ${m.amount}; hãy nhập tỷ giá vào bảng exchange_rates`,
          en: `no ${r.currency} exchange rate on or before ${shown} to convert ${m.amount}; add it to exchange_rates`,
        },
      });
    }
  }
  return out;
}

/**
 * Whether some row of `newView` lacks an exchange rate (see
 * {@link missingRateProblems}): the earliest date each currency is needed on,
 * by a parallel aggregate, against its first rate; no row numbers.
 */
export async function hasMissingRates(
  store: Store,
  entity: Entity,
  newView: string,
  newViews: Map<string, string>,
): Promise<boolean> {
  if (entity.money.length === 0) return false;
  const rates = rateDays(newViews);
  for (const m of entity.money) {
    const cur = ident(m.currency);
    const amount = ident(m.amount);
    const [r] = await store.all<{ missing: boolean }>(`
      WITH first_rate AS (SELECT currency, min("on") AS first_on FROM (${rates.join(" UNION ALL ")}) GROUP BY currency),
      needs AS (
        SELECT currency, min(d) AS d FROM (
          SELECT ${cur} AS currency, ${m.dateSql} AS d
          FROM ${newView} WHERE ${amount} IS NOT NULL AND ${cur} IS NOT NULL AND (${m.dateSql}) IS NOT NULL
        ) GROUP BY currency
      ),
      -- every amount needs USD too, from the earliest date of any currency
      all_needs AS (SELECT currency, d FROM needs UNION ALL SELECT 'USD', min(d) FROM needs)
      SELECT EXISTS (
        SELECT 1 FROM all_needs n LEFT JOIN first_rate f USING (currency)
        WHERE n.d IS NOT NULL AND n.currency <> 'VND' AND (f.first_on IS NULL OR f.first_on > n.d)
      ) AS missing`);
    if (r?.missing === true) return true;
  }
  return false;
}
