import { formatDate } from "../../../data/format.ts";
import { block, type SectionContext } from "./SectionContext.ts";
import type { ReportBlock } from "../reportDocument.ts";

/** The opening paragraph: what the report is and which figures it rests on. */
export function opening({ data, t, provinceInText }: SectionContext): ReportBlock[] {
  const y = data.year;
  return [
    block.para(
      t(
        `Thực hiện chế độ báo cáo công tác đối ngoại, ${data.agency.vi} báo cáo kết quả công tác đối ngoại năm ${y} của ${provinceInText} như sau. Số liệu được tính từ cơ sở dữ liệu đối ngoại của tỉnh đến ngày ${formatDate(data.asOf)}; số liệu tồn (thỏa thuận còn hiệu lực) tính tại ngày 31/12/${y}.`,
        `The ${data.agency.en} reports on the external affairs of ${data.province.en} in ${y} as follows. Figures are computed from the province's external-affairs database as of ${formatDate(data.asOf)}; stocks (agreements in force) are taken at 31/12/${y}.`,
      ),
    ),
  ];
}
