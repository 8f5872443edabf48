import { codeLabel, formatDate, formatNumber } from "../../../data/format.ts";
import { recommendationLabels } from "../../../data/planning/agreementReviewLabels.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/**
 * Part III: next year's direction and tasks: its targets (from the strategy
 * covering it, else from the forecast of each figure, saying which), the
 * roadmap's milestones due, and the action on each MOU not simply kept, with
 * its lead unit where the data has one.
 */
export function directions(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, fig } = ctx;
  const next = data.nextYear;
  // a review built with nextYear: false (for the dashboard) has no part III to write
  if (next === null) return [];
  const blocks: ReportBlock[] = [
    block.h1(t(`III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${next.year}`, `III. DIRECTIONS AND TASKS FOR ${next.year}`)),
  ];
  const n = (v: number, unit: string) =>
    unit === "count" || unit === "persons" ? formatNumber(Math.round(v), { lang }) : fig(v, unit);
  const where = (w: Record<string, string>) =>
    Object.keys(w).length === 0
      ? ""
      : ` (${Object.entries(w)
          .map(([k, v]) => (k === "country" ? codeLabel("country", v, lang) : codeLabel(k, v, lang)))
          .join(", ")})`;
  if (next.source === "strategy") {
    const title = next.strategy?.title?.[lang] ?? t("chiến lược đối ngoại", "the external-affairs strategy");
    blocks.push(
      block.h2(t("1. Chỉ tiêu", "1. Targets")),
      block.para(
        t(
          `Chỉ tiêu năm ${next.year} theo lộ trình của ${title} (giai đoạn ${next.strategy?.planPeriod}):`,
          `Targets for ${next.year} on the path of ${title} (${next.strategy?.planPeriod}):`,
        ),
      ),
      block.list(next.targets.map((x) => `${x.label[lang]}${where(x.where)}: ${n(x.value, x.unit)}.`)),
    );
  } else if (next.source === "forecast") {
    blocks.push(
      block.h2(t("1. Chỉ tiêu", "1. Targets")),
      block.para(
        t(
          `Không có chiến lược nào bao trùm năm ${next.year}: các mức dưới đây là dự báo từ số liệu các năm trước (phương pháp chọn theo kiểm định ngược, khoảng tin cậy 80%), để làm căn cứ giao chỉ tiêu:`,
          `No strategy covers ${next.year}: the levels below are forecasts from past years' figures (method chosen by backtest, 80% interval), as a basis for setting targets:`,
        ),
      ),
      block.list(
        next.targets.map(
          (x) =>
            `${x.label[lang]}: ${n(x.value, x.unit)}${x.lower !== null && x.upper !== null ? ` (${n(x.lower, x.unit)}–${n(x.upper, x.unit)})` : ""}.`,
        ),
      ),
    );
  }
  let k = next.source === "none" ? 1 : 2;
  if (next.milestones.length > 0) {
    blocks.push(
      block.h2(
        t(
          `${k++}. Các mốc của lộ trình đến hạn năm ${next.year}`,
          `${k - 1}. Roadmap milestones due in ${next.year}`,
        ),
      ),
      block.list(
        next.milestones.map(
          (m) => `${formatDate(m.due)}: ${m.title[lang]} (${t("chủ trì", "lead")}: ${m.owner}).`,
        ),
      ),
    );
  }
  const actions = data.agreements.rows.filter((r) => r.recommendation !== "keep");
  if (actions.length > 0) {
    blocks.push(
      block.h2(t(`${k++}. Các thỏa thuận quốc tế`, `${k - 1}. International agreements`)),
      block.list(
        actions.map(
          (r) =>
            `${r.label[lang]}: ${recommendationLabels[r.recommendation][lang]}${r.lead_unit ? t(`; đơn vị chủ trì: ${r.lead_unit}`, `; lead unit: ${r.lead_unit}`) : t("; cần giao đơn vị chủ trì", "; a lead unit is to be named")}.`,
        ),
      ),
    );
  }
  if (next.source === "none" && next.milestones.length === 0 && actions.length === 0) {
    blocks.push(
      block.para(
        t(
          `Số liệu chưa đủ để dự báo và chưa có chiến lược bao trùm năm ${next.year}: chỉ tiêu năm ${next.year} do cơ quan đề xuất trong kế hoạch năm.`,
          `The data are too short to forecast and no strategy covers ${next.year}: the office proposes the ${next.year} targets in the annual plan.`,
        ),
      ),
    );
  }
  blocks.push(...officeWords(ctx, "directions"));
  return blocks;
}
