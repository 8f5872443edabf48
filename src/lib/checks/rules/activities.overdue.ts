import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, numberText, text } from "../messageText.ts";

/** activities.overdue — a planned or in-progress activity past its due date. */
export const activitiesOverdue = defineRule({
  id: "activities.overdue",
  title: { vi: "Hoạt động quá hạn chưa cập nhật", en: "Activity past due and not updated" },
  explanation: {
    vi: "Hoạt động còn ở trạng thái planned hoặc in_progress khi đã qua hạn (due_on trước ngày kiểm tra, mặc định hôm nay): hoặc hoạt động bị chậm và cần được đôn đốc, hoặc đã làm/đã hủy mà chưa cập nhật trạng thái.",
    en: "An activity still planned or in_progress after its due date (due_on before the check date, default today): either it is late and needs chasing, or it was done or cancelled and its status was not updated.",
  },
  severity: "warning",
  entities: ["agreement_activities"],
  sql: () => `SELECT 'agreement_activities' AS entity, ${keySql("agreement_activities")} AS record_key,
  t.agreement_id, t.title, t.status, t.due_on, CAST(date_diff('day', t.due_on, $as_of::DATE) AS INTEGER) AS days_late
FROM agreement_activities t
WHERE t.status IN ('planned', 'in_progress') AND t.due_on < $as_of::DATE
ORDER BY t.due_on`,
  message: (row) => ({
    vi: `"${text(row["title"])}" (thỏa thuận ${text(row["agreement_id"])}) hạn ${dateText(row["due_on"], "vi")}, đã quá ${numberText(row["days_late"], "vi")} ngày mà vẫn ở trạng thái ${text(row["status"])}. Hãy cập nhật trạng thái (done với ngày hoàn thành, hoặc cancelled) hoặc đôn đốc thực hiện.`,
    en: `"${text(row["title"])}" (agreement ${text(row["agreement_id"])}) was due ${dateText(row["due_on"], "en")}, ${numberText(row["days_late"], "en")} days ago, and is still ${text(row["status"])}. Update its status (done with its date, or cancelled) or chase it.`,
  }),
});
