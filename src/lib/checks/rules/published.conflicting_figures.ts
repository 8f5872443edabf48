import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, numberText, text } from "../messageText.ts";

/** published.conflicting_figures — two sources giving different values for the same indicator, period or date, and unit. */
export const publishedConflictingFigures = defineRule({
  id: "published.conflicting_figures",
  title: { vi: "Các nguồn công bố số liệu khác nhau", en: "Sources disagree on a figure" },
  explanation: {
    vi: "Cùng một chỉ tiêu, cùng kỳ (hoặc cùng ngày as_of) và cùng đơn vị nhưng các nguồn ghi giá trị khác nhau: các chỉ số và dự báo dùng số nào cũng có thể sai. Hãy chọn số chính thức và ghi rõ nguồn, hoặc xóa số không đúng.",
    en: "The same indicator, period (or as_of date) and unit with different values from different sources: whichever one indicators and forecasts use may be wrong. Choose the official figure and its source, or remove the wrong one.",
  },
  severity: "warning",
  entities: ["published_figures"],
  sql: () => `SELECT 'published_figures' AS entity, ${keySql("published_figures", "a")} AS record_key,
  a.indicator, a.period, a.as_of, a.value, a.unit, a.source,
  list(b.source ORDER BY b.source) AS other_sources, list(b.value ORDER BY b.source) AS other_values
FROM published_figures a JOIN published_figures b
  ON b.indicator = a.indicator AND b.unit = a.unit AND b.source <> a.source
  AND b.period IS NOT DISTINCT FROM a.period AND b.as_of IS NOT DISTINCT FROM a.as_of
  AND b.value <> a.value
GROUP BY ALL
ORDER BY a.indicator, a.period, a.as_of, a.source`,
  message: (row) => {
    const when = (lang: "vi" | "en") =>
      row["period"] !== null
        ? `${lang === "vi" ? "kỳ" : "for"} ${text(row["period"])}`
        : `${lang === "vi" ? "tính đến" : "as of"} ${dateText(row["as_of"], lang)}`;
    const sources = Array.isArray(row["other_sources"]) ? row["other_sources"] : [];
    const values = Array.isArray(row["other_values"]) ? row["other_values"] : [];
    const others = (lang: "vi" | "en") =>
      sources.map((s, i) => `${numberText(values[i], lang)} (${text(s)})`).join("; ");
    return {
      vi: `Chỉ tiêu ${text(row["indicator"])} ${when("vi")} là ${numberText(row["value"], "vi")} ${text(row["unit"])}, nhưng nguồn khác ghi ${others("vi")}. Hãy giữ một số chính thức.`,
      en: `Indicator ${text(row["indicator"])} ${when("en")} is ${numberText(row["value"], "en")} ${text(row["unit"])}, but another source gives ${others("en")}. Keep one official figure.`,
    };
  },
});
