import { formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { groupTable } from "./groupTable.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

const kindLabels: Record<string, { vi: string; en: string }> = {
  citizen_protection: { vi: "bảo hộ công dân", en: "citizen protection" },
  legalisation: { vi: "hợp pháp hóa, chứng nhận lãnh sự", en: "legalisation" },
  visa_support: { vi: "hỗ trợ thị thực", en: "visa support" },
  foreigner_incident: { vi: "vụ việc liên quan đến người nước ngoài", en: "incidents involving foreigners" },
  other: { vi: "khác", en: "other" },
};

/** I.5: consular work: cases opened, by kind. */
export function resultsConsular(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, val, periodIn, PeriodIn } = ctx;
  const kinds = data.results.consular
    .map((c) => `${kindLabels[c.kind]?.[lang] ?? c.kind} ${formatInteger(c.count, { lang })}`)
    .join(", ");
  return [
    block.h2(t("5. Công tác lãnh sự", "5. Consular work")),
    block.para(
      t(
        `${PeriodIn.vi}, tiếp nhận ${val("consular.cases")} vụ việc lãnh sự${kinds ? `: ${kinds}` : ""}.`,
        `In ${periodIn.en}, ${val("consular.cases")} consular cases were opened${kinds ? `: ${kinds}` : ""}.`,
      ),
    ),
    ...groupTable(ctx, "consular"),
    ...officeWords(ctx, "consular"),
  ];
}
