import type { IndicatorDef } from "./IndicatorDef.ts";
import { listIndicators } from "./registry.ts";
import { indicatorUnitNames } from "../../data/indicatorUnits.ts";

// Both languages, as the rest of the page; a percent is stored as a fraction.
function unitText(unit: IndicatorDef["unit"]): string {
  const { vi, en } = indicatorUnitNames[unit];
  return (vi === en ? vi : `${vi} / ${en}`) + (unit === "percent" ? " (0..1)" : "");
}

const directionText: Record<IndicatorDef["direction"], string> = {
  up: "↑ càng cao càng tốt / higher is better",
  down: "↓ càng thấp càng tốt / lower is better",
};

/** What each split dimension means (the same name means the same thing in every indicator that allows it). */
export const dimensionDocs: Record<string, string> = {
  country:
    "quốc gia (ISO alpha-2): của đoàn, nhà đầu tư, vụ việc; nước trụ sở của tổ chức PCPNN; nước của đối tác thỏa thuận / country (ISO alpha-2): of the delegation, investor, case; the NGO's headquarters; the agreement partner's",
  partner: "mã đối tác (partner_id) / partner id",
  agreement: "mã thỏa thuận (agreement_id) / agreement id",
  purpose: "mục đích đoàn / delegation purpose",
  level: "cấp đoàn / delegation level",
  funding: "nguồn kinh phí đoàn / delegation funding",
  direction: "đoàn ra hay vào / inbound or outbound",
  sector:
    "lĩnh vực (mã DAC 5 số cho viện trợ; ngành của nhà đầu tư) / sector (DAC 5-digit for aid; investor's sector)",
  sector_category: "nhóm lĩnh vực DAC 3 số / DAC 3-digit sector category",
  channel: "kênh tiếp xúc nhà đầu tư / investor contact channel",
  ngo: "mã tổ chức PCPNN (ngo_id) / NGO id",
  project: "mã dự án viện trợ / aid project id",
  status: "trạng thái hiện tại của dự án / current project status",
  kind: "loại thỏa thuận hoặc loại vụ việc lãnh sự / agreement kind or consular case kind",
};

const cell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * docs/indicators.md, generated from the registry: a summary table, then each
 * indicator's labels, definition, unit, direction, dimensions and period rule.
 * Written by `npx tsx src/lib/indicators/writeDocs.ts`; a test fails when the
 * committed file differs.
 */
export function renderIndicatorDocs(defs: readonly IndicatorDef[] = listIndicators()): string {
  const lines: string[] = [
    "# Chỉ số / Indicators",
    "",
    "<!-- Generated from src/lib/indicators/ by `npx tsx src/lib/indicators/writeDocs.ts`. Do not edit by hand. -->",
    "",
    "Mỗi chỉ số có một định nghĩa duy nhất trong `src/lib/indicators/defs/`; CLI (`doingoai indicators`), kế hoạch và dashboard đều tính qua thư viện này. Tỷ lệ có mẫu số rỗng là không có số liệu (null), không phải 0% hay 100%. Tiền quy đổi theo tỷ giá gần nhất trước hoặc vào ngày của bản ghi (`exchange_rates`).",
    "",
    "Each indicator has one definition in `src/lib/indicators/defs/`; the CLI (`doingoai indicators`), planning and dashboards all compute through this library. A ratio over an empty denominator is no data (null), never 0% or 100%. Money is converted at the last rate on or before the record's date (`exchange_rates`).",
    "",
    "## Dùng thư viện / Using the library",
    "",
    "```ts",
    'import { computeIndicators, openStore } from "doingoai";',
    "",
    "const store = await openStore({ readOnly: true });",
    "const result = await computeIndicators(store, {",
    '  indicators: ["delegations.inbound"], // default: every indicator allowing `by` and `where`',
    '  from: "2015", to: "2019",            // or periods: ["2019", "2019Q1", "2019-03", "2026-2030"]',
    '  by: ["country"],                     // split dimensions (see each indicator)',
    '  where: { purpose: "cooperation" },   // filters, bound as parameters',
    '  targets: [{ indicator: "delegations.inbound", period: "2019", value: 3, where: { country: "LA" } }],',
    '  asOf: "2020-02-25",                  // "now" for stocks and "by now" ratios; default today',
    "});",
    "result.rows;    // { indicator, period, unit, value, previous, change, target, dims: { country } }[]",
    "result.toIPC(); // Arrow IPC bytes for the dashboards (tableFromIPC)",
    "```",
    "",
    "Tỷ lệ là phân số 0..1. Mỗi dòng có giá trị kỳ trước cùng loại (2019 → 2018, 2019Q1 → 2018Q4) và thay đổi. Khi chia nhóm, mỗi kỳ có một dòng cho mỗi nhóm xuất hiện ở bất kỳ kỳ nào được hỏi; ô không có bản ghi là 0 với số đếm và tổng, không có số liệu với tỷ lệ và số ngày. CLI: `doingoai indicators --help`.",
    "",
    "Percentages are fractions 0..1. Each row carries the previous period of the same kind (2019 → 2018, 2019Q1 → 2018Q4) and the change. When split, each period gets a row for every group seen in any requested period; a cell with no records is 0 for counts and sums, no data for ratios and days. CLI: `doingoai indicators --help`.",
    "",
    "Chỉ số của riêng bạn, tính cùng các chỉ số dưới đây / your own indicators, computed with the ones below: [custom-indicators.md](custom-indicators.md).",
    "",
    "| id | Chỉ số | Indicator | đơn vị / unit | chiều / direction | cộng được / additive |",
    "|---|---|---|---|---|---|",
    ...defs.map(
      (d) =>
        `| [\`${d.id}\`](#${d.id.replace(/[^a-z0-9_-]/g, "")}) | ${cell(d.label.vi)} | ${cell(d.label.en)} | ${d.unit} | ${d.direction} | ${d.additive ? "✓" : "—"} |`,
    ),
    "",
  ];
  for (const d of defs) {
    lines.push(
      `## \`${d.id}\``,
      "",
      `**${d.label.vi}** / **${d.label.en}**`,
      "",
      `- Định nghĩa: ${d.definition.vi}`,
      `- Definition: ${d.definition.en}`,
      `- Đơn vị / unit: ${unitText(d.unit)}`,
      `- Chiều tốt / direction: ${directionText[d.direction]}`,
      `- Chia theo / dimensions: ${d.dimensions.length > 0 ? d.dimensions.map((x) => `\`${x}\``).join(", ") : "(không / none)"}`,
      `- Cộng được qua các nhóm / additive: ${d.additive ? "có / yes" : "không / no"}`,
      `- Quy tắc kỳ: ${d.periodRule.vi}`,
      `- Period rule: ${d.periodRule.en}`,
      "",
    );
  }
  const used = [...new Set(defs.flatMap((d) => d.dimensions))].sort();
  lines.push("## Các chiều / Dimensions", "", "| chiều / dimension | ý nghĩa / meaning |", "|---|---|");
  for (const dim of used) lines.push(`| \`${dim}\` | ${cell(dimensionDocs[dim] ?? "")} |`);
  lines.push("");
  return lines.join("\n");
}
