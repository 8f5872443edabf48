import { defineRule } from "../CheckRule.ts";
import { keySql } from "../checkSql.ts";
import { dateText, text } from "../messageText.ts";

/** activities.done_without_date — an activity marked done with no done date, or a done date on an activity not marked done. */
export const activitiesDoneWithoutDate = defineRule({
  id: "activities.done_without_date",
  title: {
    vi: "Trạng thái hoàn thành và ngày hoàn thành không khớp",
    en: "Done status and done date disagree",
  },
  explanation: {
    vi: "Hoạt động có trạng thái done phải có ngày hoàn thành (done_on), nếu không sẽ không tính được tỷ lệ đúng hạn (agreements.on_time_rate). Ngược lại, hoạt động đang planned hoặc in_progress mà đã có done_on thì trạng thái có lẽ chưa được cập nhật.",
    en: "An activity with status done needs its done date (done_on), or the on-time rate (agreements.on_time_rate) cannot count it. Conversely, a planned or in_progress activity that has a done_on probably has a stale status.",
  },
  severity: "warning",
  entities: ["agreement_activities"],
  sql: () => `SELECT 'agreement_activities' AS entity, ${keySql("agreement_activities")} AS record_key,
  t.agreement_id, t.status, t.due_on, t.done_on
FROM agreement_activities t
WHERE (t.status = 'done' AND t.done_on IS NULL) OR (t.status IN ('planned', 'in_progress') AND t.done_on IS NOT NULL)`,
  message: (row) =>
    row["status"] === "done"
      ? {
          vi: `Trạng thái done nhưng không có ngày hoàn thành (done_on). Hãy ghi ngày hoàn thành.`,
          en: `Status is done but done_on is empty. Fill in the date it was done.`,
        }
      : {
          vi: `Có ngày hoàn thành ${dateText(row["done_on"], "vi")} nhưng trạng thái là ${text(row["status"])}. Hãy đổi trạng thái thành done, hoặc xóa ngày hoàn thành nếu chưa xong.`,
          en: `Has done_on ${dateText(row["done_on"], "en")} but status ${text(row["status"])}. Set the status to done, or clear done_on if it is not done.`,
        },
});
