import { formatDate, formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../reportDocument.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.5: the data check's errors and warnings. */
export function dataQuality({ data, lang, t }: SectionContext): ReportBlock[] {
  const q = data.quality;
  const byRule = q.byRule.length > 0 ? ` (${q.byRule.map((r) => `${r.rule}: ${r.count}`).join("; ")})` : "";
  return [
    block.h2(t("5. Chất lượng dữ liệu", "5. Data quality")),
    block.para(
      t(
        `Kiểm tra dữ liệu ngày ${formatDate(q.asOf)}: ${formatInteger(q.errors, { lang })} lỗi, ${formatInteger(q.warnings, { lang })} cảnh báo${byRule}. Chi tiết: doingoai check.`,
        `Data check of ${formatDate(q.asOf)}: ${formatInteger(q.errors, { lang })} error(s), ${formatInteger(q.warnings, { lang })} warning(s)${byRule}. Details: doingoai check.`,
      ),
    ),
  ];
}
