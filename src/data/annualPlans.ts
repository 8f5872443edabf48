import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** annual_plans — the yearly external-affairs plan (kế hoạch đối ngoại hằng năm). */
export const annualPlanSchema = z.object({
  year: col.integer({
    vi: "năm",
    min: 1990,
    label: { vi: "Năm", en: "Year" },
    description: { vi: "Năm kế hoạch", en: "Plan year" },
  }),
  due_on: optional(
    col.date({
      vi: "hạn phê duyệt",
      label: { vi: "Hạn phê duyệt", en: "Due on" },
      description: {
        vi: "Hạn phê duyệt kế hoạch (mặc định 31/12 năm trước)",
        en: "When the plan should be approved (default 31/12 of the year before)",
      },
    }),
  ),
  submitted_on: optional(
    col.date({
      vi: "ngày trình",
      label: { vi: "Ngày trình", en: "Submitted on" },
      description: { vi: "Ngày trình phê duyệt", en: "Date submitted for approval" },
    }),
  ),
  approved_on: optional(
    col.date({
      vi: "ngày phê duyệt",
      label: { vi: "Ngày phê duyệt", en: "Approved on" },
      description: { vi: "Ngày được phê duyệt", en: "Date approved" },
    }),
  ),
  planned_inbound: optional(
    col.integer({
      vi: "số đoàn vào kế hoạch",
      min: 0,
      label: { vi: "Đoàn vào theo kế hoạch", en: "Planned inbound" },
      description: { vi: "Số đoàn vào dự kiến", en: "Inbound delegations planned" },
    }),
  ),
  planned_outbound: optional(
    col.integer({
      vi: "số đoàn ra kế hoạch",
      min: 0,
      label: { vi: "Đoàn ra theo kế hoạch", en: "Planned outbound" },
      description: { vi: "Số đoàn ra dự kiến", en: "Outbound delegations planned" },
    }),
  ),
});

/** One row of annual_plans (inferred from {@link annualPlanSchema}). */
export type AnnualPlan = z.infer<typeof annualPlanSchema>;

/** The annual_plans entity (one external-affairs plan a year): schema, columns, key and labels. */
export const annualPlans = defineEntity({
  name: "annual_plans",
  label: { vi: "Kế hoạch đối ngoại hằng năm", en: "Annual plans" },
  schema: annualPlanSchema,
  key: ["year"],
  derivedDefaults: { due_on: "make_date(year - 1, 12, 31)" },
});
