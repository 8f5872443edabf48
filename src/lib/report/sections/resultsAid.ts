import { codeLabel, formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { groupTable } from "./groupTable.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.3: foreign NGO aid: licences, projects, committed and disbursed; by donor country, sector and place; the cumulative rate labelled. */
export function resultsAid(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, fig, val, periodIn, PeriodIn, periodEnd, half } = ctx;
  const a = data.results.aid;
  const blocks: ReportBlock[] = [
    block.h2(t("3. Viện trợ phi chính phủ nước ngoài", "3. Foreign NGO aid")),
    block.para(
      t(
        `${PeriodIn.vi}, tỉnh cấp phép cho ${val("aid.ngos_licensed")} tổ chức phi chính phủ nước ngoài với ${val("aid.projects_approved")} dự án, tổng giá trị cam kết ${val("aid.committed_usd")}; giải ngân trong ${half ? "kỳ" : "năm"} ${val("aid.disbursed_usd")}.${a.activeCommittedUsd !== null && a.activeCommittedUsd > 0 ? ` Các dự án đang thực hiện trong ${half ? "kỳ" : "năm"} có tổng cam kết ${fig(a.activeCommittedUsd, "USD")}, đã giải ngân lũy kế từ khi bắt đầu đến ${periodEnd} là ${fig(a.activeDisbursedToDateUsd ?? 0, "USD")}, tỷ lệ giải ngân lũy kế ${val("aid.disbursement_rate")} (tính từ khi dự án bắt đầu, không chỉ riêng ${periodIn.vi}).` : ""}`,
        `In ${periodIn.en} the province licensed ${val("aid.ngos_licensed")} foreign NGOs for ${val("aid.projects_approved")} projects committing ${val("aid.committed_usd")}; ${val("aid.disbursed_usd")} was disbursed in the ${half ? "half-year" : "year"}.${a.activeCommittedUsd !== null && a.activeCommittedUsd > 0 ? ` The projects under way in the ${half ? "half-year" : "year"} committed ${fig(a.activeCommittedUsd, "USD")} in all, of which ${fig(a.activeDisbursedToDateUsd ?? 0, "USD")} was disbursed from their start to ${periodEnd}: a cumulative disbursement rate of ${val("aid.disbursement_rate")} (since the projects began, not ${periodIn.en} alone).` : ""}`,
      ),
    ),
  ];
  const top = (rows: typeof a.byCountry, label: (k: string) => string) =>
    rows
      .slice(0, 5)
      .map(
        (r) =>
          `${label(r.key)} ${fig(r.committedUsd, "USD")} (${formatInteger(r.projects, { lang })} ${t("dự án", r.projects === 1 ? "project" : "projects")})`,
      )
      .join("; ");
  const splits = [
    a.byCountry.length > 0
      ? t(
          `Theo nước của nhà tài trợ: ${top(a.byCountry, (k) => codeLabel("country", k, lang))}.`,
          `By donor country: ${top(a.byCountry, (k) => codeLabel("country", k, lang))}.`,
        )
      : null,
    a.bySector.length > 0
      ? t(
          `Theo lĩnh vực: ${top(a.bySector, (k) => codeLabel("sectorCategory", k, lang))}.`,
          `By sector: ${top(a.bySector, (k) => codeLabel("sectorCategory", k, lang))}.`,
        )
      : null,
    a.byPlace.length > 0
      ? t(`Theo địa bàn: ${top(a.byPlace, (k) => k)}.`, `By place: ${top(a.byPlace, (k) => k)}.`)
      : null,
  ].filter((x) => x !== null);
  if (splits.length > 0) {
    blocks.push(
      block.para(
        t(
          `Giá trị cam kết của các dự án phê duyệt ${periodIn.vi} (5 lớn nhất):`,
          `Committed value of the projects approved in ${periodIn.en} (five largest):`,
        ),
      ),
      block.list(splits),
    );
  }
  blocks.push(...groupTable(ctx, "aid"), ...officeWords(ctx, "aid"));
  return blocks;
}
