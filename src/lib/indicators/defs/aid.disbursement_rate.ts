import { defineIndicator } from "../defineIndicator.ts";
import { aidProjectsActive } from "../scans.ts";

/** aid.disbursement_rate — Disbursed to the period end / committed, over the projects active in the period (approved by the period end, not ended before the period start, not cancelled or revoked); USD at each date's rate. */
export const aidDisbursementRate = defineIndicator({
  id: "aid.disbursement_rate",
  label: { vi: "Tỷ lệ giải ngân viện trợ", en: "Aid disbursement rate" },
  definition: {
    vi: "Giải ngân lũy kế đến cuối kỳ / giá trị cam kết, trên các dự án hoạt động trong kỳ (phê duyệt đến cuối kỳ, chưa kết thúc trước đầu kỳ, không bị hủy hay thu hồi); USD theo tỷ giá từng ngày",
    en: "Disbursed to the period end / committed, over the projects active in the period (approved by the period end, not ended before the period start, not cancelled or revoked); USD at each date's rate",
  },
  periodRule: {
    vi: "Dự án hoạt động trong kỳ: approved_on ≤ cuối kỳ, end_on trống hoặc ≥ đầu kỳ, status không phải cancelled/revoked; giải ngân có disbursed_on ≤ cuối kỳ",
    en: "Projects active in the period: approved_on ≤ period end, end_on empty or ≥ period start, status not cancelled/revoked; disbursements with disbursed_on ≤ period end",
  },
  unit: "percent",
  direction: "up",
  dimensions: ["country", "ngo", "sector", "sector_category"],
  additive: false,
  scan: aidProjectsActive,
  value: () => "sum(t.disbursed_usd) / nullif(sum(t.committed_amount_usd), 0)",
});
