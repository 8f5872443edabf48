import { formatDate, formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../reportDocument.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.5: the data check's errors and warnings. */
export function dataQuality({ data, lang, t }: SectionContext): ReportBlock[] {
  const q = data.quality;
  // rules by their titles in plain words, never by id
  const byRule =
    q.byRule.length > 0
      ? `: ${q.byRule
          .map((r) => {
            const title = r.title[lang].replace(/\.$/, "");
            return `${lang === "vi" ? title.toLocaleLowerCase("vi-VN") : title} (${formatInteger(r.count, { lang })})`;
          })
          .join("; ")}`
      : "";
  return [
    block.h2(t("5. Chất lượng dữ liệu", "5. Data quality")),
    block.para(
      t(
        `Kiểm tra dữ liệu ngày ${formatDate(q.asOf)}: ${formatInteger(q.errors, { lang })} lỗi, ${formatInteger(q.warnings, { lang })} cảnh báo${byRule}. Cơ quan chủ trì rà soát và sửa các bản ghi liên quan trước khi số liệu được công bố.`,
        `Data check of ${formatDate(q.asOf)}: ${formatInteger(q.errors, { lang })} error(s), ${formatInteger(q.warnings, { lang })} warning(s)${byRule}. The lead agency reviews and corrects the records concerned before the figures are published.`,
      ),
    ),
  ];
}
