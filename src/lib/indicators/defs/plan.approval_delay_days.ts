import { defineIndicator } from "../defineIndicator.ts";
import { plansByYear } from "../scans.ts";

/** plan.approval_delay_days — approved_on − due_on of the year's external-affairs plan (due_on defaults to 31/12 of the year before); negative is early; not approved gives no data. */
export const planApprovalDelayDays = defineIndicator({
  id: "plan.approval_delay_days",
  label: { vi: "Số ngày chậm phê duyệt kế hoạch đối ngoại năm", en: "Annual plan approval delay (days)" },
  definition: {
    vi: "approved_on − due_on của kế hoạch đối ngoại năm (due_on mặc định 31/12 năm trước); âm là phê duyệt sớm; chưa phê duyệt thì không có số liệu",
    en: "approved_on − due_on of the year's external-affairs plan (due_on defaults to 31/12 of the year before); negative is early; not approved gives no data",
  },
  periodRule: {
    vi: "Kế hoạch của năm Y tính vào kỳ năm Y; kỳ quý, tháng không có số liệu",
    en: "The plan of year Y is in period Y; quarter and month periods have no data",
  },
  unit: "days",
  direction: "down",
  dimensions: [],
  additive: false,
  scan: plansByYear,
  value: () => "max(datediff('day', coalesce(t.due_on, make_date(t.\"year\" - 1, 12, 31)), t.approved_on))",
});
