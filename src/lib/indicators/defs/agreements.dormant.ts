import { activeAgreementRule } from "../activeAgreementRule.ts";
import { defineIndicator } from "../defineIndicator.ts";
import { agreementsAtPeriodEnd } from "../scans.ts";

/** agreements.dormant — Agreements active at the period end, signed 12 months or more before it, with no activity done and no delegation linked to them in the 12 months up to the period end (a younger agreement is new, not dormant). */
export const agreementsDormant = defineIndicator({
  id: "agreements.dormant",
  label: { vi: "Thỏa thuận không có hoạt động", en: "Dormant agreements" },
  definition: {
    vi: "Số thỏa thuận còn hiệu lực tại cuối kỳ, đã ký từ 12 tháng trở lên, mà trong 12 tháng tính đến cuối kỳ không có hoạt động nào hoàn thành và không có đoàn nào gắn với thỏa thuận (thỏa thuận ký chưa đủ 12 tháng là mới ký, không tính)",
    en: "Agreements active at the period end, signed 12 months or more before it, with no activity done and no delegation linked to them in the 12 months up to the period end (a younger agreement is new, not dormant)",
  },
  periodRule: {
    vi: `${activeAgreementRule.vi}; ký từ 12 tháng trở lên: signed_on ≤ ngày đó − 12 tháng; 12 tháng: sau (ngày đó − 12 tháng) đến hết ngày đó, theo done_on và start_on`,
    en: `${activeAgreementRule.en}; 12 months old or more: signed_on ≤ that day − 12 months; 12 months: after (that day − 12 months) up to and including that day, by done_on and start_on`,
  },
  unit: "count",
  direction: "down",
  dimensions: ["country", "partner", "kind"],
  additive: true,
  scan: agreementsAtPeriodEnd,
  value: () => "count(*) FILTER (WHERE t.dormant)",
});
