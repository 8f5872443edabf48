// Investment promotion: the year's figures, the funnel from first contact to
// registration (all, by channel, by country), registered capital over the
// years and the year's promotion trips.
import * as Inputs from "@observablehq/inputs";
import { formatDate, formatNumber } from "doingoai/data/format";
import { el } from "../dom.js";
import { funnelChart, funnelSplitChart } from "../funnelChart.js";
import { funnelOfYear, funnelSplit, type InvestmentData } from "../investmentViews.js";
import { ui, valueLabel, type Lang } from "../labels.js";
import { valuesFor, type IndicatorsData } from "../overview.js";
import type { SiteOffice } from "../pageTools.js";
import { trendChart } from "../trendChart.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { wordsIn } from "./pageStrings.js";

/** Every text of the investment page, in Vietnamese and English. */
export const investmentStrings = {
  heading: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
  funnelSection: { vi: "Từ tiếp xúc đến cấp chứng nhận đầu tư", en: "From first contact to registration" },
  funnelIntro: {
    vi: (year: string) => `Nhà đầu tư được tiếp xúc lần đầu trong năm ${year}, và các bước họ đã đi đến nay.`,
    en: (year: string) => `Investors first met in ${year}, and how far they have gone by now.`,
  },
  funnelTitle: {
    vi: (year: string) => `Phễu đầu tư, nhà đầu tư tiếp xúc năm ${year}`,
    en: (year: string) => `Investment funnel, investors first met in ${year}`,
  },
  funnelDescription: {
    vi: "Số nhà đầu tư ở từng bước: tiếp xúc, khảo sát thực địa, ký MOU, cấp chứng nhận đầu tư; kèm tỷ lệ so với số tiếp xúc.",
    en: "Investors at each stage: contact, site visit, MOU, registration; with the share of those contacted.",
  },
  channelTitle: { vi: "Theo kênh tiếp xúc", en: "By channel" },
  channelDescription: {
    vi: "Phễu đầu tư theo kênh tiếp xúc.",
    en: "The investment funnel by channel of first contact.",
  },
  countryTitle: { vi: "Theo quốc gia", en: "By country" },
  countryDescription: {
    vi: "Phễu đầu tư theo quốc gia của nhà đầu tư.",
    en: "The investment funnel by the investor's country.",
  },
  capitalSection: { vi: "Vốn đăng ký", en: "Registered capital" },
  capitalSeries: { vi: "Vốn đăng ký (USD)", en: "Registered capital (USD)" },
  capitalTitle: {
    vi: "Vốn đăng ký của các dự án được cấp chứng nhận, theo năm",
    en: "Registered capital of the projects registered each year",
  },
  capitalDescription: {
    vi: "Tổng vốn đăng ký (USD) của nhà đầu tư được cấp chứng nhận đầu tư trong mỗi năm.",
    en: "Total registered capital (USD) of the investors registered in each year.",
  },
  tripsSection: {
    vi: (year: string) => `Các chuyến xúc tiến đầu tư năm ${year}`,
    en: (year: string) => `Investment-promotion trips in ${year}`,
  },
  tripColumns: {
    vi: {
      delegation: "Mã đoàn",
      start: "Ngày đi",
      country: "Quốc gia",
      contacts: "Nhà đầu tư tiếp xúc",
      registered: "Đã cấp chứng nhận",
      capitalUsd: "Vốn đăng ký (USD)",
    },
    en: {
      delegation: "Delegation",
      start: "Departure",
      country: "Country",
      contacts: "Investors met",
      registered: "Registered",
      capitalUsd: "Registered capital (USD)",
    },
  },
};

/** The investment page in `lang`, from the site's office.json, investment.json and indicators.json. */
export function investmentPage(
  lang: Lang,
  {
    office,
    investment: data,
    indicators,
  }: { office: SiteOffice; investment: InvestmentData; indicators: IndicatorsData },
): HTMLElement {
  const s = wordsIn(investmentStrings, lang);
  const stageLabel = (stage: string) => valueLabel("stage", stage, lang);
  const capital = data.yearly.map((d) => ({ period: d.period, series: "capital", value: d.capitalUsd }));
  const sections: PageSections = (year, { empty, chart, cards }) => {
    const values = valuesFor(indicators, year, [
      "investment.contacts",
      "investment.registered",
      "investment.registered_capital_usd",
      "investment.promotion_trips",
      "investment.conversion_rate",
    ]);
    const funnel = funnelOfYear(data, year);
    const trips = data.trips.filter((t) => t.period === year);
    const split = (dimension: "channel" | "country", title: string, description: string) =>
      chart(
        (width) =>
          funnelSplitChart(funnelSplit(data, year, dimension), {
            width,
            lang,
            stageLabel,
            keyLabel: (k) => valueLabel(dimension, k, lang),
            xLabel: ui.contacts[lang],
            title,
            description,
          }),
        funnel.length > 0,
      );
    return [
      cards(values, 4),
      el("h2", {}, s.funnelSection),
      el("p", {}, s.funnelIntro(year)),
      chart(
        (width) =>
          funnelChart(funnel, {
            width,
            lang,
            stageLabel,
            title: s.funnelTitle(year),
            description: s.funnelDescription,
          }),
        funnel.length > 0,
      ),
      el(
        "div",
        { class: "grid grid-cols-2" },
        split("channel", s.channelTitle, s.channelDescription),
        split("country", s.countryTitle, s.countryDescription),
      ),
      el("h2", {}, s.capitalSection),
      chart((width) =>
        trendChart(capital, {
          width,
          lang,
          highlight: year,
          yLabel: "USD",
          seriesLabel: () => s.capitalSeries,
          title: s.capitalTitle,
          description: s.capitalDescription,
        }),
      ),
      el("h2", {}, s.tripsSection(year)),
      trips.length
        ? Inputs.table(trips, {
            columns: ["delegation", "start", "country", "contacts", "registered", "capitalUsd"],
            header: s.tripColumns,
            format: {
              start: (d: string) => formatDate(d),
              country: (c: string) => valueLabel("country", c, lang),
              capitalUsd: (v: number) => formatNumber(v, { lang, digits: 0 }),
            },
            select: false,
          })
        : empty(),
    ];
  };
  return pageFrame({
    path: "investment",
    lang,
    office,
    heading: s.heading,
    years: data.years,
    sections,
  });
}
