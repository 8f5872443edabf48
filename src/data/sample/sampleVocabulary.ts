import type { Delegation } from "../delegations.ts";
import type { Random } from "./Random.ts";

// Word lists the generator draws from. Titles are bilingual, Vietnamese first.

/** Titles of an activity by agreement area. */
export const activityTitles: Record<string, readonly string[]> = {
  education: [
    "Trao đổi học bổng cho sinh viên / Scholarship exchange for students",
    "Tập huấn giáo viên tiếng Việt / Vietnamese-language teacher training",
  ],
  health: [
    "Tập huấn y tế cơ sở / Primary health care training",
    "Khám chữa bệnh nhân đạo / Humanitarian medical examinations",
  ],
  agriculture: [
    "Chuyển giao kỹ thuật trồng và chế biến chè / Tea growing and processing know-how",
    "Trình diễn mô hình nông nghiệp / Farming demonstration plots",
  ],
  culture: ["Tổ chức tuần văn hóa / Culture week", "Giao lưu nghệ thuật / Art exchange performances"],
  tourism: [
    "Khảo sát tuyến du lịch / Tourism route survey",
    "Quảng bá du lịch chung / Joint tourism promotion",
  ],
  trade: [
    "Tham gia hội chợ thương mại / Trade fair participation",
    "Kết nối doanh nghiệp / Business matching",
  ],
  investment: [
    "Hội nghị xúc tiến đầu tư / Investment promotion conference",
    "Khảo sát khu công nghiệp / Industrial park survey",
  ],
  labour: [
    "Tuyển chọn lao động thời vụ / Seasonal worker recruitment",
    "Đào tạo nghề trước khi xuất cảnh / Pre-departure vocational training",
  ],
  other: ["Trao đổi thông tin định kỳ / Regular information exchange"],
};

/** Head of a delegation: a title, never a private person's details. */
export function headTitle(
  direction: Delegation["direction"],
  level: Delegation["level"],
  random: Random,
): string {
  if (direction === "outbound") {
    switch (level) {
      case "provincial_leadership":
        return random.pick([
          "Chủ tịch UBND tỉnh / Chair of the Provincial People's Committee",
          "Phó Chủ tịch UBND tỉnh / Vice-Chair of the Provincial People's Committee",
          "Bí thư Tỉnh ủy / Provincial Party Secretary",
        ]);
      case "department":
        return random.pick([
          "Giám đốc Sở Ngoại vụ / Director of the Department of Foreign Affairs",
          "Giám đốc Sở Kế hoạch và Đầu tư / Director of the Department of Planning and Investment",
          "Giám đốc Sở Giáo dục và Đào tạo / Director of the Department of Education and Training",
          "Giám đốc Sở Y tế / Director of the Department of Health",
        ]);
      case "district_or_commune":
        return "Chủ tịch UBND huyện / Chair of the District People's Committee";
      case "business":
        return "Chủ tịch Hiệp hội Doanh nghiệp tỉnh / Chair of the Provincial Business Association";
      default:
        return "Trưởng đoàn / Head of delegation";
    }
  }
  switch (level) {
    case "provincial_leadership":
      return random.pick(["Tỉnh trưởng / Governor", "Phó Tỉnh trưởng / Vice-Governor", "Thị trưởng / Mayor"]);
    case "department":
      return "Giám đốc Sở / Director of Department";
    case "business":
      return "Tổng giám đốc / Chief Executive";
    case "other":
      return random.pick(["Đại sứ / Ambassador", "Trưởng đại diện / Country Director"]);
    default:
      return "Trưởng đoàn / Head of delegation";
  }
}

