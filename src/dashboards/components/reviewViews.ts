import type { BarDatum } from "./barChart.js";
import { el } from "./dom.js";
import { formatDate, formatNumber, formatPercent, formatChange } from "doingoai/data/format";
import { formatValue } from "./headlineCard.js";
import type { Bilingual, Lang } from "./labels.js";

/** The review of one year as `doingoai report` builds it (src/lib/report/ReviewData.ts), as the page reads it. */
export interface Review {
  year: number;
  reportDate: string;
  asOf: string;
  province: Bilingual;
  agency: Bilingual;
  headline: {
    indicator: string;
    group: string;
    label: Bilingual;
    unit: string;
    value: number | null;
    previous: number | null;
    change: number | null;
    plan: number | null;
    planRatio: number | null;
  }[];
  plan: { due_on: string; submitted_on: string | null; approved_on: string | null } | null;
  receptionBudget: { allocatedVnd: number | null; spentVnd: number | null } | null;
  agreements: {
    asOf: string;
    rows: {
      title: string;
      /** Short name, unique in the review: "Luang Prabang (Lào) · MOU 2020". */
      label: Bilingual;
      partner: string;
      score: number;
      recommendation: string;
      reasons: Bilingual[];
    }[];
    counts: Record<string, number>;
  };
  strategy: {
    coverage: string;
    /** The strategy named for a person (adopted version and date, or the file's name): no path. */
    source: Bilingual | null;
    title: Bilingual | null;
    planPeriod: string | null;
    targets: {
      id: string;
      label: Bilingual;
      where: Record<string, string>;
      status: string;
      actual: number | null;
      path: number | null;
      unit: string;
    }[];
  };
  quality: { errors: number; warnings: number };
  proposals: { id: string; finding: Bilingual; proposal: Bilingual }[];
}

const head = {
  vi: ["Chỉ tiêu", "Năm trước", "Năm nay", "Thay đổi", "Kế hoạch"],
  en: ["Indicator", "Previous year", "This year", "Change", "Plan"],
};

/** The headline figures of the review as a table; `data-indicator`/`data-value` carry the exact numbers. */
export function reviewHeadlineTable(review: Review, lang: Lang): HTMLTableElement {
  const change = (value: number | null, unit: string) => formatChange(value, unit, lang);
  return el(
    "table",
    { class: "doingoai-table" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        head[lang].map((h) => el("th", {}, h)),
      ),
    ),
    el(
      "tbody",
      {},
      review.headline.map((f) =>
        el(
          "tr",
          { "data-indicator": f.indicator, "data-value": f.value ?? "" },
          el("td", {}, f.label[lang]),
          el("td", { class: "num" }, formatValue(f.previous, f.unit, lang)),
          el("td", { class: "num" }, el("strong", {}, formatValue(f.value, f.unit, lang))),
          el("td", { class: "num" }, change(f.change, f.unit)),
          el(
            "td",
            { class: "num" },
            f.plan === null
              ? "—"
              : `${formatValue(f.plan, f.unit, lang)} (${formatPercent(f.planRatio, { lang, digits: 0 })})`,
          ),
        ),
      ),
    ),
  );
}

/** Plan timeliness and reception budget, in one or two sentences. */
export function planAndBudget(review: Review, lang: Lang): HTMLElement {
  const p = review.plan;
  const b = review.receptionBudget;
  const vi = lang === "vi";
  return el(
    "ul",
    {},
    el(
      "li",
      {},
      p === null
        ? vi
          ? "Chưa ghi nhận kế hoạch đối ngoại năm."
          : "No annual plan recorded."
        : vi
          ? `Kế hoạch năm: hạn phê duyệt ${formatDate(p.due_on)}, phê duyệt ${formatDate(p.approved_on, { lang })}.`
          : `Annual plan: due ${formatDate(p.due_on)}, approved ${formatDate(p.approved_on, { lang })}.`,
    ),
    el(
      "li",
      {},
      b === null
        ? vi
          ? "Chưa ghi nhận kinh phí đón tiếp."
          : "No reception budget recorded."
        : vi
          ? `Kinh phí đón tiếp khách nước ngoài: dự toán ${formatNumber(b.allocatedVnd, { lang })} ₫, đã chi ${formatNumber(b.spentVnd, { lang })} ₫.`
          : `Foreign-guest reception budget: allocated ${formatNumber(b.allocatedVnd, { lang })} VND, spent ${formatNumber(b.spentVnd, { lang })} VND.`,
    ),
  );
}

/**
 * The scores of the agreements reviewed, grouped by recommendation, each bar named by its short
 * label in `lang` (titles such as "Biên bản ghi nhớ hợp tác Luang Prabang 20…" read alike once cut).
 */
export function reviewScores(review: Review, lang: Lang): BarDatum[] {
  return review.agreements.rows.map((r) => ({ key: r.label[lang], value: r.score, group: r.recommendation }));
}

/** The proposals drawn from the data, each with its finding. */
export function proposalList(review: Review, lang: Lang): HTMLElement {
  if (review.proposals.length === 0) {
    return el("p", { class: "muted" }, lang === "vi" ? "Không có đề xuất." : "No proposals.");
  }
  return el(
    "ol",
    {},
    review.proposals.map((p) =>
      el("li", { "data-proposal": p.id }, el("strong", {}, p.proposal[lang]), " — ", p.finding[lang]),
    ),
  );
}
