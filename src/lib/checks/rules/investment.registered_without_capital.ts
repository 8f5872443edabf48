import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, text } from "../messageText.ts";

/** investment.registered_without_capital — an investor registered with no registered capital. */
export const investmentRegisteredWithoutCapital = defineRule({
  id: "investment.registered_without_capital",
  title: {
    vi: "Đã cấp đăng ký đầu tư nhưng thiếu vốn đăng ký",
    en: "Registered investor with no registered capital",
  },
  explanation: {
    vi: "Nhà đầu tư đã có ngày cấp giấy chứng nhận đăng ký đầu tư (registered_on) thì phải có vốn đăng ký (registered_capital_usd); nếu không, chỉ số investment.registered_capital_usd bị thiếu.",
    en: "An investor with an investment registration date (registered_on) needs its registered capital (registered_capital_usd), or investment.registered_capital_usd comes out short.",
  },
  severity: "warning",
  entities: ["investment_contacts"],
  sql: () => `SELECT 'investment_contacts' AS entity, ${keySql("investment_contacts")} AS record_key,
  t.company, t.registered_on, t.project_code
FROM investment_contacts t
WHERE t.registered_on IS NOT NULL AND t.registered_capital_usd IS NULL`,
  message: (row) => ({
    vi: `${text(row["company"])} được cấp đăng ký ngày ${dateText(row["registered_on"], "vi")} nhưng chưa có vốn đăng ký (registered_capital_usd). Hãy ghi vốn đăng ký theo giấy chứng nhận (USD).`,
    en: `${text(row["company"])} was registered on ${dateText(row["registered_on"], "en")} but has no registered_capital_usd. Fill in the capital on the certificate (USD).`,
  }),
});
