import { defineIndicator } from "../defineIndicator.ts";
import { periodRules } from "../periodRules.ts";
import { agreementsBySigning } from "../scans.ts";

/** agreements.signed — Agreements and MOUs signed in the period (drafts excluded). */
export const agreementsSigned = defineIndicator({
  id: "agreements.signed",
  label: { vi: "Thỏa thuận quốc tế được ký", en: "Agreements signed" },
  definition: {
    vi: "Số thỏa thuận quốc tế, biên bản ghi nhớ ký trong kỳ (trừ bản dự thảo)",
    en: "Agreements and MOUs signed in the period (drafts excluded)",
  },
  periodRule: periodRules.signing,
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "kind"],
  additive: true,
  scan: agreementsBySigning,
  value: () => "count(*)",
});
