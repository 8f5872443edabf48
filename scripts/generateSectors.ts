// Generates src/data/sectors.ts, offline, from scripts/dac-sectors.txt: one
// "code|English name" line per DAC purpose code, transcribed from the IATI
// Sector codelist (CSV copy akmiller01/iati_qb_country_filter Sector.csv
// @4b2b3d44, whose codes and names match IATI/IATI-Codelists-NonEmbedded
// xml/Sector.xml @01cbd847). Category names (both languages) and the
// Vietnamese names of purpose codes are kept below.
//
//   npx tsx scripts/generateSectors.ts
import { readFileSync, writeFileSync } from "node:fs";
import * as prettier from "prettier";

const input = new URL("./dac-sectors.txt", import.meta.url).pathname;
const output = new URL("../src/data/sectors.ts", import.meta.url).pathname;
const rows = readFileSync(input, "utf8")
  .trim()
  .split("\n")
  .map((l) => l.split("|") as [string, string]);
const categories: [code: string, vi: string, en: string][] = [
  ["110", "Giáo dục", "Education"],
  ["111", "Giáo dục, không xác định cấp học", "Education, level unspecified"],
  ["112", "Giáo dục cơ bản", "Basic education"],
  ["113", "Giáo dục trung học", "Upper secondary education"],
  ["114", "Giáo dục sau trung học", "Post-secondary education"],
  ["120", "Y tế", "Health"],
  ["121", "Y tế tổng quát", "Health, general"],
  ["122", "Y tế cơ bản", "Basic health"],
  ["123", "Bệnh không lây nhiễm", "Non-communicable diseases (NCDs)"],
  [
    "130",
    "Chính sách, chương trình dân số và sức khỏe sinh sản",
    "Population policies/programmes and reproductive health",
  ],
  ["140", "Cấp nước và vệ sinh", "Water supply and sanitation"],
  ["150", "Chính phủ và xã hội dân sự", "Government and civil society"],
  ["151", "Chính phủ và xã hội dân sự, tổng quát", "Government and civil society, general"],
  ["152", "Xung đột, hòa bình và an ninh", "Conflict, peace and security"],
  ["160", "Hạ tầng và dịch vụ xã hội khác", "Other social infrastructure and services"],
  ["210", "Giao thông vận tải và kho bãi", "Transport and storage"],
  ["220", "Thông tin và truyền thông", "Communications"],
  ["230", "Năng lượng", "Energy"],
  ["231", "Chính sách năng lượng", "Energy policy"],
  ["232", "Sản xuất năng lượng từ nguồn tái tạo", "Energy generation, renewable sources"],
  ["233", "Sản xuất năng lượng từ nguồn không tái tạo", "Energy generation, non-renewable sources"],
  ["234", "Nhà máy năng lượng hỗn hợp", "Hybrid energy plants"],
  ["235", "Nhà máy điện hạt nhân", "Nuclear energy plants"],
  ["236", "Phân phối năng lượng", "Energy distribution"],
  ["240", "Ngân hàng và dịch vụ tài chính", "Banking and financial services"],
  ["250", "Kinh doanh và dịch vụ khác", "Business and other services"],
  ["310", "Nông nghiệp, lâm nghiệp, thủy sản", "Agriculture, forestry, fishing"],
  ["311", "Nông nghiệp", "Agriculture"],
  ["312", "Lâm nghiệp", "Forestry"],
  ["313", "Thủy sản", "Fishing"],
  ["320", "Công nghiệp, khai khoáng, xây dựng", "Industry, mining, construction"],
  ["321", "Công nghiệp", "Industry"],
  ["322", "Tài nguyên khoáng sản và khai khoáng", "Mineral resources and mining"],
  ["323", "Xây dựng", "Construction"],
  ["330", "Chính sách và quy định thương mại", "Trade policies and regulations"],
  ["331", "Chính sách và quy định thương mại", "Trade policies and regulations"],
  ["332", "Du lịch", "Tourism"],
  ["410", "Bảo vệ môi trường chung", "General environment protection"],
  ["430", "Đa lĩnh vực khác", "Other multisector"],
  ["510", "Hỗ trợ ngân sách chung", "General budget support"],
  ["520", "Hỗ trợ lương thực cho phát triển", "Development food assistance"],
  ["530", "Hỗ trợ hàng hóa khác", "Other commodity assistance"],
  ["600", "Hoạt động liên quan đến nợ", "Action relating to debt"],
  ["720", "Ứng phó khẩn cấp", "Emergency response"],
  ["730", "Tái thiết và phục hồi", "Reconstruction and rehabilitation"],
  ["740", "Phòng ngừa và sẵn sàng ứng phó thiên tai", "Disaster preparedness"],
  ["910", "Chi phí hành chính của nhà tài trợ", "Administrative costs of donors"],
  ["920", "Hỗ trợ tổ chức phi chính phủ", "Support to non-governmental organisations (NGOs)"],
  ["930", "Người tị nạn, người xin tị nạn tại nước tài trợ", "Refugees/asylum seekers in donor countries"],
  ["998", "Chưa phân bổ, không xác định", "Unallocated / unspecified"],
];
// Vietnamese names for the purpose codes foreign NGOs use most in Vietnamese provinces;
// every other code falls back to its English name.
const vi: Record<string, string> = {
  "11220": "Giáo dục tiểu học",
  "11240": "Giáo dục mầm non",
  "11330": "Đào tạo nghề",
  "11420": "Giáo dục đại học",
  "12191": "Dịch vụ y tế",
  "12220": "Chăm sóc sức khỏe cơ bản",
  "12230": "Cơ sở hạ tầng y tế cơ bản",
  "12240": "Dinh dưỡng cơ bản",
  "12250": "Phòng chống bệnh truyền nhiễm",
  "12261": "Giáo dục sức khỏe",
  "12263": "Phòng chống bệnh lao",
  "12264": "Phòng chống COVID-19",
  "12281": "Phát triển nhân lực y tế",
  "13020": "Chăm sóc sức khỏe sinh sản",
  "13040": "Phòng chống bệnh lây truyền qua đường tình dục, kể cả HIV/AIDS",
  "14030": "Cấp nước sinh hoạt và vệ sinh cơ bản",
  "14031": "Cấp nước sinh hoạt cơ bản",
  "14032": "Vệ sinh cơ bản",
  "14050": "Quản lý, xử lý chất thải",
  "16010": "Bảo trợ xã hội",
  "16020": "Tạo việc làm",
  "16040": "Nhà ở chi phí thấp",
  "31120": "Phát triển nông nghiệp",
  "31163": "Chăn nuôi",
  "31166": "Khuyến nông",
  "31220": "Phát triển lâm nghiệp",
  "41030": "Đa dạng sinh học",
  "43040": "Phát triển nông thôn",
  "43060": "Giảm nhẹ rủi ro thiên tai",
  "72010": "Cứu trợ vật chất và dịch vụ",
  "73010": "Tái thiết và phục hồi ngay sau thảm họa",
  "74010": "Phòng ngừa và sẵn sàng ứng phó thiên tai",
};
// Not in the stored copy of the codelist (it predates 2020): added by the OECD DAC in 2020.
const supplement: [string, string][] = [["12264", "COVID-19 control"]];
const all = [...rows, ...supplement].sort((a, b) => a[0].localeCompare(b[0]));
const catCodes = new Set(categories.map((c) => c[0]));
for (const [code] of all) {
  if (!/^\d{5}$/.test(code)) throw new Error("bad code " + code);
  if (!catCodes.has(code.slice(0, 3))) throw new Error("no category for " + code);
}
for (const k of Object.keys(vi)) if (!all.some((r) => r[0] === k)) throw new Error("vi for unknown " + k);
const q = (s: string) => JSON.stringify(s);
const out = `// Generated by scripts/generateSectors.ts from the IATI "Sector" (OECD DAC 5-digit purpose codes) and
// "SectorCategory" (DAC 3-digit) codelists; do not edit the tables by hand.
// Source: IATI/IATI-Codelists-NonEmbedded xml/Sector.xml (stored version 01cbd847) and
// xml/SectorCategory.xml (0733cd95), via the CSV copy akmiller01/iati_qb_country_filter
// Sector.csv (4b2b3d44), whose codes and names match. Codes the DAC has since withdrawn
// (e.g. 15120, 15140, 15161–15164, 23010–23082) are kept: records from earlier years use them.
// 12264 "COVID-19 control" (2020) is added to the stored copy, which predates it.
// Vietnamese names: all categories; purpose codes only where listed (else English).
import type { Bilingual, Lang } from "./Bilingual.ts";

/** A 3-digit DAC sector category, e.g. 122 "Y tế cơ bản / Basic health". */
export interface SectorCategory {
  code: string;
  name: Bilingual;
}

/** A 5-digit DAC purpose code; \`name.vi\` is absent where no Vietnamese name is kept. */
export interface Sector {
  code: string;
  /** The 3-digit category it rolls up to. */
  category: string;
  name: { en: string; vi?: string };
}

/** The DAC 3-digit sector categories, in code order. */
export const sectorCategories: readonly SectorCategory[] = [
${categories.map(([c, v, e]) => `  { code: ${q(c)}, name: { vi: ${q(v)}, en: ${q(e)} } },`).join("\n")}
];

const viNames: Record<string, string> = {
${Object.entries(vi)
  .map(([c, v]) => `  ${q(c)}: ${q(v)},`)
  .join("\n")}
};

const sectorRows: readonly (readonly [code: string, en: string])[] = [
${all.map(([c, e]) => `  [${q(c)}, ${q(e)}],`).join("\n")}
];

/** The DAC 5-digit purpose codes (IATI "Sector" codelist), in code order. */
export const sectors: readonly Sector[] = sectorRows.map(([code, en]) => {
  const vi = viNames[code];
  return { code, category: code.slice(0, 3), name: vi === undefined ? { en } : { en, vi } };
});

const sectorByCode = new Map(sectors.map((s) => [s.code, s]));
const categoryByCode = new Map(sectorCategories.map((c) => [c.code, c]));

/** True when \`code\` is a DAC 5-digit purpose code of the list, e.g. "12220". */
export function isSectorCode(code: string): boolean {
  return sectorByCode.has(code);
}

/** The 3-digit category of a 5-digit purpose code ("12220" → "122"), or undefined for an unknown code. */
export function sectorCategory(code: string): string | undefined {
  return sectorByCode.get(code)?.category;
}

/**
 * The name of a 5-digit purpose code or a 3-digit category, in Vietnamese
 * (default) or English. A purpose code without a Vietnamese name gives its
 * English name; an unknown code gives the code itself.
 */
export function sectorName(code: string, lang: Lang = "vi"): string {
  const category = categoryByCode.get(code);
  if (category) return category.name[lang];
  const sector = sectorByCode.get(code);
  if (!sector) return code;
  return lang === "vi" ? (sector.name.vi ?? sector.name.en) : sector.name.en;
}
`;
const config = await prettier.resolveConfig(output);
writeFileSync(output, await prettier.format(out, { ...config, filepath: output }));
console.log(`${output}: ${all.length} codes, ${categories.length} categories`);
