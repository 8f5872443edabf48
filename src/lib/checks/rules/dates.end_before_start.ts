import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { columnText, dateText, text } from "../messageText.ts";

/** Each pair [entity, start column, end column] where the end may not come before the start. */
export const datePairs = [
  ["delegations", "start_on", "end_on"],
  ["aid_projects", "start_on", "end_on"],
  ["consular_cases", "opened_on", "closed_on"],
  ["ngos", "registered_from", "registered_to"],
  ["agreements", "signed_on", "expires_on"],
] as const;

/**
 * The condition "ends before it starts" on a row aliased `alias`: one rule for
 * the check (`dates.end_before_start`) and the import, which refuses such rows.
 * The same day is fine; a missing date is not a finding.
 */
export function endBeforeStartSql(alias: string, start: string, end: string): string {
  return `${alias}.${end} < ${alias}.${start}`;
}

/** dates.end_before_start — a record that ends before it starts. */
export const datesEndBeforeStart = defineRule({
  id: "dates.end_before_start",
  title: { vi: "Ngày kết thúc trước ngày bắt đầu", en: "End date before start date" },
  explanation: {
    vi: "Một bản ghi không thể kết thúc trước khi bắt đầu: đoàn (end_on < start_on), dự án viện trợ (end_on < start_on), vụ việc lãnh sự (closed_on < opened_on), tổ chức phi chính phủ (registered_to < registered_from), thỏa thuận (expires_on < signed_on). Thường do gõ nhầm ngày hoặc đảo ngày/tháng. Cùng một ngày là hợp lệ.",
    en: "A record cannot end before it starts: delegations (end_on < start_on), aid projects (end_on < start_on), consular cases (closed_on < opened_on), NGOs (registered_to < registered_from), agreements (expires_on < signed_on). Usually a mistyped date or swapped day and month. The same day is fine.",
  },
  severity: "error",
  entities: datePairs.map((p) => p[0]),
  sql: () =>
    datePairs
      .map(
        ([entity, start, end]) =>
          `SELECT '${entity}' AS entity, ${keySql(entity)} AS record_key, '${start}' AS start_column, t.${start} AS start_value, '${end}' AS end_column, t.${end} AS end_value FROM ${entity} t WHERE ${endBeforeStartSql("t", start, end)}`,
      )
      .join("\nUNION ALL\n"),
  message: (row) => {
    const entity = text(row["entity"]);
    const start = text(row["start_column"]);
    const end = text(row["end_column"]);
    return {
      vi: `${columnText(entity, end, "vi")} là ${dateText(row["end_value"], "vi")}, trước ${columnText(entity, start, "vi", true)} ${dateText(row["start_value"], "vi")}. Hãy sửa ngày sai (kiểm tra cả việc đảo ngày/tháng) rồi nhập lại.`,
      en: `${columnText(entity, end, "en")} is ${dateText(row["end_value"], "en")}, before ${columnText(entity, start, "en", true)} ${dateText(row["start_value"], "en")}. Correct the wrong date (check for swapped day and month) and import again.`,
    };
  },
});
