import { entities } from "../../../data/entities.ts";
import { ident, literal } from "../../store/sqlTypes.ts";
import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { columnText, dateText, moneyText, text } from "../messageText.ts";

const moneyEntities = entities.filter((e) => e.money.length > 0);

/** money.missing_rate — an amount that cannot be converted to VND or USD for want of an exchange rate. */
export const moneyMissingRate = defineRule({
  id: "money.missing_rate",
  title: { vi: "Số tiền không có tỷ giá", en: "Amount with no exchange rate" },
  explanation: {
    vi: "Mỗi số tiền được quy đổi sang VND và USD theo tỷ giá gần nhất vào hoặc trước ngày của bản ghi (bảng exchange_rates; kinh phí theo năm dùng ngày 31/12). Khi không có tỷ giá như vậy, số quy đổi trong các view v_* để trống và số tiền bị bỏ khỏi mọi chỉ số tính bằng VND/USD. Quy tắc kiểm tra mọi cột tiền: delegations.cost, aid_projects.committed_amount, aid_disbursements.amount, budgets.allocated, budgets.spent.",
    en: "Every amount is converted to VND and USD at the last rate on or before the record's date (exchange_rates; yearly budgets use 31/12). With no such rate the converted values in the v_* views are empty and the amount drops out of every VND/USD indicator. The rule checks every money column: delegations.cost, aid_projects.committed_amount, aid_disbursements.amount, budgets.allocated, budgets.spent.",
  },
  severity: "error",
  entities: moneyEntities.map((e) => e.name),
  sql: () =>
    moneyEntities
      .flatMap((e) =>
        e.money.map((m) => {
          const a = ident(m.amount);
          const cur = ident(m.currency);
          const rateOn = ident(m.amount + "_rate_on");
          const usdRateOn = ident(m.amount + "_usd_rate_on");
          return `SELECT ${literal(e.name)} AS entity, ${keySql(e.name)} AS record_key,
  ${literal(m.amount)} AS amount_column, t.${a} AS amount, t.${cur} AS currency, CAST(${m.dateSql} AS DATE) AS rate_date,
  concat_ws(', ', CASE WHEN t.${cur} <> 'VND' AND t.${rateOn} IS NULL THEN t.${cur} END,
    CASE WHEN t.${cur} <> 'USD' AND t.${usdRateOn} IS NULL THEN 'USD' END) AS missing_rates
FROM ${ident("v_" + e.name)} t
WHERE t.${a} IS NOT NULL AND (t.${ident(m.amount + "_vnd")} IS NULL OR t.${ident(m.amount + "_usd")} IS NULL)`;
        }),
      )
      .join("\nUNION ALL\n"),
  message: (row) => {
    const entity = text(row["entity"]);
    const column = text(row["amount_column"]);
    const amount = row["amount"];
    const currency = row["currency"];
    if (typeof currency !== "string" || currency === "") {
      return {
        vi: `${columnText(entity, column, "vi")} ${moneyText(amount, currency, "vi")} không có loại tiền nên không quy đổi được. Hãy ghi loại tiền (mã ISO 4217, ví dụ VND, USD).`,
        en: `${columnText(entity, column, "en")} ${moneyText(amount, currency, "en")} has no currency, so it cannot be converted. Fill in the currency (ISO 4217, e.g. VND, USD).`,
      };
    }
    const missing = text(row["missing_rates"]);
    return {
      vi: `${columnText(entity, column, "vi")} ${moneyText(amount, currency, "vi")} không quy đổi được sang VND/USD: thiếu tỷ giá ${missing} vào hoặc trước ngày ${dateText(row["rate_date"], "vi")}. Hãy thêm tỷ giá ${missing} (VND cho một đơn vị) vào bảng exchange_rates với ngày không muộn hơn ngày đó.`,
      en: `${columnText(entity, column, "en")} ${moneyText(amount, currency, "en")} cannot be converted to VND/USD: no ${missing} rate on or before ${dateText(row["rate_date"], "en")}. Add a ${missing} rate (VND per unit) to exchange_rates dated no later than that day.`,
    };
  },
});
