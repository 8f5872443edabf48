// The words of the dashboards in Vietnamese and English. Browser-safe: pages
// and components import it; nothing here needs Node or DuckDB.

import { codeLabel, codeLabels, type Bilingual, type Lang } from "doingoai/data/format";
import { milestoneStatusLabels, progressStatusLabels, recommendationLabels } from "doingoai/data/planning";

export type { Bilingual, Lang };

/** Interface words, keyed by what they name. */
export const ui = {
  year: { vi: "Năm", en: "Year" },
  chooseYear: { vi: "Chọn năm", en: "Choose a year" },
  otherLanguage: { vi: "English", en: "Tiếng Việt" },
  change: { vi: "so với năm trước", en: "vs previous year" },
  noData: { vi: "không có dữ liệu", en: "no data" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  noTarget: { vi: "chưa đặt chỉ tiêu", en: "no target set" },
  alerts: { vi: "Cần quyết định", en: "Needs a decision" },
  noAlerts: { vi: "Không có cảnh báo cho năm này.", en: "No alerts for this year." },
  count: { vi: "Số lượng", en: "Count" },
  inbound: { vi: "Đoàn vào", en: "Inbound" },
  outbound: { vi: "Đoàn ra", en: "Outbound" },
  delegations: { vi: "Số đoàn", en: "Delegations" },
  costPerDelegation: { vi: "Chi phí mỗi đoàn, trung vị (VND)", en: "Cost per delegation, median (VND)" },
  committed: { vi: "Cam kết", en: "Committed" },
  disbursed: { vi: "Giải ngân", en: "Disbursed" },
  usd: { vi: "USD", en: "USD" },
  stage: { vi: "Giai đoạn", en: "Stage" },
  contacts: { vi: "Số nhà đầu tư", en: "Investors" },
  due: { vi: "Hạn", en: "Due" },
  empty: { vi: "Chưa có dữ liệu để vẽ biểu đồ này.", en: "No data to draw this chart yet." },
  noOffice: {
    vi: "Chưa có hồ sơ cơ quan (tỉnh, cơ quan chủ trì): đặt bằng doingoai office set.",
    en: "No office profile yet (province, lead agency): set it with doingoai office set.",
  },
  noStrategy: {
    vi: "Không có dữ liệu: cơ quan chưa thông qua chiến lược nên chưa có chỉ tiêu. Soạn dự thảo từ số liệu bằng doingoai strategy draft --from NĂM --to NĂM --out TỆP, sửa và kiểm tra (doingoai strategy check TỆP), thông qua bằng doingoai strategy adopt TỆP, rồi dựng lại các trang (npm start).",
    en: "No data: the office has adopted no strategy yet, so no targets. Draft one from the data with doingoai strategy draft --from YEAR --to YEAR --out FILE, edit and check it (doingoai strategy check FILE), adopt it with doingoai strategy adopt FILE, then rebuild the pages (npm start).",
  },
  emptySection: { vi: "Không có dữ liệu cho năm này.", en: "No data for this year." },
  actual: { vi: "Thực hiện", en: "Actual" },
  path: { vi: "Lộ trình chỉ tiêu", en: "Target path" },
  forecast: { vi: "Dự báo (khoảng 80%)", en: "Forecast (80% interval)" },
} satisfies Record<string, Bilingual>;

/**
 * Labels of the coded values, by dimension: the data contract's own
 * (`codeLabels` of src/data) and the planning library's (progress, milestone
 * status, MOU recommendation), never re-declared here.
 */
export const valueLabels: Record<string, Record<string, Bilingual>> = {
  ...codeLabels,
  recommendation: recommendationLabels,
  progress: progressStatusLabels,
  milestoneStatus: milestoneStatusLabels,
};

/** The label of a coded `value` of `dimension`; the code itself when unknown; countries by name. */
export function valueLabel(dimension: string, value: string | null | undefined, lang: Lang): string {
  if (dimension in codeLabels || dimension === "country" || !value) return codeLabel(dimension, value, lang);
  return valueLabels[dimension]?.[value]?.[lang] ?? value;
}

/** The text of `text` in `lang`. */
export function say(text: Bilingual, lang: Lang): string {
  return text[lang];
}
