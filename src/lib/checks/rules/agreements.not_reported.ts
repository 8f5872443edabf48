import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, numberText } from "../messageText.ts";

/** agreements.not_reported — an agreement not reported within 15 days of signing. */
export const agreementsNotReported = defineRule({
  id: "agreements.not_reported",
  title: { vi: "Thỏa thuận chưa báo cáo trong 15 ngày", en: "Agreement not reported within 15 days" },
  explanation: {
    vi: "Thỏa thuận quốc tế phải được báo cáo (Thủ tướng/Bộ Ngoại giao) trong vòng 15 ngày kể từ ngày ký. Báo khi reported_on muộn hơn signed_on + 15 ngày, hoặc khi chưa có reported_on mà đã quá hạn đó tính đến ngày kiểm tra (mặc định hôm nay). Thỏa thuận ở trạng thái draft không bị kiểm tra.",
    en: "An international agreement must be reported (to the Prime Minister/MOFA) within 15 days of signing. Reported when reported_on is later than signed_on + 15 days, or when reported_on is empty and that deadline has passed by the check date (default today). Draft agreements are not checked.",
  },
  severity: "warning",
  entities: ["agreements"],
  sql: () => `SELECT 'agreements' AS entity, ${keySql("agreements")} AS record_key,
  t.signed_on, CAST(t.signed_on + INTERVAL 15 DAY AS DATE) AS report_due_on, t.reported_on,
  CAST(date_diff('day', t.signed_on + INTERVAL 15 DAY, coalesce(t.reported_on, $as_of::DATE)) AS INTEGER) AS days_late
FROM agreements t
WHERE t.status <> 'draft' AND (t.reported_on > t.signed_on + INTERVAL 15 DAY
  OR (t.reported_on IS NULL AND t.signed_on + INTERVAL 15 DAY < $as_of::DATE))
ORDER BY t.signed_on`,
  message: (row) =>
    row["reported_on"] === null
      ? {
          vi: `Ký ngày ${dateText(row["signed_on"], "vi")}, hạn báo cáo ${dateText(row["report_due_on"], "vi")}, đã quá ${numberText(row["days_late"], "vi")} ngày mà chưa có ngày báo cáo (reported_on). Hãy báo cáo, hoặc ghi ngày đã báo cáo.`,
          en: `Signed ${dateText(row["signed_on"], "en")}, report due ${dateText(row["report_due_on"], "en")}, ${numberText(row["days_late"], "en")} days overdue with no reported_on. Report it, or record the date it was reported.`,
        }
      : {
          vi: `Ký ngày ${dateText(row["signed_on"], "vi")} nhưng báo cáo ngày ${dateText(row["reported_on"], "vi")}, trễ ${numberText(row["days_late"], "vi")} ngày so với hạn 15 ngày (${dateText(row["report_due_on"], "vi")}). Hãy kiểm tra lại ngày; nếu đúng, ghi nhận việc báo cáo trễ.`,
          en: `Signed ${dateText(row["signed_on"], "en")} but reported ${dateText(row["reported_on"], "en")}, ${numberText(row["days_late"], "en")} days after the 15-day deadline (${dateText(row["report_due_on"], "en")}). Check the dates; if right, note the late report.`,
        },
});
