import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of agreement_activities.status: planned, in_progress, done, cancelled. */
export const activityStatuses = ["planned", "in_progress", "done", "cancelled"] as const;

/** agreement_activities — the concrete programme under each agreement. */
export const agreementActivitySchema = z.object({
  activity_id: col.id({
    vi: "mã hoạt động",
    label: { vi: "Mã hoạt động", en: "Activity id" },
    description: { vi: "Mã riêng của cơ quan cho hoạt động", en: "The office's own key for the activity" },
  }),
  agreement_id: col.id({
    vi: "mã thỏa thuận",
    ref: "agreements",
    label: { vi: "Mã thỏa thuận", en: "Agreement id" },
    description: { vi: "Thỏa thuận mà hoạt động thực hiện", en: "The agreement the activity implements" },
  }),
  title: col.text({
    vi: "tên hoạt động",
    label: { vi: "Tên hoạt động", en: "Title" },
    description: { vi: "Nội dung đã cam kết", en: "What was promised" },
  }),
  due_on: col.date({
    vi: "hạn",
    label: { vi: "Hạn hoàn thành", en: "Due on" },
    description: { vi: "Hạn hoàn thành (dd/mm/yyyy)", en: "Due date (dd/mm/yyyy)" },
  }),
  status: col.enum(activityStatuses, {
    vi: "trạng thái",
    label: { vi: "Trạng thái", en: "Status" },
    description: {
      vi: "Kế hoạch, đang thực hiện, hoàn thành, hủy",
      en: "Planned, in progress, done, cancelled",
    },
  }),
  done_on: optional(
    col.date({
      vi: "ngày hoàn thành",
      label: { vi: "Ngày hoàn thành", en: "Done on" },
      description: { vi: "Ngày hoàn thành thực tế", en: "Date actually done" },
    }),
  ),
  delegation_id: optional(
    col.id({
      vi: "mã đoàn",
      ref: "delegations",
      label: { vi: "Mã đoàn", en: "Delegation id" },
      description: { vi: "Đoàn thực hiện hoạt động (nếu có)", en: "Delegation that carried it out, if any" },
    }),
  ),
  notes: optional(
    col.text({
      vi: "ghi chú",
      label: { vi: "Ghi chú", en: "Notes" },
      description: { vi: "Ghi chú", en: "Notes" },
    }),
  ),
});

/** One row of agreement_activities (inferred from {@link agreementActivitySchema}). */
export type AgreementActivity = z.infer<typeof agreementActivitySchema>;

/** The agreement_activities entity: schema, columns, key and bilingual labels for import, templates and export. */
export const agreementActivities = defineEntity({
  name: "agreement_activities",
  label: { vi: "Hoạt động theo thỏa thuận", en: "Agreement activities" },
  schema: agreementActivitySchema,
  key: ["activity_id"],
});
