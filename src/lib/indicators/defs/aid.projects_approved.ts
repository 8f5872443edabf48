import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { aidProjectsByApproval } from "../scans.ts";

/** aid.projects_approved — Foreign NGO aid projects approved in the period (whatever their current status). */
export const aidProjectsApproved = defineIndicator({
  id: "aid.projects_approved",
  label: { vi: "Dự án viện trợ được phê duyệt", en: "Aid projects approved" },
  definition: {
    vi: "Số dự án viện trợ phi chính phủ nước ngoài được phê duyệt trong kỳ (mọi trạng thái hiện tại)",
    en: "Foreign NGO aid projects approved in the period (whatever their current status)",
  },
  periodRule: periodRules.approval,
  unit: "count",
  direction: "up",
  dimensions: ["country", "ngo", "sector", "sector_category", "status"],
  additive: true,
  scan: aidProjectsByApproval,
  value: () => "count(*)",
});
