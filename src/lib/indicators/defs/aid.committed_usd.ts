import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { aidCommitmentsByApproval, sumUsd } from "../scans.ts";

/** aid.committed_usd — Committed value of the projects approved in the period, in USD at the last rate on or before the approval date. */
export const aidCommittedUsd = defineIndicator({
  id: "aid.committed_usd",
  label: { vi: "Giá trị viện trợ cam kết (USD)", en: "Aid committed (USD)" },
  definition: {
    vi: "Tổng giá trị cam kết của các dự án được phê duyệt trong kỳ, quy ra USD theo tỷ giá gần nhất trước hoặc vào ngày phê duyệt",
    en: "Committed value of the projects approved in the period, in USD at the last rate on or before the approval date",
  },
  periodRule: periodRules.approval,
  unit: "USD",
  direction: "up",
  dimensions: ["country", "ngo", "sector", "sector_category", "status"],
  additive: true,
  scan: aidCommitmentsByApproval,
  value: () => sumUsd,
});
