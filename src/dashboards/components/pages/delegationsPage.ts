// Delegations: the year's figures, the trend by direction, the splits by level
// and purpose, the partner countries and the cost per delegation.
import { barChart } from "../barChart.js";
import {
  costPerDelegation,
  countriesOfYear,
  splitOfYear,
  trendOf,
  type DelegationsData,
} from "../delegationViews.js";
import { el } from "../dom.js";
import { ui, valueLabel, type Lang } from "../labels.js";
import { valuesFor, type IndicatorsData } from "../overview.js";
import type { SiteOffice } from "../pageTools.js";
import { trendChart } from "../trendChart.js";
import { worldMap, type WorldTopology } from "../worldMap.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { wordsIn } from "./pageStrings.js";

/** Every text of the delegations page, in Vietnamese and English. */
export const delegationsStrings = {
  heading: { vi: "Đoàn ra, đoàn vào", en: "Delegations" },
  trendTitle: { vi: "Số đoàn theo năm và chiều", en: "Delegations per year and direction" },
  trendDescription: {
    vi: "Số đoàn vào và đoàn ra bắt đầu trong mỗi năm.",
    en: "Inbound and outbound delegations starting in each year.",
  },
  levelTitle: {
    vi: (year: string) => `Theo cấp đoàn, năm ${year}`,
    en: (year: string) => `By level, ${year}`,
  },
  levelDescription: {
    vi: (year: string) => `Số đoàn năm ${year} theo cấp, tách đoàn vào và đoàn ra.`,
    en: (year: string) => `Delegations in ${year} by level, inbound and outbound.`,
  },
  purposeTitle: {
    vi: (year: string) => `Theo mục đích, năm ${year}`,
    en: (year: string) => `By purpose, ${year}`,
  },
  purposeDescription: {
    vi: (year: string) => `Số đoàn năm ${year} theo mục đích, tách đoàn vào và đoàn ra.`,
    en: (year: string) => `Delegations in ${year} by purpose, inbound and outbound.`,
  },
  mapTitle: {
    vi: (year: string) => `Quốc gia đối tác, năm ${year}`,
    en: (year: string) => `Partner countries, ${year}`,
  },
  mapDescription: {
    vi: (year: string) => `Bản đồ thế giới: số đoàn ra và đoàn vào năm ${year} theo quốc gia đối tác.`,
    en: (year: string) => `World map: inbound and outbound delegations in ${year} by partner country.`,
  },
  costTitle: {
    vi: (year: string) => `Chi phí mỗi đoàn (trung vị) theo cấp và chiều, năm ${year}`,
    en: (year: string) => `Cost per delegation (median) by level and direction, ${year}`,
  },
  costDescription: {
    vi: "Chi phí trung vị của một đoàn (VND) theo cấp đoàn và chiều đoàn ra, đoàn vào; chỉ tính các đoàn có ghi chi phí.",
    en: "Median cost of a delegation (VND) by level and direction; only delegations with a recorded cost count.",
  },
};

/** The delegations page in `lang`, from the site's office.json, delegations.json, indicators.json and world.json. */
export function delegationsPage(
  lang: Lang,
  files: {
    office: SiteOffice;
    delegations: DelegationsData;
    indicators: IndicatorsData;
    world: WorldTopology;
  },
): HTMLElement {
  const { office, delegations: data, indicators, world } = files;
  const s = wordsIn(delegationsStrings, lang);
  const direction = (d: string) => valueLabel("direction", d, lang);
  const sections: PageSections = (year, { chart, cards }) => {
    const values = valuesFor(indicators, year, [
      "delegations.inbound",
      "delegations.outbound",
      "delegations.person_trips",
      "delegations.in_plan_rate",
    ]);
    const countries = countriesOfYear(data, year);
    const costs = costPerDelegation(
      data,
      year,
      (level, d) => `${valueLabel("level", level, lang)} — ${direction(d)}`,
    );
    const split = (rows: DelegationsData["byLevel"], dimension: string, title: string, description: string) =>
      chart((width) =>
        barChart(splitOfYear(rows, year), {
          width,
          lang,
          keyLabel: (k) => valueLabel(dimension, k, lang),
          groupLabel: direction,
          xLabel: ui.delegations[lang],
          title,
          description,
        }),
      );
    return [
      cards(values, 4),
      chart((width) =>
        trendChart(trendOf(data), {
          width,
          lang,
          highlight: year,
          seriesLabel: direction,
          yLabel: ui.delegations[lang],
          title: s.trendTitle,
          description: s.trendDescription,
        }),
      ),
      el(
        "div",
        { class: "grid grid-cols-2" },
        split(data.byLevel, "level", s.levelTitle(year), s.levelDescription(year)),
        split(data.byPurpose, "purpose", s.purposeTitle(year), s.purposeDescription(year)),
      ),
      chart(
        (width) =>
          worldMap(world, countries, {
            width,
            lang,
            valueLabel: ui.delegations[lang],
            title: s.mapTitle(year),
            description: s.mapDescription(year),
          }),
        countries.length > 0,
      ),
      chart(
        (width) =>
          barChart(costs, {
            width,
            lang,
            unit: "VND",
            xLabel: ui.costPerDelegation[lang],
            title: s.costTitle(year),
            description: s.costDescription,
          }),
        costs.length > 0,
      ),
    ];
  };
  return pageFrame({
    path: "delegations",
    lang,
    office,
    heading: s.heading,
    years: data.years,
    sections,
  });
}
