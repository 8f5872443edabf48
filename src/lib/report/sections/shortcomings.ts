import { noteBilingual, officeWordsMark } from "../officeNotes.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** Part II: each shortcoming with its figure and the causes the data show (and the office's, marked). */
export function shortcomings(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t } = ctx;
  const blocks: ReportBlock[] = [
    block.h1(t("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "II. SHORTCOMINGS AND THEIR CAUSES")),
  ];
  const officeCauses = data.notes?.causes ?? {};
  const mark = officeWordsMark[lang];
  if (data.proposals.length === 0) {
    blocks.push(
      block.para(
        t(
          "Số liệu năm không cho thấy tồn tại nào vượt ngưỡng của các quy tắc đề xuất.",
          "The year's figures cross none of the proposal rules' thresholds.",
        ),
      ),
    );
  } else {
    blocks.push(
      block.list(
        data.proposals.map((p, i) => {
          const causes = (p.causes ?? []).map((c) => c[lang]);
          const own = officeCauses[p.id];
          if (own !== undefined) causes.push(`${noteBilingual(own)[lang]} (${mark})`);
          return `${i + 1}. ${p.finding[lang]}${causes.length > 0 ? ` ${t("Nguyên nhân", "Cause")}: ${causes.join(" ")}` : ""}`;
        }),
      ),
    );
  }
  const other = officeCauses["other"];
  if (other !== undefined) blocks.push(block.para(`${mark}: ${noteBilingual(other)[lang]}`));
  blocks.push(...officeWords(ctx, "shortcomings"));
  return blocks;
}