const companyWords: Record<string, [readonly string[], readonly string[], string]> = {
  KR: [
    ["Hanbit", "Daesung", "Mirae", "Seowon", "Jinwoo", "Haneul", "Samjin", "Woojin", "Bitgaram"],
    ["Electronics", "Precision", "Tech", "Materials", "Industrial"],
    "Co., Ltd.",
  ],
  JP: [
    ["Aoba", "Hoshino", "Kizuna", "Midori", "Tsubasa", "Yamabuki", "Kotobuki"],
    ["Seiki", "Denshi", "Kogyo", "Parts", "Foods"],
    "Co., Ltd.",
  ],
  CN: [
    ["Huaxin", "Jinlong", "Tianrui", "Hongda", "Xinyuan", "Ruifeng"],
    ["Electronic", "New Energy", "Textile", "Metal", "Machinery"],
    "Co., Ltd.",
  ],
  TW: [
    ["Formosa", "Jade Harbor", "Tainan", "Yushan", "Keelung"],
    ["Optoelectronics", "Components", "Plastics", "Footwear"],
    "Corp.",
  ],
  other: [
    ["Meridian", "Lion Gate", "Harbourside", "Summit", "Pacific Crest"],
    ["Holdings", "Logistics", "Industries", "Energy"],
    "Pte. Ltd.",
  ],
};

/** An invented company name that reads like one from `country`. */
export function companyName(country: string, random: Random): string {
  const [first, second, form] = companyWords[country] ?? companyWords["other"]!;
  return `${random.pick(first)} ${random.pick(second)} ${form}`;
}

/** Industries of investment contacts (free text in the contract), weighted. */
export const investmentSectors: readonly (readonly [string, number])[] = [
  ["Điện tử / Electronics", 35],
  ["Cơ khí chế tạo / Engineering", 15],
  ["Dệt may / Textiles and garments", 10],
  ["Vật liệu mới / New materials", 10],
  ["Chế biến nông sản / Agro-processing", 8],
  ["Logistics / Logistics", 7],
  ["Hạ tầng khu công nghiệp / Industrial parks", 5],
  ["Năng lượng / Energy", 5],
  ["Công nghệ thông tin / IT services", 5],
];

/** Investor countries, weighted: Korea first, as in Thái Nguyên's FDI. */
export const investorCountries: readonly (readonly [string, number])[] = [
  ["KR", 40],
  ["JP", 20],
  ["CN", 18],
  ["TW", 10],
  ["SG", 4],
  ["US", 3],
  ["HK", 3],
  ["TH", 2],
];

/** Real DAC 5-digit purpose codes used by the sample's aid projects, weighted, with a title stem. */
export const aidSectors: readonly (readonly [readonly [string, string], number])[] = [
  [["12220", "Chăm sóc sức khỏe ban đầu / Basic health care"], 14],
  [["11220", "Giáo dục tiểu học / Primary education"], 12],
  [["14030", "Nước sạch nông thôn / Basic drinking water supply"], 10],
  [["31120", "Phát triển nông nghiệp / Agricultural development"], 10],
  [["15150", "Nâng cao năng lực cộng đồng / Civil society participation"], 5],
  [["16010", "Bảo trợ xã hội / Social protection"], 8],
  [["43040", "Phát triển nông thôn / Rural development"], 10],
  [["74020", "Phòng chống thiên tai / Multi-hazard response preparedness"], 5],
  [["12240", "Dinh dưỡng trẻ em / Basic nutrition"], 7],
  [["11120", "Cơ sở vật chất trường học / Education facilities and training"], 6],
  [["12261", "Giáo dục sức khỏe / Health education"], 4],
  [["72010", "Cứu trợ khẩn cấp / Material relief assistance"], 3],
];

/** Places aid goes to: districts before 01/07/2025, communes after (as written then). */
export const aidLocationsBefore2025 = [
  "huyện Đại Từ",
  "huyện Phú Lương",
  "huyện Võ Nhai",
  "huyện Định Hóa",
  "huyện Đồng Hỷ",
  "huyện Phú Bình",
  "thị xã Phổ Yên",
  "thành phố Sông Công",
  "thành phố Thái Nguyên",
] as const;
export const aidLocationsAfter2025 = [
  "xã Đại Từ",
  "xã Võ Nhai",
  "xã Định Hóa",
  "xã Phú Bình",
  "xã Ba Bể",
  "xã Chợ Đồn",
  "phường Phổ Yên",
] as const;
