import type { Lang } from "../../../data/Bilingual.ts";
import { formatDate, formatFigure } from "../../../data/format.ts";
import { parsePeriod } from "../../../data/periods.ts";
import { isHalfYear, periodPhrase } from "../reviewPeriod.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import type { HeadlineFigure, ReviewData } from "../ReviewData.ts";

/** What every section of the report reads: the review, the language and a few shorthands. */
export interface SectionContext {
  data: ReviewData;
  lang: Lang;
  /** The Vietnamese or the English of a pair, by `lang`. */
  t<T>(vi: T, en: T): T;
  /** A figure in its unit ({@link formatFigure}) in `lang`. */
  fig(value: number | null, unit: string): string;
  /** The headline figure of an indicator, if the review has it. */
  get(indicator: string): HeadlineFigure | undefined;
  /** The headline figure of an indicator as written ("không có dữ liệu" when absent). */
  val(indicator: string): string;
  /** "Tỉnh Thái Nguyên" heads the document; in a sentence it reads "tỉnh Thái Nguyên". */
  provinceInText: string;
  /** The period in a sentence: "năm 2019" / "2019"; "6 tháng đầu năm 2024" / "the first half of 2024". */
  periodIn: { vi: string; en: string };
  /** The same, opening a Vietnamese sentence: "Năm 2019", "6 tháng đầu năm 2024". */
  PeriodIn: { vi: string; en: string };
  /** The period's last day, dd/mm/yyyy: stocks are read then. */
  periodEnd: string;
  /** True for the six-month review (sơ kết): the year's planned delegations are held at 50%. */
  half: boolean;
}

/** A section of the report: the blocks it adds, in order. */
export type ReportSection = (ctx: SectionContext) => ReportBlock[];

/** The context of the sections of `data` in `lang`. */
export function sectionContext(data: ReviewData, lang: Lang): SectionContext {
  const fig = (value: number | null, unit: string) => formatFigure(value, unit, lang);
  const get = (id: string) => data.headline.find((h) => h.indicator === id);
  const periodIn = { vi: periodPhrase(data.period, "vi"), en: periodPhrase(data.period, "en") };
  return {
    data,
    lang,
    t: (vi, en) => (lang === "vi" ? vi : en),
    fig,
    get,
    val: (id) => {
      const h = get(id);
      return h ? fig(h.value, h.unit) : fig(null, "count");
    },
    provinceInText: data.province.vi.replace(/^(Tỉnh|Thành phố) /u, (m) => m.toLowerCase()),
    periodIn,
    PeriodIn: {
      vi: `${periodIn.vi.charAt(0).toLocaleUpperCase("vi-VN")}${periodIn.vi.slice(1)}`,
      en: periodIn.en,
    },
    periodEnd: formatDate(parsePeriod(data.period).end),
    half: isHalfYear(data.period),
  };
}

/** Block constructors, so that a section reads as the document does. */
export const block = {
  h1: (text: string): ReportBlock => ({ kind: "heading", level: 1, text }),
  h2: (text: string): ReportBlock => ({ kind: "heading", level: 2, text }),
  para: (text: string): ReportBlock => ({ kind: "paragraph", text }),
  list: (items: string[]): ReportBlock => ({ kind: "list", items }),
};
