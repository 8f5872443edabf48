import { defineRule } from "../CheckRule.ts";
import { isShareUnitSql, isStockSql, keySql, periodBoundsSql } from "../checkSql.ts";
import { dateText, numberText, text } from "../messageText.ts";
import type { CheckRow } from "../CheckRule.ts";
import type { Lang } from "../../../data/Bilingual.ts";

const b = periodBoundsSql("t.period");

function wholeText(row: CheckRow, lang: Lang): string {
  const period = row["whole_period"];
  if (typeof period === "string") {
    if (row["whole_kind"] === "year") return lang === "vi" ? `cả năm ${period}` : `the whole year ${period}`;
    return lang === "vi" ? `quý ${period}` : `the quarter ${period}`;
  }
  return lang === "vi"
    ? `lũy kế đến ${dateText(row["whole_as_of"], lang)}`
    : `the year to ${dateText(row["whole_as_of"], lang)}`;
}

/** published.month_above_year — a month's (or quarter's) published figure larger than its year or year-to-date figure. */
export const publishedMonthAboveYear = defineRule({
  id: "published.month_above_year",
  title: {
    vi: "Số liệu tháng/quý lớn hơn số cả năm hoặc lũy kế",
    en: "A month's or quarter's figure above the year or year-to-date figure",
  },
  explanation: {
    vi: "Với chỉ tiêu dòng (số phát sinh trong kỳ, ví dụ vốn đăng ký mới), số của một phần không thể lớn hơn số của toàn bộ chứa nó. Quy tắc so sánh, cùng chỉ tiêu và cùng đơn vị (mọi nguồn): số của một tháng (2019-03) hoặc một quý (2019Q1) với số cả năm (2019), số của tháng với số của quý chứa nó, và với số lũy kế từ đầu năm (dòng chỉ có ngày as_of, cùng năm, as_of không sớm hơn cuối tháng/quý). Mỗi số của phần lớn hơn được báo một lần, so với số toàn bộ nhỏ nhất mà nó vượt. Không áp dụng cho chỉ tiêu tồn (id có active hoặc stock, ví dụ fdi.active_projects, và fdi.registered_capital_usd: số cuối năm có thể thấp hơn một tháng) và đơn vị tỷ lệ (%).",
    en: "For a flow indicator (counted over a period, e.g. newly registered capital), a part cannot exceed the whole that contains it. The rule compares, for the same indicator and unit (any source): a month's (2019-03) or quarter's (2019Q1) figure with the year's (2019), a month's with its quarter's, and with a year-to-date figure (a row with only an as_of date, in the same year, no earlier than the end of the month or quarter). A part larger than a whole is reported once, against the smallest whole it exceeds. Stock indicators (an id with active or stock, e.g. fdi.active_projects, and fdi.registered_capital_usd: the year-end level can be below a month's) and share units (%) are not checked.",
  },
  severity: "error",
  entities: ["published_figures"],
  sql: () => `WITH f AS (
  SELECT t.indicator, t.period, t.as_of, t.value, t.unit, t.source, ${keySql("published_figures")} AS record_key,
    ${b.kind} AS kind, ${b.start} AS p_start, ${b.end} AS p_end
  FROM published_figures t
  WHERE NOT ${isStockSql("t.indicator")} AND NOT ${isShareUnitSql("t.unit")}
), parts AS (
  SELECT * FROM f WHERE kind IN ('month', 'quarter')
), wholes AS (
  SELECT indicator, unit, value, source, kind, period, NULL::DATE AS as_of, p_start AS w_start, p_end AS w_end
  FROM f WHERE kind IN ('year', 'quarter')
  UNION ALL
  SELECT indicator, unit, value, source, 'to_date', NULL, as_of, make_date(year(as_of), 1, 1), as_of
  FROM f WHERE period IS NULL AND as_of IS NOT NULL
)
SELECT 'published_figures' AS entity, p.record_key, p.indicator, p.period, p.value, p.unit, p.source,
  w.kind AS whole_kind, w.period AS whole_period, w.as_of AS whole_as_of, w.value AS whole_value, w.source AS whole_source
FROM parts p JOIN wholes w ON w.indicator = p.indicator AND w.unit = p.unit
  AND year(w.w_start) = year(p.p_start) AND w.w_start <= p.p_start AND w.w_end >= p.p_end
  AND w.w_end - w.w_start > p.p_end - p.p_start
WHERE p.value > w.value
QUALIFY row_number() OVER (PARTITION BY p.record_key ORDER BY w.value, w.w_end, w.source) = 1
ORDER BY p.indicator, p.period`,
  message: (row) => ({
    vi: `Chỉ tiêu ${text(row["indicator"])} kỳ ${text(row["period"])} là ${numberText(row["value"], "vi")} ${text(row["unit"])}, lớn hơn số ${wholeText(row, "vi")} là ${numberText(row["whole_value"], "vi")} (nguồn ${text(row["whole_source"])}). Số của một tháng/quý không thể vượt số cả năm hoặc lũy kế: hãy đối chiếu cả hai số với nguồn công bố (kỳ, đơn vị, số lũy kế hay số trong kỳ).`,
    en: `Indicator ${text(row["indicator"])} for ${text(row["period"])} is ${numberText(row["value"], "en")} ${text(row["unit"])}, more than ${wholeText(row, "en")} at ${numberText(row["whole_value"], "en")} (source ${text(row["whole_source"])}). A month's or quarter's figure cannot exceed the year or year-to-date figure: check both against the publication (period, unit, cumulative or in-period figure).`,
  }),
});
