import { defineIndicator } from "../defineIndicator.ts";
import { aidDisbursementsByDate, sumUsd } from "../scans.ts";

/** aid.disbursed_usd — Disbursements in the period, in USD at the last rate on or before the disbursement date. */
export const aidDisbursedUsd = defineIndicator({
  id: "aid.disbursed_usd",
  label: { vi: "Giá trị viện trợ giải ngân (USD)", en: "Aid disbursed (USD)" },
  definition: {
    vi: "Tổng giá trị giải ngân trong kỳ, quy ra USD theo tỷ giá gần nhất trước hoặc vào ngày giải ngân",
    en: "Disbursements in the period, in USD at the last rate on or before the disbursement date",
  },
  periodRule: {
    vi: "Theo ngày giải ngân (disbursed_on)",
    en: "By disbursed_on",
  },
  unit: "USD",
  direction: "up",
  dimensions: ["country", "ngo", "sector", "sector_category", "project"],
  additive: true,
  scan: aidDisbursementsByDate,
  value: () => sumUsd,
});
