import type { Lang } from "../../data/Bilingual.ts";
import { formatDate, formatFigure, formatInteger } from "../../data/format.ts";
import {
  agreementStateLabels,
  agreementStates,
  recommendationLabels,
  recommendations,
} from "../../data/planning/agreementReviewLabels.ts";
import type { ReportBlock } from "./ReportBlock.ts";
import type { AgreementRow, ReviewData } from "./ReviewData.ts";

/** An agreement's state as a report cell: "hết hạn 14/01/2025" for an expired one with its date. */
export function stateText(row: Pick<AgreementRow, "state" | "expiredOn">, lang: Lang): string {
  const label = agreementStateLabels[row.state][lang];
  return row.expiredOn === null ? label : `${label} ${formatDate(row.expiredOn)}`;
}

/** "9 duy trì, 1 thúc đẩy lại": the non-zero counts, in the order of `keys`. */
function countList<K extends string>(
  counts: Partial<Record<K, number>>,
  keys: readonly K[],
  labels: Record<K, { vi: string; en: string }>,
  lang: Lang,
): string {
  return keys
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${formatInteger(counts[k]!, { lang })} ${labels[k][lang]}`)
    .join(", ");
}

/**
 * Section I.3 of the review: the MOU portfolio at 31/12 of the year, each agreement with its one
 * life state and recommendation (from reviewAgreements, as every other section reads them),
 * named by partner and country, with the lead unit where the data has one.
 */
export function agreementReviewSection(data: Omit<ReviewData, "proposals">, lang: Lang): ReportBlock[] {
  const vi = lang === "vi";
  const ag = data.agreements;
  const blocks: ReportBlock[] = [];
  const fig = (id: string, unit: string) =>
    formatFigure(data.headline.find((h) => h.indicator === id)?.value ?? null, unit, lang);
  const n = ag.rows.length;
  const expiredLate = ag.rows.filter((r) => r.state === "expired").length;
  const states = countList(ag.states, agreementStates, agreementStateLabels, lang);
  const recs = countList(ag.counts, recommendations, recommendationLabels, lang);
  const at = formatDate(ag.asOf);
  if (n === 0) {
    blocks.push({
      kind: "paragraph",
      text: vi
        ? `Tại ngày ${at}, không có thỏa thuận quốc tế nào còn hiệu lực.`
        : `At ${at}, no international agreement was in force.`,
    });
    return blocks;
  }
  const later = formatDate(data.reportDate);
  blocks.push({
    kind: "paragraph",
    text: vi
      ? `Tại ngày ${at}, ${formatInteger(n, { lang })} thỏa thuận còn hiệu lực được rà soát${expiredLate > 0 ? ` (trong đó ${formatInteger(expiredLate, { lang })} thỏa thuận hết hạn sau ngày ${at}, trước ngày báo cáo ${later})` : ""}. Tình trạng: ${states}. Đề xuất: ${recs}. Tỷ lệ thực hiện các hoạt động đến hạn trong năm ${fig("agreements.follow_through", "percent")}, tỷ lệ hoàn thành đúng hạn ${fig("agreements.on_time_rate", "percent")}. Mỗi thỏa thuận được chấm điểm 0–100 theo mức thực hiện các hoạt động đến hạn, mức đúng hạn và mức độ hoạt động gần đây; thỏa thuận ký chưa đủ 12 tháng là mới ký, chưa bị đánh giá là không hoạt động.`
      : `At ${at}, ${formatInteger(n, { lang })} ${n === 1 ? "agreement" : "agreements"} in force ${n === 1 ? "was" : "were"} reviewed${expiredLate > 0 ? ` (of which ${formatInteger(expiredLate, { lang })} expired after ${at}, before the report date ${later})` : ""}. State: ${states}. Recommended: ${recs}. Follow-through of the activities due in the year was ${fig("agreements.follow_through", "percent")}, on-time rate ${fig("agreements.on_time_rate", "percent")}. Each agreement is scored 0–100 on the activities due that were done, how many were on time and how recent its last activity is; an agreement signed less than 12 months ago is new and not judged dormant.`,
  });
  blocks.push({
    kind: "table",
    head: vi
      ? ["Thỏa thuận", "Tình trạng", "Đến hạn", "Đã thực hiện", "Hoạt động gần nhất", "Điểm", "Đề xuất"]
      : ["Agreement", "State", "Due", "Done", "Last activity", "Score", "Recommendation"],
    rows: ag.rows.map((r) => [
      r.label[lang],
      stateText(r, lang),
      formatInteger(r.due, { lang }),
      r.followThrough === null
        ? formatInteger(r.doneOfDue, { lang })
        : `${formatInteger(r.doneOfDue, { lang })} (${formatFigure(r.followThrough, "percent", lang)})`,
      r.lastActivityOn === null ? "—" : formatDate(r.lastActivityOn),
      String(r.score),
      recommendationLabels[r.recommendation][lang],
    ]),
    align: ["left", "left", "right", "right", "right", "right", "left"],
    widths: [30, 14, 8, 12, 12, 8, 16],
  });
  const notKeep = ag.rows.filter((r) => r.recommendation !== "keep");
  if (notKeep.length > 0) {
    blocks.push({
      kind: "list",
      items: notKeep.map((r) => {
        const lead = r.lead_unit
          ? vi
            ? `; đơn vị chủ trì: ${r.lead_unit}`
            : `; lead unit: ${r.lead_unit}`
          : "";
        return `${r.label[lang]} — ${recommendationLabels[r.recommendation][lang]}${lead}: ${r.reasons.map((x) => x[lang]).join("; ")}.`;
      }),
    });
  }
  return blocks;
}
