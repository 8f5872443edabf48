import { defineRule } from "../CheckRule.ts";
import { isStockSql, isTerminationSql, keySql, periodBoundsSql } from "../checkSql.ts";
import { dateText, numberText, text } from "../messageText.ts";

const b = periodBoundsSql("t.period");

/** An id that would record terminations for a stock: fdi.active_projects → fdi.terminated_projects. */
function terminationExample(indicator: string): string {
  if (/(^|[._])active([._]|$)/.test(indicator))
    return indicator.replace(/(^|[._])active([._]|$)/, "$1terminated$2");
  const dot = indicator.indexOf(".");
  return dot < 0
    ? `${indicator}.terminated`
    : `${indicator.slice(0, dot)}.terminated_${indicator.slice(dot + 1)}`;
}

/** published.stock_falls — a published stock lower than the figure before it, with no recorded termination to explain it. */
export const publishedStockFalls = defineRule({
  id: "published.stock_falls",
  title: {
    vi: "Số liệu tồn giảm mà không ghi nhận chấm dứt/thu hồi",
    en: "A published stock falls with no recorded termination",
  },
  explanation: {
    vi: "Chỉ tiêu tồn (id có active hoặc stock, ví dụ fdi.active_projects, fdi.active_capital_usd, và fdi.registered_capital_usd — vốn đăng ký của các dự án còn hiệu lực) chỉ giảm khi có dự án chấm dứt hoặc bị thu hồi. Các số liệu của cùng chỉ tiêu và đơn vị được xếp theo ngày (as_of, hoặc ngày cuối của kỳ); mỗi lần số sau nhỏ hơn số liền trước bị báo, trừ khi published_figures ghi nhận số chấm dứt/thu hồi (id có terminated, revoked hoặc withdrawn, cùng tiền tố trước dấu chấm và cùng đơn vị, ví dụ fdi.terminated_projects) trong khoảng giữa hai ngày, đủ bù phần giảm. Số liệu có ngày as_of mà không có kỳ được coi là tính từ đầu năm đến ngày đó.",
    en: "A stock indicator (an id with active or stock, e.g. fdi.active_projects, fdi.active_capital_usd, and fdi.registered_capital_usd — the registered capital of the active projects) falls only when projects are terminated or revoked. The figures of one indicator and unit are ordered by date (as_of, or the last day of the period); each figure below the one before it is reported, unless published_figures records terminations or revocations (an id with terminated, revoked or withdrawn, the same prefix before the dot and the same unit, e.g. fdi.terminated_projects) between the two dates that cover the drop. A termination figure with only an as_of date counts from the start of that year.",
  },
  severity: "warning",
  entities: ["published_figures"],
  sql: () => `WITH f AS (
  SELECT t.indicator, t.unit, t.value, t.source, ${keySql("published_figures")} AS record_key,
    coalesce(t.as_of, ${b.end}) AS on_date
  FROM published_figures t
  WHERE ${isStockSql("t.indicator")} AND coalesce(t.as_of, ${b.end}) IS NOT NULL
), s AS (
  SELECT *, lag(value) OVER w AS previous_value, lag(on_date) OVER w AS previous_on, lag(source) OVER w AS previous_source
  FROM f WINDOW w AS (PARTITION BY indicator, unit ORDER BY on_date, value)
), term AS (
  SELECT split_part(t.indicator, '.', 1) AS ns, t.unit, t.value,
    CASE WHEN t.period IS NULL THEN make_date(year(t.as_of), 1, 1) ELSE ${b.start} END AS t_start,
    coalesce(${b.end}, t.as_of) AS t_end
  FROM published_figures t WHERE ${isTerminationSql("t.indicator")}
)
SELECT 'published_figures' AS entity, s.record_key, s.indicator, s.unit,
  s.previous_on, s.previous_value, s.on_date, s.value, s.previous_value - s.value AS fall,
  coalesce(sum(term.value), 0) AS recorded_terminations
FROM s LEFT JOIN term ON term.ns = split_part(s.indicator, '.', 1) AND term.unit = s.unit
  AND term.t_end > s.previous_on AND term.t_start <= s.on_date
WHERE s.value < s.previous_value
GROUP BY ALL
HAVING coalesce(sum(term.value), 0) < s.previous_value - s.value
ORDER BY s.indicator, s.on_date`,
  message: (row) => {
    const unit = text(row["unit"]);
    const example = `${terminationExample(text(row["indicator"]))}, ${unit}`;
    const terminated = typeof row["recorded_terminations"] === "number" ? row["recorded_terminations"] : 0;
    return {
      vi: `Chỉ tiêu tồn ${text(row["indicator"])} giảm từ ${numberText(row["previous_value"], "vi")} ${unit} (${dateText(row["previous_on"], "vi")}) xuống ${numberText(row["value"], "vi")} ${unit} (${dateText(row["on_date"], "vi")}), giảm ${numberText(row["fall"], "vi")}${terminated > 0 ? `, trong khi chỉ ghi nhận ${numberText(terminated, "vi")} chấm dứt/thu hồi` : ", không có ghi nhận chấm dứt/thu hồi nào"}. Số tồn chỉ giảm khi có chấm dứt hoặc thu hồi: hãy ghi nhận số chấm dứt/thu hồi trong khoảng này (ví dụ chỉ tiêu ${example}) hoặc đối chiếu lại số liệu với nguồn.`,
      en: `Stock ${text(row["indicator"])} falls from ${numberText(row["previous_value"], "en")} ${unit} (${dateText(row["previous_on"], "en")}) to ${numberText(row["value"], "en")} ${unit} (${dateText(row["on_date"], "en")}), down ${numberText(row["fall"], "en")}${terminated > 0 ? `, while only ${numberText(terminated, "en")} terminations/revocations are recorded` : ", with no termination or revocation recorded"}. A stock falls only through terminations or revocations: record them for this interval (e.g. indicator ${example}) or check the figure against its source.`,
    };
  },
});
