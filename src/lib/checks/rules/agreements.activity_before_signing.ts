import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, text } from "../messageText.ts";

/** agreements.activity_before_signing — an activity done before its agreement was signed. */
export const agreementsActivityBeforeSigning = defineRule({
  id: "agreements.activity_before_signing",
  title: {
    vi: "Hoạt động hoàn thành trước khi ký thỏa thuận",
    en: "Activity done before its agreement was signed",
  },
  explanation: {
    vi: "Một hoạt động trong chương trình của thỏa thuận không thể hoàn thành trước ngày ký thỏa thuận đó (agreement_activities.done_on < agreements.signed_on). Thường do sai ngày hoàn thành, sai ngày ký, hoặc gắn nhầm hoạt động vào thỏa thuận khác.",
    en: "An activity in an agreement's programme cannot be done before that agreement was signed (agreement_activities.done_on < agreements.signed_on). Usually a wrong done date, a wrong signing date, or the activity attached to the wrong agreement.",
  },
  severity: "error",
  entities: ["agreement_activities", "agreements"],
  sql: () => `SELECT 'agreement_activities' AS entity, ${keySql("agreement_activities", "a")} AS record_key,
  a.agreement_id, a.done_on, g.signed_on
FROM agreement_activities a JOIN agreements g ON g.agreement_id = a.agreement_id
WHERE a.done_on < g.signed_on`,
  message: (row) => ({
    vi: `Hoàn thành ngày ${dateText(row["done_on"], "vi")}, trước ngày ký thỏa thuận ${text(row["agreement_id"])} (${dateText(row["signed_on"], "vi")}). Hãy sửa ngày hoàn thành (done_on), ngày ký (signed_on) hoặc mã thỏa thuận (agreement_id).`,
    en: `Done on ${dateText(row["done_on"], "en")}, before agreement ${text(row["agreement_id"])} was signed (${dateText(row["signed_on"], "en")}). Correct done_on, the agreement's signed_on, or agreement_id.`,
  }),
});
