import { formatDate } from "../../../data/format.ts";
import { defineProposal } from "./ProposalRule.ts";

/** data_quality — the data check found errors. */
export const dataQuality = defineProposal({
  id: "data_quality",
  explanation: {
    vi: "Kiểm tra dữ liệu phát hiện lỗi dữ liệu.",
    en: "The data check found data errors.",
  },
  thresholds: {},
  propose(data) {
    const n = data.quality.errors;
    if (n <= 0) return null;
    return {
      indicator: "checks",
      value: n,
      threshold: 0,
      finding: {
        vi: `Kiểm tra dữ liệu ngày ${formatDate(data.quality.asOf)} phát hiện ${n} lỗi dữ liệu (doingoai check).`,
        en: `The data check of ${formatDate(data.quality.asOf)} found ${n} data error(s) (doingoai check).`,
      },
      proposal: {
        vi: "Các đơn vị nhập liệu sửa các lỗi dữ liệu trước khi số liệu được dùng cho báo cáo.",
        en: "The units that enter the data correct these errors before the figures are used in reports.",
      },
    };
  },
});
