// The annual review: the figures of `doingoai report --year` for the chosen
// year, in the report's order (headline figures, plan and budget,
// delegations, agreements, strategy targets, data quality, proposals).
import { formatDateLong } from "doingoai/data/format";
import { recommendationColors, recommendationOrder } from "../agreementViews.js";
import { barChart } from "../barChart.js";
import { signedBeside } from "../closedPeriodMark.js";
import { el } from "../dom.js";
import { valueLabel, type Lang } from "../labels.js";
import type { IndicatorsData } from "../overview.js";
import type { SiteOffice } from "../pageTools.js";
import {
  planAndBudget,
  proposalList,
  reviewHeadlineTable,
  reviewScores,
  type Review,
} from "../reviewViews.js";
import { delegationsTrend } from "./delegationsTrend.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { withCode, wordsIn } from "./pageStrings.js";

/** The shape of data/review.json (see its loader): one review per year with data. */
export interface ReviewPageData {
  years: string[];
  reviews: Review[];
}

/** Every text of the review page, in Vietnamese and English. */
export const reviewStrings = {
  intro: {
    vi: "Cùng số liệu với lệnh `doingoai report --year` (số liệu tính đến ngày báo cáo).",
    en: "The same figures as `doingoai report --year` (as of the report date).",
  },
  title: {
    vi: (year: string) => `Báo cáo tổng kết công tác đối ngoại năm ${year}`,
    en: (year: string) => `External affairs: review of ${year}`,
  },
  dates: {
    vi: (reportDate: string, asOf: string) => `${reportDate}; số liệu tính đến ${asOf}`,
    en: (reportDate: string, asOf: string) => `${reportDate}; figures as of ${asOf}`,
  },
  headlineSection: { vi: "1. Các số liệu chính", en: "1. Key figures" },
  planSection: { vi: "2. Kế hoạch và kinh phí", en: "2. Plan and budget" },
  delegationsSection: { vi: "3. Đoàn ra, đoàn vào", en: "3. Delegations" },
  trendTitle: { vi: "Số đoàn theo năm", en: "Delegations per year" },
  trendDescription: {
    vi: "Số đoàn vào và đoàn ra mỗi năm; năm báo cáo được viền đậm.",
    en: "Inbound and outbound delegations each year; the year under review is outlined.",
  },
  agreementsSection: {
    vi: "4. Đánh giá các thỏa thuận quốc tế",
    en: "4. Review of international agreements",
  },
  scoreAxis: { vi: "Điểm", en: "Score" },
  scoreTitle: {
    vi: (asOf: string) => `Điểm và khuyến nghị của từng thỏa thuận (đến ${asOf})`,
    en: (asOf: string) => `Score and recommendation of each agreement (as of ${asOf})`,
  },
  scoreDescription: {
    vi: "Điểm đánh giá (0–100) của từng thỏa thuận còn hiệu lực, màu theo khuyến nghị.",
    en: "Review score (0–100) of each active agreement, coloured by recommendation.",
  },
  strategySection: { vi: "5. Thực hiện chỉ tiêu chiến lược", en: "5. Strategy targets" },
  noStrategy: {
    vi: "Không có dữ liệu: cơ quan chưa thông qua chiến lược nào (doingoai strategy adopt), nên không có chỉ tiêu.",
    en: "No data: the office has adopted no strategy (doingoai strategy adopt), so no targets.",
  },
  strategySource: {
    vi: (title: string, period: string, source: string) => `${title}, giai đoạn ${period} (${source}):`,
    en: (title: string, period: string, source: string) => `${title}, ${period} (${source}):`,
  },
  strategyElsewhere: {
    vi: (year: string) => `Không có dữ liệu: chiến lược hiện có không bao gồm năm ${year}.`,
    en: (year: string) => `No data: the strategy does not cover ${year}.`,
  },
  qualitySection: { vi: "6. Chất lượng dữ liệu", en: "6. Data quality" },
  qualitySummary: {
    vi: (errors: string, warnings: string) =>
      `${errors} lỗi, ${warnings} cảnh báo (xem trang Chất lượng dữ liệu).`,
    en: (errors: string, warnings: string) =>
      `${errors} errors, ${warnings} warnings (see the Data quality page).`,
  },
  proposalsSection: { vi: "7. Đề xuất", en: "7. Proposals" },
};

