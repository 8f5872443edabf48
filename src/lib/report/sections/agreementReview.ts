import { countryName } from "../../../data/countries.ts";
import { formatDate, formatInteger } from "../../../data/format.ts";
import { recommendationLabels } from "../../planning/reviewAgreements.ts";
import type { ReportBlock } from "../reportDocument.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.3: the MOU portfolio review: counts by recommendation, the table, and why for those not kept. */
export function agreementReview({ data, lang, t, fig, val }: SectionContext): ReportBlock[] {
  const ag = data.agreements;
  const rec = (k: keyof typeof recommendationLabels) => recommendationLabels[k][lang];
  const blocks: ReportBlock[] = [
    block.h2(t("3. Rà soát các thỏa thuận quốc tế", "3. Review of the agreement (MOU) portfolio")),
    block.para(
      t(
        `Tại ngày ${formatDate(ag.asOf)}, ${formatInteger(ag.rows.length, { lang })} thỏa thuận còn hiệu lực được rà soát: ${ag.counts.keep} ${rec("keep")}, ${ag.counts.reinvigorate} ${rec("reinvigorate")}, ${ag.counts.review_for_termination} ${rec("review_for_termination")}. Tỷ lệ thực hiện hoạt động đến hạn trong năm ${val("agreements.follow_through")}, tỷ lệ đúng hạn ${val("agreements.on_time_rate")}; ${val("agreements.dormant")} thỏa thuận không có hoạt động trong 12 tháng. Điểm = 100 × (0,5·tỷ lệ thực hiện + 0,2·tỷ lệ đúng hạn + 0,3·mức gần đây).`,
        `At ${formatDate(ag.asOf)}, ${formatInteger(ag.rows.length, { lang })} agreements in force were reviewed: ${ag.counts.keep} ${rec("keep")}, ${ag.counts.reinvigorate} ${rec("reinvigorate")}, ${ag.counts.review_for_termination} ${rec("review_for_termination")}. Follow-through of the activities due in the year was ${val("agreements.follow_through")}, on-time rate ${val("agreements.on_time_rate")}; ${val("agreements.dormant")} agreement(s) dormant for 12 months. Score = 100 × (0.5·follow-through + 0.2·on-time + 0.3·recency).`,
      ),
    ),
  ];
  if (ag.rows.length === 0) return blocks;
  blocks.push({
    kind: "table",
    head: t(
      ["Thỏa thuận", "Đối tác", "Đến hạn", "Đã thực hiện", "Hoạt động gần nhất", "Điểm", "Đề xuất"],
      ["Agreement", "Partner", "Due", "Done", "Last activity", "Score", "Recommendation"],
    ),
    rows: ag.rows.map((r) => [
      r.agreement_id,
      `${r.partner}${r.country ? ` (${countryName(r.country, lang)})` : ""}`,
      formatInteger(r.due, { lang }),
      r.followThrough === null
        ? formatInteger(r.doneOfDue, { lang })
        : `${formatInteger(r.doneOfDue, { lang })} (${fig(r.followThrough, "percent")})`,
      r.lastActivityOn === null ? "—" : formatDate(r.lastActivityOn),
      String(r.score),
      rec(r.recommendation),
    ]),
    align: ["left", "left", "right", "right", "right", "right", "left"],
    widths: [19, 27, 8, 12, 13, 8, 13],
  });
  const notKeep = ag.rows.filter((r) => r.recommendation !== "keep");
  if (notKeep.length > 0) {
    blocks.push(
      block.list(
        notKeep.map(
          (r) => `${r.agreement_id} (${rec(r.recommendation)}): ${r.reasons.map((x) => x[lang]).join("; ")}.`,
        ),
      ),
    );
  }
  return blocks;
}
