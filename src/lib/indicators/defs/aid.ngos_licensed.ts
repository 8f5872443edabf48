import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { aidProjectsByApproval } from "../scans.ts";

/** aid.ngos_licensed — Distinct foreign NGOs with at least one aid project approved in the period; country is the NGO's headquarters. */
export const aidNgosLicensed = defineIndicator({
  id: "aid.ngos_licensed",
  label: { vi: "Tổ chức PCPNN có dự án được phê duyệt", en: "NGOs licensed" },
  definition: {
    vi: "Số tổ chức phi chính phủ nước ngoài (đếm riêng biệt) có ít nhất một dự án viện trợ được phê duyệt trong kỳ; country là nước đặt trụ sở",
    en: "Distinct foreign NGOs with at least one aid project approved in the period; country is the NGO's headquarters",
  },
  periodRule: periodRules.approval,
  unit: "count",
  direction: "up",
  dimensions: ["country", "ngo", "sector", "sector_category"],
  additive: false,
  scan: aidProjectsByApproval,
  value: () => "count(DISTINCT t.ngo_id)",
});
