import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/**
 * The range an exchange rate (`exchange_rates.vnd_per_unit`, đồng per unit of
 * the currency) must fall in: from 0,01 to 1.000.000 đồng. Every currency
 * lies well inside (the Iranian rial is about 0,6 đồng, the Kuwaiti dinar
 * about 85.000 đồng), so a rate outside is a unit or typing mistake (a rate
 * per 100 or per 1.000 units, a number with zeros too many) that would
 * multiply every amount in that currency; a rate of 0 would erase them.
 */
export const rateBound = { min: 0.01, max: 1_000_000 } as const;

interface Found extends RowOrigin {
  currency: string | null;
  rate: number;
}

/** New exchange rates outside {@link rateBound} (or not finite), each with its file, row and column. */
export async function plausibleRates(
  store: Store,
  entity: Entity,
  newView: string,
): Promise<ImportProblem[]> {
  if (entity.name !== "exchange_rates") return [];
  const rows = await store.all<Found>(
    `SELECT _source, _sheet, _row, currency, CAST(vnd_per_unit AS DOUBLE) AS rate FROM ${newView}
     WHERE vnd_per_unit IS NOT NULL
       AND (NOT isfinite(CAST(vnd_per_unit AS DOUBLE)) OR vnd_per_unit < ${rateBound.min} OR vnd_per_unit > ${rateBound.max})
     ORDER BY _source, _row LIMIT ${listed}`,
  );
  const vi = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  const en = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return rows.map((r) => ({
    ...rowLocation(r),
    column: "vnd_per_unit",
    value: `${vi(r.rate)} VND/${r.currency ?? "?"}`,
    code: "implausible_rate",
    text: {
      vi: `tỷ giá không hợp lý; cần từ ${vi(rateBound.min)} đến ${vi(rateBound.max)} đồng cho một đơn vị ngoại tệ — kiểm tra đơn vị (tỷ giá cho 1 đơn vị, không phải 100 hay 1.000) và số chữ số 0`,
      en: `implausible exchange rate; expected ${en(rateBound.min)} to ${en(rateBound.max)} đồng per unit of the currency — check the unit (per 1 unit, not per 100 or 1,000) and the number of zeros`,
    },
  }));
}
