import type { Lang } from "../../data/Bilingual.ts";
import { formatInteger, formatNumber, formatPercent, noData } from "../../data/format.ts";
import type { HeadlineFigure } from "./ReviewData.ts";

type Unit = HeadlineFigure["unit"];

/**
 * A figure as the report writes it: counts and persons whole (`1.234`),
 * percent with one decimal (`59,6%`), money whole with its currency
 * (`5.930.046 USD`, `1.234.567 ₫` / `1,234,567 VND`), days with the word.
 * Null is "không có dữ liệu" / "no data".
 */
export function formatFigure(value: number | null, unit: Unit | string, lang: Lang): string {
  if (value === null) return noData(lang);
  switch (unit) {
    case "percent":
      return formatPercent(value, { lang });
    case "USD":
      return `${formatInteger(value, { lang })} USD`;
    case "VND":
      return lang === "vi" ? `${formatInteger(value, { lang })} ₫` : `${formatInteger(value, { lang })} VND`;
    case "days":
      return `${formatInteger(value, { lang })} ${lang === "vi" ? "ngày" : Math.abs(value) === 1 ? "day" : "days"}`;
    case "count":
    case "persons":
      return formatInteger(value, { lang });
    default:
      return formatNumber(value, { lang });
  }
}

/**
 * A change as the report writes it, with its sign: `+11`, `-3`, and for
 * percent the difference in percentage points (`+5,2 điểm %` / `+5.2 pp`).
 */
export function formatChange(change: number | null, unit: Unit | string, lang: Lang): string {
  if (change === null) return noData(lang);
  const sign = change > 0 ? "+" : "";
  if (unit === "percent") {
    return `${sign}${formatNumber(change * 100, { lang, digits: 1 })} ${lang === "vi" ? "điểm %" : "pp"}`;
  }
  return `${sign}${formatFigure(change, unit, lang)}`;
}
