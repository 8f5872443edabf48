import { activeAgreementRule } from "../activeAgreementRule.ts";
import { defineIndicator } from "../defineIndicator.ts";
import { agreementsAtPeriodEnd } from "../scans.ts";

/** agreements.active — Agreements and MOUs active at the period end. */
export const agreementsActive = defineIndicator({
  id: "agreements.active",
  label: { vi: "Thỏa thuận quốc tế còn hiệu lực", en: "Active agreements" },
  definition: {
    vi: "Số thỏa thuận quốc tế, biên bản ghi nhớ còn hiệu lực tại cuối kỳ",
    en: "Agreements and MOUs active at the period end",
  },
  periodRule: activeAgreementRule,
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "kind"],
  additive: true,
  scan: agreementsAtPeriodEnd,
  value: () => "count(*)",
});
