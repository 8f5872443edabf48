// International agreements and MOUs: the year's figures, the portfolio review
// (score and recommendation of each agreement) and each agreement's activities.
import * as Inputs from "@observablehq/inputs";
import { formatDate, formatPercent } from "doingoai/data/format";
import {
  recommendationColors,
  recommendationOrder,
  reviewsOf,
  scoresOf,
  timelineOf,
  timelineStatuses,
  type AgreementsData,
} from "../agreementViews.js";
import { barChart } from "../barChart.js";
import { el } from "../dom.js";
import { valueLabel, type Bilingual, type Lang } from "../labels.js";
import { valuesFor, type IndicatorsData } from "../overview.js";
import { noYear, type SiteOffice } from "../pageTools.js";
import { timelineChart } from "../timelineChart.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { wordsIn } from "./pageStrings.js";

/** Every text of the agreements page, in Vietnamese and English. */
export const agreementsStrings = {
  heading: { vi: "Thỏa thuận quốc tế và biên bản ghi nhớ", en: "International agreements and MOUs" },
  reviewSection: {
    vi: (date: string) => `Đánh giá danh mục thỏa thuận đến ${date}`,
    en: (date: string) => `Portfolio review as of ${date}`,
  },
  scoreFormula: {
    vi: "Điểm 0–100 = 50% tỷ lệ thực hiện hoạt động đến hạn + 20% đúng hạn + 30% mức độ gần đây của hoạt động.",
    en: "Score 0–100 = 50% activities done of those due + 20% done on time + 30% recency of activity.",
  },
  scoreAxis: { vi: "Điểm", en: "Score" },
  scoreTitle: {
    vi: "Điểm và khuyến nghị của từng thỏa thuận",
    en: "Score and recommendation of each agreement",
  },
  scoreDescription: {
    vi: "Điểm đánh giá của từng thỏa thuận còn hiệu lực, màu theo khuyến nghị: duy trì, thúc đẩy lại, xem xét chấm dứt.",
    en: "Review score of each active agreement, coloured by recommendation: keep, reinvigorate, review for termination.",
  },
  reviewColumns: {
    vi: {
      title: "Thỏa thuận",
      partner: "Đối tác",
      signed: "Ngày ký",
      followThrough: "Thực hiện",
      overdue: "Quá hạn",
      state: "Tình trạng",
      score: "Điểm",
      recommendation: "Khuyến nghị",
      reasons: "Lý do",
    },
    en: {
      title: "Agreement",
      partner: "Partner",
      signed: "Signed",
      followThrough: "Follow-through",
      overdue: "Overdue",
      state: "State",
      score: "Score",
      recommendation: "Recommendation",
      reasons: "Reasons",
    },
  },
  programmeSection: {
    vi: "Chương trình hoạt động của từng thỏa thuận",
    en: "The programme of each agreement",
  },
  severalActivities: {
    vi: (count: string) => `${count} hoạt động trong tháng`,
    en: (count: string) => `${count} activities in the month`,
  },
  timelineTitle: { vi: "Các hoạt động theo thỏa thuận", en: "Activities by agreement" },
  timelineDescription: {
    vi: "Mỗi hàng là một thỏa thuận; mỗi dấu là một hoạt động ở ngày đến hạn (hoặc ngày thực hiện), hình và màu theo tình trạng; đường đứt là ngày đánh giá.",
    en: "One row per agreement; each mark is an activity at its due date (or the date it was done), shaped and coloured by status; the dashed line is the review date.",
  },
};

/** A table that fits its column, every row shown and every cell whole (style.css: .doingoai-fit-table). */
function fitTable(...args: Parameters<typeof Inputs.table>): HTMLElement {
  return el("div", { class: "doingoai-fit-table" }, Inputs.table(...args) as HTMLElement);
}

/** The agreements page in `lang`, from the site's office.json, agreements.json and indicators.json. */
export function agreementsPage(
  lang: Lang,
  {
    office,
    agreements: data,
    indicators,
  }: { office: SiteOffice; agreements: AgreementsData; indicators: IndicatorsData },
): HTMLElement {
  const s = wordsIn(agreementsStrings, lang);
  const recommendation = (k: string) => data.recommendations[k]?.[lang] ?? k;
  const sections: PageSections = (year, { empty, chart, cards }) => {
    const values = valuesFor(indicators, year, [
      "agreements.active",
      "agreements.signed",
      "agreements.follow_through",
      "agreements.on_time_rate",
      "agreements.dormant",
      "agreements.reported_on_time_rate",
    ]);
    const reviews = reviewsOf(data, year);
    const timeline = timelineOf(data, year, s.severalActivities, lang);
    const asOf = reviews[0]?.asOf
      ? formatDate(reviews[0].asOf)
      : /^\d{4}$/.test(year)
        ? formatDate(`${year}-12-31`)
        : noYear;
    return [
      cards(values, 3),
      el("h2", {}, s.reviewSection(asOf)),
      el("p", {}, s.scoreFormula),
      chart(
        (width) =>
          barChart(scoresOf(data, year, lang), {
            width,
            lang,
            groupLabel: recommendation,
            groupOrder: recommendationOrder,
            groupColors: recommendationColors,
            // a score of 0 is the agreement most in need of a decision: its row stays
            keepZero: true,
            xLabel: s.scoreAxis,
            title: s.scoreTitle,
            description: s.scoreDescription,
          }),
        reviews.length > 0,
      ),
      reviews.length
        ? fitTable(reviews, {
            columns: [
              "title",
              "partner",
              "signed",
              "followThrough",
              "overdue",
              "state",
              "score",
              "recommendation",
              "reasons",
            ],
            header: s.reviewColumns,
            format: {
              signed: (d: string) => formatDate(d),
              followThrough: (v: number | null) => formatPercent(v, { lang }),
              state: (k: string) => data.states[k]?.[lang] ?? k,
              recommendation,
              reasons: (rs: Bilingual[]) => rs.map((r) => r[lang]).join("; "),
            },
            // the table fits the column: cells wrap (style.css, .doingoai-fit-table) rather than cut a
            // title to "…" (two MOUs with one partner then read alike) or hide the
            // last columns past a sideways scroll; every row is drawn, none waits for a scroll
            layout: "auto",
            rows: reviews.length + 1,
            select: false,
          })
        : empty(),
      el("h2", {}, s.programmeSection),
      chart(
        (width) =>
          timelineChart(timeline, {
            width,
            lang,
            statuses: timelineStatuses.filter((status) => timeline.some((t) => t.status === status)),
            statusLabel: (status) => valueLabel("activityStatus", status, lang),
            today: reviews[0]?.asOf,
            title: s.timelineTitle,
            description: s.timelineDescription,
          }),
        timeline.length > 0,
      ),
    ];
  };
  return pageFrame({
    path: "agreements",
    lang,
    office,
    heading: s.heading,
    years: data.years,
    sections,
  });
}
