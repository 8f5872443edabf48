import { el } from "./dom.js";
import { formatValue } from "./headlineCard.js";
import { formatChange } from "doingoai/data/format";
import type { IndicatorsData } from "./overview.js";
import type { Lang } from "./labels.js";

const headers = {
  vi: ["Chỉ tiêu", "Năm trước", "Năm nay", "Thay đổi", "Chỉ tiêu kế hoạch"],
  en: ["Indicator", "Previous year", "This year", "Change", "Target"],
};

/**
 * Every indicator of `year` as a plain table (prints on A4): last year's
 * value, this year's, the change and the target. `data-indicator` and
 * `data-value` carry the exact numbers for tests.
 */
export function indicatorTable(data: IndicatorsData, year: string, lang: Lang): HTMLTableElement {
  const change = (value: number | null, unit: string) => formatChange(value, unit, lang);
  return el(
    "table",
    { class: "doingoai-table" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        headers[lang].map((h) => el("th", {}, h)),
      ),
    ),
    el(
      "tbody",
      {},
      data.indicators.map((def) => {
        const row = data.rows.find((r) => r.indicator === def.id && r.period === year);
        return el(
          "tr",
          { "data-indicator": def.id, "data-value": row?.value ?? "" },
          el("td", { title: def.definition[lang] }, def.label[lang]),
          el("td", { class: "num" }, formatValue(row?.previous ?? null, def.unit, lang)),
          el("td", { class: "num" }, el("strong", {}, formatValue(row?.value ?? null, def.unit, lang))),
          el("td", { class: "num" }, change(row?.change ?? null, def.unit)),
          el("td", { class: "num" }, row?.target == null ? "—" : formatValue(row.target, def.unit, lang)),
        );
      }),
    ),
  );
}
