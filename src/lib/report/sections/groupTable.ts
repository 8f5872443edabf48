import { formatChange, formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import type { HeadlineGroup } from "../ReviewData.ts";
import { periodColumn, previousColumn } from "../reviewPeriod.ts";
import type { SectionContext } from "./SectionContext.ts";

/** The titles of the groups of headline figures, one table each. */
export const groupTitles: Record<HeadlineGroup, { vi: string; en: string }> = {
  delegations: { vi: "Đoàn ra, đoàn vào", en: "Delegations" },
  investment: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
  aid: { vi: "Viện trợ phi chính phủ nước ngoài", en: "Foreign NGO aid" },
  agreements: { vi: "Thỏa thuận quốc tế", en: "International agreements" },
  plan_budget: { vi: "Kế hoạch và kinh phí", en: "Plan and budget" },
  consular: { vi: "Công tác lãnh sự", en: "Consular work" },
};

/**
 * The table of a group's headline figures: this year, last year, the change,
 * and the plan where the year has one (the plan columns only when a figure of
 * the group has a plan; an empty "Kế hoạch" column says nothing). A half-year
 * is held to half the year's plan, and the column says so. The columns are
 * headed by the figures' own period: in a six-month review the yearly records
 * (plan approval, reception budget) are "Năm 2024 | Năm 2023", not the halves.
 */
export function groupTable(
  { data, lang, t, fig, half }: SectionContext,
  group: HeadlineGroup,
): ReportBlock[] {
  const figures = data.headline.filter((h) => h.group === group);
  if (figures.length === 0) return [];
  const withPlan = figures.some((h) => h.plan !== null);
  // the label says "(USD)": the cells carry the number only
  const cellFig = (value: number | null, unit: string) =>
    unit === "days" && value !== null && value < 0
      ? t(
          `sớm ${formatInteger(-value, { lang })} ngày`,
          `${formatInteger(-value, { lang })} ${value === -1 ? "day" : "days"} early`,
        )
      : fig(value, unit === "USD" ? "count" : unit);
  // a group's figures share one period (the yearly records are a group of their own);
  // one that differs from the first says so in its label
  const period = figures[0]!.period;
  const head = [
    groupTitles[group][lang],
    periodColumn(period, lang),
    previousColumn(period, lang),
    t("Tăng/giảm", "Change"),
  ];
  const rows = figures.map((h) => [
    h.period === period ? h.label[lang] : `${h.label[lang]} (${periodColumn(h.period, lang)})`,
    cellFig(h.value, h.unit),
    cellFig(h.previous, h.unit),
    formatChange(h.change, h.unit === "USD" ? "count" : h.unit, lang),
    ...(withPlan
      ? [
          h.plan === null ? "—" : cellFig(h.plan, h.unit),
          h.planRatio === null ? "—" : fig(h.planRatio, "percent"),
        ]
      : []),
  ]);
  return [
    {
      kind: "table",
      head: withPlan
        ? [
            ...head,
            half ? t("Kế hoạch (50% năm)", "Plan (50% of year)") : t("Kế hoạch", "Plan"),
            t("So với kế hoạch", "Against plan"),
          ]
        : head,
      rows,
      align: withPlan
        ? ["left", "right", "right", "right", "right", "right"]
        : ["left", "right", "right", "right"],
      widths: withPlan ? [30, 14, 14, 16, 11, 15] : [46, 18, 18, 18],
    },
  ];
}
