// Data quality: the findings of the checks (as `doingoai check`), by rule and
// one by one, and the history of imports.
import * as Inputs from "@observablehq/inputs";
import { formatNumber } from "doingoai/data/format";
import { barChart } from "../barChart.js";
import { el } from "../dom.js";
import { valueLabel, type Bilingual, type Lang } from "../labels.js";
import type { SiteOffice } from "../pageTools.js";
import { findingsByRule, type QualityData } from "../qualityViews.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { withCode, wordsIn } from "./pageStrings.js";

/** Every text of the data-quality page, in Vietnamese and English. */
export const qualityStrings = {
  heading: { vi: "Chất lượng dữ liệu", en: "Data quality" },
  summary: {
    vi: (total: string, errors: string) =>
      `Kết quả kiểm tra dữ liệu (như lệnh \`doingoai check\`): ${total} phát hiện, trong đó ${errors} lỗi cần sửa.`,
    en: (total: string, errors: string) =>
      `Findings of the data checks (as \`doingoai check\`): ${total} findings, of which ${errors} errors to fix.`,
  },
  chartAxis: { vi: "Số phát hiện", en: "Findings" },
  chartTitle: { vi: "Số phát hiện theo quy tắc kiểm tra", en: "Findings by check rule" },
  chartDescription: {
    vi: "Số bản ghi vi phạm mỗi quy tắc kiểm tra chất lượng dữ liệu, tách lỗi và cảnh báo.",
    en: "Records breaking each data-quality rule, errors and warnings.",
  },
  findingsSection: { vi: "Các phát hiện", en: "Findings" },
  findingColumns: {
    vi: { severity: "Mức", entity: "Bảng", key: "Bản ghi", message: "Nội dung" },
    en: { severity: "Severity", entity: "Table", key: "Record", message: "Finding" },
  },
  importsSection: { vi: "Lịch sử nhập dữ liệu", en: "Import history" },
  importColumns: {
    vi: {
      id: "Lần",
      started: "Bắt đầu (UTC)",
      seconds: "Thời gian (giây)",
      command: "Lệnh",
      sources: "Tệp nguồn",
      rows: "Số dòng",
    },
    en: {
      id: "Import",
      started: "Started (UTC)",
      seconds: "Duration (s)",
      command: "Command",
      sources: "Source files",
      rows: "Rows",
    },
  },
};

/** The data-quality page in `lang`, from the site's office.json and quality.json. */
export function qualityPage(
  lang: Lang,
  { office, quality: data }: { office: SiteOffice; quality: QualityData },
): HTMLElement {
  const s = wordsIn(qualityStrings, lang);
  const errors = data.counts.filter((c) => c.severity === "error").reduce((a, c) => a + c.count, 0);
  const sections: PageSections = (_year, { empty, chart }) => [
    el("p", {}, withCode(s.summary(formatNumber(data.total, { lang }), formatNumber(errors, { lang })))),
    chart(
      (width) =>
        barChart(findingsByRule(data, lang), {
          width,
          lang,
          groupLabel: (severity) => valueLabel("severity", severity, lang),
          xLabel: s.chartAxis,
          title: s.chartTitle,
          description: s.chartDescription,
        }),
      data.counts.length > 0,
    ),
    el("h2", {}, s.findingsSection),
    data.findings.length
      ? Inputs.table(data.findings, {
          columns: ["severity", "entity", "key", "message"],
          header: s.findingColumns,
          format: {
            severity: (severity: string) => valueLabel("severity", severity, lang),
            message: (m: Bilingual) => m[lang],
          },
          width: { message: 480 },
          select: false,
        })
      : empty(),
    el("h2", {}, s.importsSection),
    data.imports.length
      ? Inputs.table(data.imports, {
          columns: ["id", "started", "seconds", "command", "sources", "rows"],
          header: s.importColumns,
          format: {
            started: (t: string) => `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11)}`,
            seconds: (v: number) => formatNumber(v, { lang, digits: 1 }),
            sources: (files: string[]) => files.join(", "),
            rows: (v: number) => formatNumber(v, { lang }),
          },
          select: false,
        })
      : empty(),
  ];
  return pageFrame({ path: "quality", lang, office, heading: s.heading, sections });
}
