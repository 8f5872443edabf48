import { defineRule } from "../CheckRule.ts";
import { moneyText } from "../messageText.ts";

/** aid.disbursed_over_committed — a project that disbursed more than it committed. */
export const aidDisbursedOverCommitted = defineRule({
  id: "aid.disbursed_over_committed",
  title: { vi: "Giải ngân vượt số cam kết", en: "Disbursed more than committed" },
  explanation: {
    vi: "Tổng giải ngân của một dự án viện trợ không được vượt giá trị cam kết. Khi mọi khoản giải ngân cùng loại tiền với cam kết, so sánh bằng chính loại tiền đó (không bị nhiễu tỷ giá); nếu khác loại tiền, so sánh bằng USD theo tỷ giá của từng ngày (v_aid_projects, v_aid_disbursements). So sánh sau khi làm tròn đến 2 chữ số thập phân. Khoản thiếu tỷ giá được báo ở quy tắc money.missing_rate và bỏ qua ở đây.",
    en: "An aid project's total disbursements must not exceed its committed value. When every disbursement is in the commitment's currency, they are compared in that currency (no exchange-rate noise); otherwise in USD at each date's rate (v_aid_projects, v_aid_disbursements). Compared after rounding to 2 decimals. Amounts with no rate are reported by money.missing_rate and skipped here.",
  },
  severity: "error",
  entities: ["aid_projects", "aid_disbursements"],
  sql: () => `WITH d AS (
  SELECT project_id,
    count(DISTINCT currency) AS currencies, any_value(currency) AS currency,
    sum(amount) AS amount, sum(amount_usd) AS amount_usd,
    count(*) FILTER (WHERE amount_usd IS NULL) AS no_rate
  FROM v_aid_disbursements GROUP BY project_id
), c AS (
  SELECT p.project_id,
    d.currencies = 1 AND d.currency = p.currency AS same_currency,
    p.currency AS project_currency, p.committed_amount, p.committed_amount_usd,
    d.amount AS disbursed_amount, d.amount_usd AS disbursed_usd, d.no_rate
  FROM v_aid_projects p JOIN d ON d.project_id = p.project_id
)
SELECT 'aid_projects' AS entity, 'project_id=' || project_id AS record_key,
  CASE WHEN same_currency THEN project_currency ELSE 'USD' END AS currency,
  NOT same_currency AS converted_to_usd,
  CASE WHEN same_currency THEN committed_amount ELSE committed_amount_usd END AS committed,
  CASE WHEN same_currency THEN disbursed_amount ELSE disbursed_usd END AS disbursed
FROM c
WHERE CASE WHEN same_currency THEN round(disbursed_amount, 2) > round(committed_amount, 2)
  ELSE no_rate = 0 AND committed_amount_usd IS NOT NULL AND round(disbursed_usd, 2) > round(committed_amount_usd, 2) END`,
  message: (row) => {
    const cur = row["currency"];
    const over =
      typeof row["disbursed"] === "number" && typeof row["committed"] === "number"
        ? row["disbursed"] - row["committed"]
        : null;
    const converted = row["converted_to_usd"] === true;
    return {
      vi: `Đã giải ngân ${moneyText(row["disbursed"], cur, "vi")}, vượt giá trị cam kết ${moneyText(row["committed"], cur, "vi")} (thừa ${moneyText(over, cur, "vi")})${converted ? ", quy đổi USD theo tỷ giá từng ngày" : ""}. Hãy kiểm tra các khoản giải ngân (trùng, sai số tiền, sai loại tiền, sai mã dự án) hoặc cập nhật giá trị cam kết nếu dự án đã được điều chỉnh.`,
      en: `Disbursed ${moneyText(row["disbursed"], cur, "en")}, more than the committed ${moneyText(row["committed"], cur, "en")} (over by ${moneyText(over, cur, "en")})${converted ? ", converted to USD at each date's rate" : ""}. Check the disbursements (duplicates, wrong amount, currency or project id) or update the committed value if the project was amended.`,
    };
  },
});
