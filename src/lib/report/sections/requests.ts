import { noteBilingual, officeWordsMark } from "../officeNotes.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** Part IV: requests to the provincial People's Committee and to central ministries, each with its figure. */
export function requests(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t } = ctx;
  const mark = officeWordsMark[lang];
  const own = (to: "province" | "central") =>
    (data.notes?.requests ?? [])
      .filter((r) => r.to === to)
      .map((r) => `${noteBilingual(r.text)[lang]} (${mark})`);
  const province = [...data.proposals.map((p) => p.proposal[lang]), ...own("province")];
  const central = [...data.proposals.flatMap((p) => (p.central ? [p.central[lang]] : [])), ...own("central")];
  const blocks: ReportBlock[] = [block.h1(t("IV. KIẾN NGHỊ, ĐỀ XUẤT", "IV. REQUESTS AND PROPOSALS"))];
  if (province.length === 0 && central.length === 0) {
    blocks.push(
      block.para(
        t(
          "Số liệu năm không cho thấy vấn đề nào cần kiến nghị; đề nghị duy trì các kết quả đã đạt được.",
          "The year's figures show nothing that calls for a request; the office proposes to keep up the results.",
        ),
      ),
    );
  }
  let k = 1;
  if (province.length > 0) {
    blocks.push(
      block.h2(t(`${k++}. Đối với Ủy ban nhân dân tỉnh`, `${k - 1}. To the Provincial People's Committee`)),
      block.para(
        t(
          `${data.agency.vi} kính đề nghị Ủy ban nhân dân tỉnh xem xét:`,
          `The ${data.agency.en} proposes that the Provincial People's Committee consider:`,
        ),
      ),
      block.list(province.map((p, i) => `${i + 1}. ${p}`)),
    );
  }
  if (central.length > 0) {
    blocks.push(
      block.h2(t(`${k++}. Đối với các bộ, ngành trung ương`, `${k - 1}. To the central ministries`)),
      block.list(central.map((p, i) => `${i + 1}. ${p}`)),
    );
  }
  blocks.push(...officeWords(ctx, "requests"));
  return blocks;
}
