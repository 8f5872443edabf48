import { defineIndicator } from "../defineIndicator.ts";
import { consularByOpening } from "../scans.ts";

/** consular.cases — Consular cases opened in the period. */
export const consularCases = defineIndicator({
  id: "consular.cases",
  label: { vi: "Vụ việc lãnh sự", en: "Consular cases" },
  definition: {
    vi: "Số vụ việc lãnh sự mở trong kỳ",
    en: "Consular cases opened in the period",
  },
  periodRule: {
    vi: "Theo ngày mở (opened_on)",
    en: "By opened_on",
  },
  unit: "count",
  direction: "up",
  dimensions: ["country", "kind"],
  additive: true,
  scan: consularByOpening,
  value: () => "count(*)",
});
