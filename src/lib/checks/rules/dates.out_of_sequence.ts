import type { Lang } from "../../../data/Bilingual.ts";
import { defineRule, type CheckRow } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { columnText, dateText, entityText, text } from "../messageText.ts";

/** Steps that cannot come before an earlier one: [entity, earlier column, later column]. */
const steps = [
  ["investment_contacts", "first_contact_on", "site_visit_on"],
  ["investment_contacts", "first_contact_on", "mou_on"],
  ["investment_contacts", "first_contact_on", "registered_on"],
  ["investment_contacts", "first_contact_on", "dropped_on"],
  ["annual_plans", "submitted_on", "approved_on"],
] as const;

function earlierText(row: CheckRow, lang: Lang): string {
  const entity = text(row["earlier_entity"]);
  const column = columnText(entity, text(row["earlier_column"]), lang, true);
  if (entity === text(row["entity"])) return column;
  return lang === "vi"
    ? `${column} của ${entityText(entity, lang).toLowerCase()} ${text(row["earlier_key"])}`
    : `${column} of ${text(row["earlier_key"])}`;
}

/** dates.out_of_sequence — a later step dated before an earlier one (other than end before start). */
export const datesOutOfSequence = defineRule({
  id: "dates.out_of_sequence",
  title: { vi: "Các bước có ngày sai thứ tự", en: "Steps dated out of order" },
  explanation: {
    vi: "Các bước của một việc phải theo thứ tự: với nhà đầu tư, khảo sát (site_visit_on), ký MOU (mou_on), cấp đăng ký (registered_on) và dừng (dropped_on) không trước lần tiếp xúc đầu (first_contact_on); kế hoạch năm không được phê duyệt (approved_on) trước khi trình (submitted_on); khoản giải ngân viện trợ (disbursed_on) không trước ngày phê duyệt dự án (aid_projects.approved_on). Cùng ngày là hợp lệ.",
    en: "The steps of one thing come in order: for an investor, the site visit (site_visit_on), MOU (mou_on), registration (registered_on) and dropping out (dropped_on) do not come before the first contact (first_contact_on); an annual plan is not approved (approved_on) before it is submitted (submitted_on); an aid disbursement (disbursed_on) does not come before the project's approval (aid_projects.approved_on). The same day is fine.",
  },
  severity: "error",
  entities: ["investment_contacts", "annual_plans", "aid_disbursements", "aid_projects"],
  sql: () =>
    [
      ...steps.map(
        ([entity, earlier, later]) =>
          `SELECT '${entity}' AS entity, ${keySql(entity)} AS record_key, '${earlier}' AS earlier_column, t.${earlier} AS earlier_value, '${entity}' AS earlier_entity, NULL AS earlier_key, '${later}' AS later_column, t.${later} AS later_value FROM ${entity} t WHERE t.${later} < t.${earlier}`,
      ),
      `SELECT 'aid_disbursements' AS entity, ${keySql("aid_disbursements")} AS record_key, 'approved_on' AS earlier_column, p.approved_on AS earlier_value, 'aid_projects' AS earlier_entity, 'project_id=' || p.project_id AS earlier_key, 'disbursed_on' AS later_column, t.disbursed_on AS later_value FROM aid_disbursements t JOIN aid_projects p ON p.project_id = t.project_id WHERE t.disbursed_on < p.approved_on`,
    ].join("\nUNION ALL\n"),
  message: (row) => {
    const entity = text(row["entity"]);
    const later = text(row["later_column"]);
    return {
      vi: `${columnText(entity, later, "vi")} là ${dateText(row["later_value"], "vi")}, trước ${earlierText(row, "vi")} ${dateText(row["earlier_value"], "vi")}. Hãy sửa ngày sai (kiểm tra cả việc đảo ngày/tháng).`,
      en: `${columnText(entity, later, "en")} is ${dateText(row["later_value"], "en")}, before ${earlierText(row, "en")} ${dateText(row["earlier_value"], "en")}. Correct the wrong date (check for swapped day and month).`,
    };
  },
});
