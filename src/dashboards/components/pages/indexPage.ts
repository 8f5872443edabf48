// The overview: the headline figures of the chosen year, the alerts that need
// a decision, and delegations over the years.
import { alertList } from "../alertList.js";
import { el } from "../dom.js";
import { ui, type Lang } from "../labels.js";
import { valuesFor, type IndicatorsData } from "../overview.js";
import type { SiteOffice } from "../pageTools.js";
import { delegationsTrend } from "./delegationsTrend.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { wordsIn } from "./pageStrings.js";

/** Every text of the overview, in Vietnamese and English. */
export const indexStrings = {
  heading: { vi: "Công tác đối ngoại — tổng quan", en: "External affairs — overview" },
  trendSection: { vi: "Đoàn ra, đoàn vào qua các năm", en: "Delegations over the years" },
  trendTitle: { vi: "Số đoàn theo năm", en: "Delegations per year" },
  trendDescription: {
    vi: "Số đoàn vào và đoàn ra mỗi năm; năm đang chọn được viền đậm.",
    en: "Inbound and outbound delegations each year; the chosen year is outlined.",
  },
};

/** The overview page in `lang`, from the site's office.json and indicators.json. */
export function indexPage(
  lang: Lang,
  { office, indicators }: { office: SiteOffice; indicators: IndicatorsData },
): HTMLElement {
  const s = wordsIn(indexStrings, lang);
  const sections: PageSections = (year, { chart, cards }) => {
    const values = valuesFor(indicators, year);
    return [
      cards(values, 4),
      el("h2", {}, ui.alerts[lang]),
      alertList(indicators.alerts, year, lang),
      el("h2", {}, s.trendSection),
      chart((width) =>
        delegationsTrend(indicators, {
          width,
          lang,
          highlight: year,
          title: s.trendTitle,
          description: s.trendDescription,
        }),
      ),
    ];
  };
  return pageFrame({
    path: "index",
    lang,
    office,
    heading: s.heading,
    years: indicators.years,
    sections,
  });
}
