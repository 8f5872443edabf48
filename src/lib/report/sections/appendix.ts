import { formatDate, formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** The appendix: data quality and how agreements are scored, in plain words (no rule ids, no commands). */
export function appendix({ data, lang, t }: SectionContext): ReportBlock[] {
  const q = data.quality;
  const byRule = (l: "vi" | "en") =>
    q.byRule.length === 0
      ? ""
      : `: ${q.byRule
          .map((r) => {
            const title = r.title[l].replace(/\.$/, "");
            return `${l === "vi" ? title.toLocaleLowerCase("vi-VN") : title} (${formatInteger(r.count, { lang })})`;
          })
          .join("; ")}`;
  const errors = formatInteger(q.errors, { lang });
  const warnings = formatInteger(q.warnings, { lang });
  return [
    block.h1(t("PHỤ LỤC", "APPENDIX")),
    block.h2(t("1. Chất lượng dữ liệu", "1. Data quality")),
    block.para(
      t(
        `Kiểm tra dữ liệu ngày ${formatDate(q.asOf)}: ${errors} lỗi, ${warnings} cảnh báo${byRule("vi")}. Cơ quan chủ trì rà soát và sửa các bản ghi liên quan trước khi số liệu được công bố.`,
        `Data check of ${formatDate(q.asOf)}: ${errors} ${q.errors === 1 ? "error" : "errors"}, ${warnings} ${q.warnings === 1 ? "warning" : "warnings"}${byRule("en")}. The lead agency reviews and corrects the records concerned before the figures are published.`,
      ),
    ),
    block.h2(t("2. Cách chấm điểm thỏa thuận quốc tế", "2. How agreements are scored")),
    block.para(
      t(
        "Mỗi thỏa thuận được chấm từ 0 đến 100 điểm: một nửa số điểm theo tỷ lệ hoạt động đến hạn đã thực hiện, một phần năm theo tỷ lệ hoạt động hoàn thành đúng hạn, và ba phần mười theo mức độ hoạt động gần đây (đủ điểm khi có hoạt động trong 12 tháng qua, giảm dần khi lâu hơn).",
        "Each agreement is scored from 0 to 100: half of the score from the share of its due activities that were done, a fifth from the share done on time, and three tenths from how recent its last activity is (full marks for activity within the last 12 months, less the longer ago).",
      ),
    ),
  ];
}
