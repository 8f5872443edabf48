import type { ReportBlock } from "../reportDocument.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** Part III: the proposals to the Provincial People's Committee. */
export function directions({ data, lang, t }: SectionContext): ReportBlock[] {
  const blocks = [block.h1(t("III. PHƯƠNG HƯỚNG, ĐỀ XUẤT", "III. DIRECTIONS AND PROPOSALS"))];
  if (data.proposals.length === 0) {
    blocks.push(block.para(t("Duy trì các kết quả đã đạt được.", "Keep up the results achieved.")));
    return blocks;
  }
  blocks.push(
    block.para(
      t(
        `${data.agency.vi} kính đề nghị Ủy ban nhân dân tỉnh xem xét:`,
        `The ${data.agency.en} proposes that the Provincial People's Committee consider:`,
      ),
    ),
    block.list(data.proposals.map((p, i) => `${i + 1}. ${p.proposal[lang]}`)),
  );
  return blocks;
}
