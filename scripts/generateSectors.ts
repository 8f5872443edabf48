// Generates src/data/sectors.ts, offline, from the IATI codelists kept in the repository:
// test/fixtures/iati/codelists/Sector.xml (the OECD DAC 5-digit purpose codes, 325 in the
// June 2026 list, withdrawn ones marked status="withdrawn" with their withdrawal date) and
// SectorCategory.xml (the 3-digit categories). Every code is kept, withdrawn ones with their
// status, since records from earlier years use them. English names come from the codelist;
// the category names (both languages, tidied) and the Vietnamese names of purpose codes are
// written by hand below — a code without one falls back to English. The script refuses a
// codelist whose codes lack a category here, or a Vietnamese name for a code not in the list.
//
//   npx tsx scripts/generateSectors.ts
import { readFileSync, writeFileSync } from "node:fs";
import * as prettier from "prettier";
import { SaxesParser } from "saxes";

const codelists = new URL("../test/fixtures/iati/codelists/", import.meta.url).pathname;
const output = new URL("../src/data/sectors.ts", import.meta.url).pathname;

interface Item {
  code: string;
  name: string;
  category: string;
  status: string;
  withdrawn?: string;
}

/** The codelist-items of an IATI codelist file: code, English name, category, status. */
function readCodelist(file: string): Item[] {
  const parser = new SaxesParser({ xmlns: false });
  const items: Item[] = [];
  const path: string[] = [];
  let item: Partial<Item> | null = null;
  let text = "";
  let lang: string | undefined;
  parser.on("opentag", (tag) => {
    path.push(tag.name);
    text = "";
    if (tag.name === "codelist-item") {
      const withdrawn = tag.attributes["withdrawal-date"];
      item = { status: String(tag.attributes["status"] ?? "active") };
      if (withdrawn !== undefined) item.withdrawn = String(withdrawn);
    }
    if (tag.name === "narrative") lang = tag.attributes["xml:lang"] as string | undefined;
  });
  parser.on("text", (t) => (text += t));
  parser.on("closetag", (tag) => {
    const parent = path[path.length - 2];
    if (item) {
      if (tag.name === "code" && parent === "codelist-item") item.code = text.trim();
      if (tag.name === "category" && parent === "codelist-item") item.category = text.trim();
      if (tag.name === "narrative" && parent === "name" && lang === undefined && item.name === undefined) {
        item.name = text.trim().replace(/\s+/g, " ");
      }
      if (tag.name === "codelist-item") {
        items.push({ category: "", ...item } as Item);
        item = null;
      }
    }
    path.pop();
    text = "";
  });
  parser.write(readFileSync(codelists + file, "utf8")).close();
  return items;
}

const sectorItems = readCodelist("Sector.xml");
const categoryItems = readCodelist("SectorCategory.xml");
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
  // added by the DAC in 2020 (written by hand when the table was regenerated from the 2026 list)
  "11260": "Giáo dục trung học cơ sở",
  "11330": "Đào tạo nghề",
  "11420": "Giáo dục đại học",
  "12191": "Dịch vụ y tế",
  "12220": "Chăm sóc sức khỏe cơ bản",
  "12230": "Cơ sở hạ tầng y tế cơ bản",
  "12240": "Dinh dưỡng cơ bản",
  "12250": "Phòng chống bệnh truyền nhiễm",
  "12261": "Giáo dục sức khỏe",
  "12263": "Phòng chống bệnh lao",
  "12264": "Phòng chống COVID-19", // added by the DAC in 2020
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
const catCodes = new Set(categories.map((c) => c[0]));
for (const c of categoryItems) if (!catCodes.has(c.code)) throw new Error("no category name for " + c.code);
for (const s of sectorItems) {
  if (!/^\d{5}$/.test(s.code)) throw new Error("bad code " + s.code);
  if (s.category !== s.code.slice(0, 3)) throw new Error(`category ${s.category} of ${s.code}`);
  if (!catCodes.has(s.category)) throw new Error("no category for " + s.code);
  if (s.status !== "active" && s.status !== "withdrawn") throw new Error(`status ${s.status} of ${s.code}`);
}
const all = [...sectorItems].sort((a, b) => a.code.localeCompare(b.code));
if (new Set(all.map((s) => s.code)).size !== all.length) throw new Error("a code twice");
for (const k of Object.keys(vi)) if (!all.some((r) => r.code === k)) throw new Error("vi for unknown " + k);
const withdrawnCount = all.filter((s) => s.status === "withdrawn").length;
const q = (s: string) => JSON.stringify(s);
const out = `// Generated by scripts/generateSectors.ts from the IATI "Sector" (OECD DAC 5-digit purpose codes) and
// "SectorCategory" (DAC 3-digit) codelists kept in test/fixtures/iati/codelists/ (as published by
// IATI, June 2026: ${all.length} codes, ${withdrawnCount} of them withdrawn); do not edit the tables by hand.
// Withdrawn codes (e.g. 15120, 15140, 15161–15164, 23010–23082) are kept with their status and
// withdrawal date: records from earlier years use them.
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
  /** "withdrawn" when the DAC no longer accepts the code for new activities (kept for older records). */
  status: "active" | "withdrawn";
  /** The codelist's withdrawal date (ISO), for a withdrawn code. */
  withdrawnOn?: string;
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

/** [code, English name] of an active code; [code, English name, withdrawal date] of a withdrawn one. */
const sectorRows: readonly (readonly [code: string, en: string, withdrawnOn?: string])[] = [
${all.map((s) => `  [${q(s.code)}, ${q(s.name)}${s.status === "withdrawn" ? `, ${q(s.withdrawn ?? "")}` : ""}],`).join("\n")}
];

/** The DAC 5-digit purpose codes (IATI "Sector" codelist), in code order, withdrawn ones included. */
export const sectors: readonly Sector[] = sectorRows.map(([code, en, withdrawnOn]) => {
  const vi = viNames[code];
  const name = vi === undefined ? { en } : { en, vi };
  const category = code.slice(0, 3);
  return withdrawnOn === undefined
    ? { code, category, name, status: "active" }
    : { code, category, name, status: "withdrawn", withdrawnOn };
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