/** The review page in `lang`, from the site's office.json, review.json and indicators.json. */
export function reviewPage(
  lang: Lang,
  {
    office,
    review: data,
    indicators,
  }: { office: SiteOffice; review: ReviewPageData; indicators: IndicatorsData },
): HTMLElement {
  const s = wordsIn(reviewStrings, lang);
  const recommendation = (k: string) => valueLabel("recommendation", k, lang);
  const sections: PageSections = (year, { empty, chart }) => {
    const review = data.reviews.find((r) => String(r.year) === year);
    const agreements = review?.agreements.rows ?? [];
    const scored = review && agreements.length > 0 ? review : null;
    return [
      review
        ? el(
            "div",
            { class: "doingoai-review-head" },
            el("p", {}, `${review.province[lang].toUpperCase()} — ${review.agency[lang].toUpperCase()}`),
            el("h1", {}, s.title(year)),
            el(
              "p",
              { class: "muted" },
              s.dates(formatDateLong(review.reportDate, lang), formatDateLong(review.asOf, lang)),
            ),
          )
        : empty(),
      el("h2", {}, s.headlineSection),
      review
        ? signedBeside(reviewHeadlineTable(review, lang), office.closures ?? [], year, lang)
        : empty("section"),
      el("h2", {}, s.planSection),
      review ? planAndBudget(review, lang) : empty("section"),
      el("h2", {}, s.delegationsSection),
      chart((width) =>
        delegationsTrend(indicators, {
          width,
          lang,
          highlight: year,
          title: s.trendTitle,
          description: s.trendDescription,
        }),
      ),
      el("h2", {}, s.agreementsSection),
      chart(
        (width) =>
          scored &&
          barChart(reviewScores(scored, lang), {
            width,
            lang,
            groupLabel: recommendation,
            groupOrder: recommendationOrder,
            groupColors: recommendationColors,
            // a score of 0 is the agreement most in need of a decision: its row stays
            keepZero: true,
            xLabel: s.scoreAxis,
            title: s.scoreTitle(formatDateLong(scored.agreements.asOf, lang)),
            description: s.scoreDescription,
          }),
        scored !== null,
      ),
      agreements.length
        ? el(
            "ul",
            {},
            agreements.map((r) =>
              el(
                "li",
                {},
                el("strong", {}, r.title),
                ` (${r.partner}): ${r.score}/100, ${recommendation(r.recommendation)} — ${r.reasons.map((x) => x[lang]).join("; ")}.`,
              ),
            ),
          )
        : "",
      el("h2", {}, s.strategySection),
      !review
        ? empty("section")
        : review.strategy.coverage === "covering"
          ? [
              review.strategy.title && review.strategy.source
                ? el(
                    "p",
                    { class: "doingoai-strategy-source" },
                    s.strategySource(
                      review.strategy.title[lang],
                      (review.strategy.planPeriod ?? "").replace("-", "–"),
                      review.strategy.source[lang],
                    ),
                  )
                : null,
              el(
                "ul",
                {},
                review.strategy.targets.map((t) =>
                  el(
                    "li",
                    {},
                    `${t.id}. ${t.label[lang]}${Object.values(t.where).length ? ` (${Object.values(t.where).join(", ")})` : ""}: ${valueLabel("progress", t.status, lang)}.`,
                  ),
                ),
              ),
            ]
          : el(
              "p",
              { class: "muted doingoai-empty" },
              review.strategy.coverage === "none" ? s.noStrategy : s.strategyElsewhere(year),
            ),
      el("h2", {}, s.qualitySection),
      review
        ? el("p", {}, s.qualitySummary(String(review.quality.errors), String(review.quality.warnings)))
        : empty("section"),
      el("h2", {}, s.proposalsSection),
      review ? proposalList(review, lang) : empty("section"),
    ];
  };
  return pageFrame({
    path: "review",
    lang,
    office,
    intro: [el("p", {}, withCode(s.intro))],
    years: data.years,
    sections,
  });
}
