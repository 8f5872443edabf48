import { formatDate } from "../../../data/format.ts";
import { parsePeriod } from "../../../data/periods.ts";
import { periodPhrase } from "../reviewPeriod.ts";
import { block, type SectionContext } from "./SectionContext.ts";
import type { ReportBlock } from "../ReportBlock.ts";

/** The opening paragraph: what the report is and which figures it rests on. */
export function opening({ data, t, provinceInText }: SectionContext): ReportBlock[] {
  const end = formatDate(parsePeriod(data.period).end);
  const yearly = data.planShare === 1 ? "" : null;
  return [
    block.para(
      t(
        `Thực hiện chế độ báo cáo công tác đối ngoại, ${data.agency.vi} báo cáo kết quả công tác đối ngoại ${periodPhrase(data.period, "vi")} của ${provinceInText} như sau. Số liệu được tính từ cơ sở dữ liệu đối ngoại của tỉnh đến ngày ${formatDate(data.asOf)}; số liệu tồn (thỏa thuận còn hiệu lực) tính tại ngày ${end}${yearly ?? "; kế hoạch đoàn ra, đoàn vào của năm được tính 50% cho 6 tháng; thời điểm phê duyệt kế hoạch và kinh phí đón tiếp là số liệu cả năm"}.`,
        `The ${data.agency.en} reports on the external affairs of ${data.province.en} in ${periodPhrase(data.period, "en")} as follows. Figures are computed from the province's external-affairs database as of ${formatDate(data.asOf)}; stocks (agreements in force) are taken at ${end}${yearly ?? "; the year's planned delegations count at 50% for the half-year, and the plan's approval and the reception budget are the year's figures"}.`,
      ),
    ),
  ];
}
