import { countryName } from "../../../data/countries.ts";
import { formatNumber } from "../../../data/format.ts";
import { progressStatusLabels } from "../../../data/planning/progress.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.7: the strategy's targets in the year: counts by status and the targets at risk or off track. */
export function strategyTargets({ data, lang, t, fig }: SectionContext): ReportBlock[] {
  const y = data.year;
  const blocks: ReportBlock[] = [block.h2(t("7. Chỉ tiêu chiến lược", "7. Strategy targets"))];
  const s = data.strategy;
  if (s.coverage === "none") {
    blocks.push(
      block.para(
        t(
          `Không có chiến lược đối ngoại nào bao trùm năm ${y} trong dữ liệu của báo cáo: chưa đánh giá tiến độ chỉ tiêu.`,
          `No external-affairs strategy covers ${y} in this report's data: target progress is not assessed.`,
        ),
      ),
    );
    return blocks;
  }
  if (s.coverage === "not_covering") {
    blocks.push(
      block.para(
        t(
          `${s.title?.vi ?? "Chiến lược"} (${s.source?.vi ?? s.file}; giai đoạn ${s.planPeriod}) không bao trùm năm ${y}: không có chiến lược nào bao trùm năm ${y}.`,
          `${s.title?.en ?? "The strategy"} (${s.source?.en ?? s.file}; period ${s.planPeriod}) does not cover ${y}: no strategy covers ${y}.`,
        ),
      ),
    );
    return blocks;
  }
  const bad = (k: string | undefined) => k === "at_risk" || k === "off_track";
  // a target is shown when the year falls short of its path or its end-year forecast falls short of the end target
  const risky = s.targets.filter((x) => bad(x.status) || bad(x.outlook?.status));
  // a path may be fractional (3,4 delegations): show it with its decimals
  const pathFig = (v: number | null, unit: string) =>
    v !== null && (unit === "count" || unit === "persons")
      ? formatNumber(v, { lang, digits: 1 })
      : fig(v, unit);
  const outlookText = (x: (typeof s.targets)[number]) =>
    x.outlook === null || x.outlook.forecast === null
      ? "—"
      : `${pathFig(x.outlook.forecast, x.unit)} / ${pathFig(x.outlook.endTarget, x.unit)} (${progressStatusLabels[x.outlook.status][lang]})`;
  const count = (k: keyof typeof progressStatusLabels) => s.targets.filter((x) => x.status === k).length;
  blocks.push(
    block.para(
      t(
        `${s.title?.vi ?? s.file} (${s.planPeriod}): ${s.targets.length} chỉ tiêu; năm ${y} có ${count("on_track")} ${progressStatusLabels.on_track.vi}, ${count("at_risk")} ${progressStatusLabels.at_risk.vi}, ${count("off_track")} ${progressStatusLabels.off_track.vi}, ${count("no_data")} ${progressStatusLabels.no_data.vi}. Ngưỡng: đạt lộ trình là đúng tiến độ; thiếu không quá 10% là có nguy cơ chậm; thiếu hơn 10% là chậm tiến độ. Dự báo năm cuối kỳ (phương pháp chọn theo kiểm định ngược) được so với mục tiêu cuối kỳ theo cùng quy tắc.`,
        `${s.title?.en ?? s.file} (${s.planPeriod}): ${s.targets.length} targets; in ${y} ${count("on_track")} ${progressStatusLabels.on_track.en}, ${count("at_risk")} ${progressStatusLabels.at_risk.en}, ${count("off_track")} ${progressStatusLabels.off_track.en}, ${count("no_data")} ${progressStatusLabels.no_data.en}. Thresholds: reaching the path is on track; short by up to 10% is at risk; short by more is off track. The end-year forecast (method chosen by backtest) is compared with the end target by the same rule.`,
      ),
    ),
  );
  if (risky.length > 0) {
    blocks.push({
      kind: "table",
      head: t(
        ["Chỉ tiêu", "Chỉ số", `Lộ trình năm ${y}`, "Thực hiện", "Đánh giá", "Dự báo cuối kỳ / mục tiêu"],
        ["Target", "Indicator", `Path ${y}`, "Actual", "Status", "End-year forecast / target"],
      ),
      rows: risky.map((x) => [
        x.id,
        `${x.label[lang]}${
          Object.keys(x.where).length > 0
            ? ` (${Object.entries(x.where)
                .map(([k, v]) => (k === "country" ? countryName(v, lang) : `${k}=${v}`))
                .join(", ")})`
            : ""
        }`,
        pathFig(x.path, x.unit),
        fig(x.actual, x.unit),
        progressStatusLabels[x.status][lang],
        outlookText(x),
      ]),
      align: ["left", "left", "right", "right", "left", "right"],
      widths: [8, 28, 13, 14, 13, 24],
    });
  }
  return blocks;
}
