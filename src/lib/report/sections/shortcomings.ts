import type { ReportBlock } from "../reportDocument.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** Part II: each shortcoming the proposal rules found, with its figure. */
export function shortcomings({ data, lang, t }: SectionContext): ReportBlock[] {
  return [
    block.h1(t("II. TỒN TẠI, HẠN CHẾ", "II. SHORTCOMINGS")),
    data.proposals.length === 0
      ? block.para(
          t(
            "Số liệu năm không cho thấy tồn tại nào vượt ngưỡng của các quy tắc đề xuất.",
            "The year's figures cross none of the proposal rules' thresholds.",
          ),
        )
      : block.list(data.proposals.map((p) => p.finding[lang])),
  ];
}
