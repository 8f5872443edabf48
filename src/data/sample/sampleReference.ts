import type { Agreement } from "../agreements.ts";
import type { Ngo } from "../ngos.ts";
import type { Partner } from "../partners.ts";

/** The label every synthetic record carries where the schema has room for a note. */
export const syntheticNote = "Dữ liệu mẫu tổng hợp / synthetic sample";

/** The day the sample's history stops: statuses (active, overdue, ongoing) are as of this day. */
export const sampleAsOf = "2025-12-31";

type PartnerSpec = [
  id: string,
  name: string,
  nameVi: string,
  kind: Partner["kind"],
  country: string,
  locality: string | null,
];

// Localities, embassies and agencies are real bodies; companies are invented.
// Every relationship and record with them in the sample is synthetic.
const partnerSpecs: PartnerSpec[] = [
  ["P-LA-LPB", "Luang Prabang Province", "Tỉnh Luông Pha Băng", "locality", "LA", "Luang Prabang"],
  ["P-LA-HPH", "Houaphanh Province", "Tỉnh Hủa Phăn", "locality", "LA", "Houaphanh"],
  ["P-LA-XKH", "Xiengkhouang Province", "Tỉnh Xiêng Khoảng", "locality", "LA", "Xiengkhouang"],
  [
    "P-LA-EMB",
    "Embassy of the Lao PDR in Viet Nam",
    "Đại sứ quán Lào tại Việt Nam",
    "embassy",
    "LA",
    "Hà Nội",
  ],
  ["P-KR-GUM", "Gumi City", "Thành phố Gumi", "locality", "KR", "Gyeongsangbuk-do"],
  ["P-KR-GB", "Gyeongsangbuk-do Provincial Government", "Tỉnh Gyeongsangbuk", "locality", "KR", "Andong"],
  ["P-KR-CB", "Chungcheongbuk-do Provincial Government", "Tỉnh Chungcheongbuk", "locality", "KR", "Cheongju"],
  [
    "P-KR-KOICA",
    "Korea International Cooperation Agency (KOICA)",
    "Cơ quan Hợp tác Quốc tế Hàn Quốc",
    "other",
    "KR",
    null,
  ],
  ["P-KR-EMB", "Embassy of the Republic of Korea", "Đại sứ quán Hàn Quốc", "embassy", "KR", "Hà Nội"],
  ["P-JP-GUN", "Gunma Prefecture", "Tỉnh Gunma", "locality", "JP", "Maebashi"],
  ["P-JP-SAI", "Saitama Prefecture", "Tỉnh Saitama", "locality", "JP", "Saitama"],
  [
    "P-JP-JICA",
    "Japan International Cooperation Agency (JICA)",
    "Cơ quan Hợp tác Quốc tế Nhật Bản",
    "other",
    "JP",
    null,
  ],
  ["P-JP-EMB", "Embassy of Japan", "Đại sứ quán Nhật Bản", "embassy", "JP", "Hà Nội"],
  ["P-CN-BS", "Baise City, Guangxi", "Thành phố Bách Sắc (Quảng Tây)", "locality", "CN", "Guangxi"],
  [
    "P-CN-EMB",
    "Embassy of the People's Republic of China",
    "Đại sứ quán Trung Quốc",
    "embassy",
    "CN",
    "Hà Nội",
  ],
  ["P-TH-UDN", "Udon Thani Province", "Tỉnh Udon Thani", "locality", "TH", "Udon Thani"],
  ["P-HU-BK", "Bács-Kiskun County", "Hạt Bács-Kiskun", "locality", "HU", "Kecskemét"],
  [
    "P-BE-WBI",
    "Wallonie-Bruxelles International",
    "Cơ quan Wallonie-Bruxelles Quốc tế",
    "other",
    "BE",
    "Bruxelles",
  ],
  ["P-FR-CVL", "Région Centre-Val de Loire", "Vùng Centre-Val de Loire", "locality", "FR", "Orléans"],
  ["P-US-EMB", "Embassy of the United States", "Đại sứ quán Hoa Kỳ", "embassy", "US", "Hà Nội"],
  ["P-AU-EMB", "Australian Embassy", "Đại sứ quán Australia", "embassy", "AU", "Hà Nội"],
  [
    "P-TW-TECO",
    "Taipei Economic and Cultural Office in Hanoi",
    "Văn phòng Kinh tế và Văn hóa Đài Bắc",
    "other",
    "TW",
    "Hà Nội",
  ],
  ["P-INT-UNICEF", "UNICEF Viet Nam", "UNICEF tại Việt Nam", "intl_org", "US", "Hà Nội"],
  ["P-INT-WB", "World Bank in Viet Nam", "Ngân hàng Thế giới tại Việt Nam", "intl_org", "US", "Hà Nội"],
  ["P-INT-ADB", "Asian Development Bank", "Ngân hàng Phát triển Châu Á", "intl_org", "PH", "Manila"],
  ["P-KR-CO1", "Hanbit Precision Co., Ltd.", "Công ty TNHH Hanbit Precision", "company", "KR", "Suwon"],
  ["P-JP-CO1", "Sakura Components K.K.", "Công ty Sakura Components", "company", "JP", "Nagoya"],
  [
    "P-CN-CO1",
    "Lingnan New Materials Co., Ltd.",
    "Công ty Vật liệu mới Lĩnh Nam",
    "company",
    "CN",
    "Shenzhen",
  ],
  [
    "P-TW-CO1",
    "Formosa Brightline Electronics Corp.",
    "Công ty Điện tử Formosa Brightline",
    "company",
    "TW",
    "Taoyuan",
  ],
];

/** The sample's foreign partners. */
export const samplePartners: Partner[] = partnerSpecs.map(
  ([partner_id, name, name_vi, kind, country, locality]) => ({
    partner_id,
    name,
    name_vi,
    kind,
    country,
    locality,
    notes: syntheticNote,
  }),
);

/** How an agreement's programme behaves over the years. */
export type AgreementHealth = "healthy" | "patchy" | "dormant";

/** An agreement of the sample with the facts that drive its activities and delegations. */
export interface AgreementSpec {
  row: Agreement;
  health: AgreementHealth;
  /** Dormant agreements: the first year with nothing done. */
  dormantFrom?: number;
  /** Terminated agreements: the last day anything happened. */
  endedOn?: string;
  /** Activities planned per year while alive. */
  perYear: number;
}

type AgreementInput = Omit<Agreement, "reported_on" | "expires_on" | "areas"> & {
  expires_on: string | null;
  /** Days from signing to the report to MOFA; null = never reported. */
  reportAfter: number | null;
  areas: NonNullable<Agreement["areas"]>;
};

function agreement(
  a: AgreementInput,
  health: AgreementHealth,
  perYear: number,
  extra: Partial<AgreementSpec> = {},
): AgreementSpec {
  const { reportAfter, ...row } = a;
  const signed = Date.parse(row.signed_on);
  const reported_on =
    reportAfter === null ? null : new Date(signed + reportAfter * 86_400_000).toISOString().slice(0, 10);
  return { row: { ...row, reported_on }, health, perYear, ...extra };
}

/** The Luang Prabang cooperation MOU in force in 2019 (docs/conventions.md §1). */
export const luangPrabangMou2017 = "AG-LA-LPB-2017";

/** The sample's agreements: healthy, patchy, dormant, reported late, expired, terminated. */
export const sampleAgreements: AgreementSpec[] = [
  agreement(
    {
      agreement_id: "AG-LA-HPH-2015",
      title:
        "Thỏa thuận hợp tác giữa tỉnh Thái Nguyên và tỉnh Hủa Phăn giai đoạn 2015–2020 / Cooperation agreement with Houaphanh 2015–2020",
      partner_id: "P-LA-HPH",
      kind: "agreement",
      signed_on: "2015-04-09",
      expires_on: "2020-04-08",
      reportAfter: 11,
      status: "expired",
      areas: ["education", "agriculture", "health"],
    },
    "patchy",
    2,
  ),
  agreement(
    {
      agreement_id: "AG-FR-CVL-2015",
      title: "Biên bản ghi nhớ hợp tác với vùng Centre-Val de Loire / MOU with Centre-Val de Loire",
      partner_id: "P-FR-CVL",
      kind: "mou",
      signed_on: "2015-02-10",
      expires_on: "2020-02-09",
      reportAfter: 9,
      status: "expired",
      areas: ["education", "culture", "agriculture"],
    },
    "patchy",
    2,
  ),
  agreement(
    {
      agreement_id: "AG-CN-BS-2015",
      title: "Biên bản ghi nhớ hợp tác kinh tế thương mại với thành phố Bách Sắc / MOU on trade with Baise",
      partner_id: "P-CN-BS",
      kind: "mou",
      signed_on: "2015-11-10",
      expires_on: "2020-11-09",
      reportAfter: 9,
      status: "expired",
      areas: ["trade", "investment", "tourism"],
    },
    "patchy",
    2,
  ),
  agreement(
    {
      agreement_id: "AG-KR-GUM-2016",
      title:
        "Thỏa thuận thiết lập quan hệ hữu nghị và hợp tác với thành phố Gumi / Friendship and cooperation with Gumi City",
      partner_id: "P-KR-GUM",
      kind: "sister_relationship",
      signed_on: "2016-09-22",
      expires_on: null,
      reportAfter: 11,
      status: "active",
      areas: ["investment", "labour", "education", "culture"],
    },
    "healthy",
    4,
  ),
  agreement(
    {
      agreement_id: "AG-BE-WBI-2016",
      title:
        "Thỏa thuận hợp tác với Wallonie-Bruxelles International / Agreement with Wallonie-Bruxelles International",
      partner_id: "P-BE-WBI",
      kind: "agreement",
      signed_on: "2016-06-07",
      expires_on: "2021-06-06",
      reportAfter: 23,
      status: "terminated",
      areas: ["education", "health"],
    },
    "healthy",
    3,
    { endedOn: "2019-12-31" },
  ),
  agreement(
    {
      agreement_id: luangPrabangMou2017,
      title:
        "Biên bản ghi nhớ hợp tác giữa tỉnh Thái Nguyên và tỉnh Luông Pha Băng giai đoạn 2017–2022 / MOU on cooperation with Luang Prabang 2017–2022",
      partner_id: "P-LA-LPB",
      kind: "mou",
      signed_on: "2017-05-18",
      expires_on: "2022-05-17",
      reportAfter: 11,
      status: "expired",
      areas: ["education", "health", "agriculture", "culture", "tourism"],
    },
    "healthy",
    4,
  ),
  agreement(
    {
      agreement_id: "AG-HU-BK-2017",
      title: "Thỏa thuận hợp tác với hạt Bács-Kiskun / Cooperation agreement with Bács-Kiskun County",
      partner_id: "P-HU-BK",
      kind: "agreement",
      signed_on: "2017-10-05",
      expires_on: null,
      reportAfter: 11,
      status: "active",
      areas: ["education", "agriculture"],
    },
    "dormant",
    2,
    { dormantFrom: 2020 },
  ),
  agreement(
    {
      agreement_id: "AG-KR-CB-2018",
      title: "Biên bản ghi nhớ hợp tác với tỉnh Chungcheongbuk / MOU with Chungcheongbuk-do",
      partner_id: "P-KR-CB",
      kind: "mou",
      signed_on: "2018-11-06",
      expires_on: "2023-11-05",
      reportAfter: 44,
      status: "expired",
      areas: ["labour", "education", "agriculture"],
    },
    "patchy",
    2,
  ),
  agreement(
    {
      agreement_id: "AG-TH-UDN-2018",
      title: "Biên bản ghi nhớ hợp tác với tỉnh Udon Thani / MOU with Udon Thani",
      partner_id: "P-TH-UDN",
      kind: "mou",
      signed_on: "2018-03-14",
      expires_on: null,
      reportAfter: null,
      status: "active",
      areas: ["trade", "tourism"],
    },
    "dormant",
    2,
    { dormantFrom: 2019 },
  ),
  agreement(
    {
      agreement_id: "AG-KR-KOICA-2019",
      title: "Thỏa thuận hợp tác y tế cơ sở với KOICA / Primary health care agreement with KOICA",
      partner_id: "P-KR-KOICA",
      kind: "agreement",
      signed_on: "2019-08-12",
      expires_on: "2024-08-11",
      reportAfter: 10,
      status: "expired",
      areas: ["health"],
    },
    "healthy",
    3,
  ),
  agreement(
    {
      agreement_id: "AG-JP-GUN-2019",
      title: "Biên bản ghi nhớ hợp tác với tỉnh Gunma / MOU with Gunma Prefecture",
      partner_id: "P-JP-GUN",
      kind: "mou",
      signed_on: "2019-12-03",
      expires_on: null,
      reportAfter: 27,
      status: "active",
      areas: ["labour", "agriculture", "investment"],
    },
    "dormant",
    2,
    { dormantFrom: 2021 },
  ),
  agreement(
    {
      agreement_id: "AG-LA-XKH-2020",
      title: "Biên bản ghi nhớ hợp tác với tỉnh Xiêng Khoảng / MOU with Xiengkhouang",
      partner_id: "P-LA-XKH",
      kind: "mou",
      signed_on: "2020-01-15",
      expires_on: "2025-01-14",
      reportAfter: 14,
      status: "expired",
      areas: ["education", "agriculture"],
    },
    "patchy",
    2,
  ),
  agreement(
    {
      agreement_id: "AG-JP-JICA-2021",
      title:
        "Thỏa thuận hợp tác kỹ thuật nông nghiệp với JICA / Technical cooperation in agriculture with JICA",
      partner_id: "P-JP-JICA",
      kind: "agreement",
      signed_on: "2021-03-25",
      expires_on: "2026-03-24",
      reportAfter: 11,
      status: "active",
      areas: ["agriculture"],
    },
    "healthy",
    3,
  ),
  agreement(
    {
      agreement_id: "AG-LA-HPH-2021",
      title:
        "Thỏa thuận hợp tác với tỉnh Hủa Phăn giai đoạn 2021–2026 / Cooperation agreement with Houaphanh 2021–2026",
      partner_id: "P-LA-HPH",
      kind: "agreement",
      signed_on: "2021-12-08",
      expires_on: "2026-12-07",
      reportAfter: 12,
      status: "active",
      areas: ["education", "agriculture", "health"],
    },
    "patchy",
    2,
  ),
  agreement(
    {
      agreement_id: "AG-LA-LPB-2022",
      title:
        "Biên bản ghi nhớ hợp tác với tỉnh Luông Pha Băng giai đoạn 2022–2027 / MOU on cooperation with Luang Prabang 2022–2027",
      partner_id: "P-LA-LPB",
      kind: "mou",
      signed_on: "2022-10-14",
      expires_on: "2027-10-13",
      reportAfter: 27,
      status: "active",
      areas: ["education", "health", "agriculture", "culture", "tourism"],
    },
    "healthy",
    4,
  ),
  agreement(
    {
      agreement_id: "AG-KR-GB-2023",
      title: "Biên bản ghi nhớ hợp tác với tỉnh Gyeongsangbuk / MOU with Gyeongsangbuk-do",
      partner_id: "P-KR-GB",
      kind: "mou",
      signed_on: "2023-05-16",
      expires_on: "2028-05-15",
      reportAfter: 9,
      status: "active",
      areas: ["investment", "labour", "education"],
    },
    "healthy",
    3,
  ),
  agreement(
    {
      agreement_id: "AG-JP-SAI-2024",
      title: "Biên bản ghi nhớ hợp tác với tỉnh Saitama / MOU with Saitama Prefecture",
      partner_id: "P-JP-SAI",
      kind: "mou",
      signed_on: "2024-07-09",
      expires_on: "2029-07-08",
      reportAfter: 10,
      status: "active",
      areas: ["labour", "education"],
    },
    "healthy",
    3,
  ),
  agreement(
    {
      agreement_id: "AG-CN-BS-2025",
      title: "Biên bản ghi nhớ hợp tác với thành phố Bách Sắc giai đoạn 2025–2030 / MOU with Baise 2025–2030",
      partner_id: "P-CN-BS",
      kind: "mou",
      signed_on: "2025-04-22",
      expires_on: "2030-04-21",
      reportAfter: 28,
      status: "active",
      areas: ["trade", "investment", "tourism"],
    },
    "healthy",
    3,
  ),
];

type NgoSpec = [id: string, name: string, country: string, from: string, to: string | null];

// Invented organisations: no real NGO's work is described by the sample.
const ngoSpecs: NgoSpec[] = [
  ["NGO-01", "Bright Futures for Children", "US", "2013-03-01", null],
  ["NGO-02", "Mekong Health Partnership", "AU", "2014-06-15", "2024-06-14"],
  ["NGO-03", "Clean Water Villages", "US", "2012-09-01", null],
  ["NGO-04", "Hanul Sharing Foundation", "KR", "2015-01-10", null],
  ["NGO-05", "Sakura Heart Association", "JP", "2014-11-20", null],
  ["NGO-06", "Terre et Avenir", "FR", "2013-05-05", "2023-05-04"],
  ["NGO-07", "Highland Education Fund", "GB", "2016-02-01", null],
  ["NGO-08", "Green Uplands Initiative", "NL", "2014-04-01", null],
  ["NGO-09", "Nordic Rural Aid", "NO", "2015-08-12", "2025-08-11"],
  ["NGO-10", "Maple Leaf Children's Trust", "CA", "2013-10-01", null],
  ["NGO-11", "Solidarité Santé Belgique", "BE", "2012-12-01", null],
  ["NGO-12", "Edelweiss Development Aid", "CH", "2014-07-07", null],
  ["NGO-13", "Hope Bridge International", "US", "2015-03-03", null],
  ["NGO-14", "Kumo Disaster Relief Network", "JP", "2016-09-09", null],
  ["NGO-15", "Saebom Community Welfare", "KR", "2017-01-16", null],
  ["NGO-16", "Deutsche Dorfhilfe", "DE", "2013-06-01", null],
  ["NGO-17", "Southern Cross Vision Care", "AU", "2015-11-11", null],
  ["NGO-18", "Evergreen Livelihoods", "US", "2016-05-20", null],
  ["NGO-19", "Irish Friends of Viet Nam", "IE", "2014-02-14", null],
  ["NGO-20", "Svenska Barnfonden", "SE", "2013-08-08", "2023-08-07"],
  ["NGO-21", "Aotearoa Water Trust", "NZ", "2018-03-01", null],
  ["NGO-22", "Dansk Sundhed", "DK", "2017-06-06", null],
  ["NGO-23", "Taiwan Harmony Foundation", "TW", "2016-10-10", null],
  ["NGO-24", "Lion City Care", "SG", "2019-01-02", null],
  ["NGO-25", "Global Literacy Link", "US", "2018-07-01", null],
  ["NGO-26", "Pacific Resilience Fund", "AU", "2020-02-02", null],
  ["NGO-27", "Arirang Medical Volunteers", "KR", "2021-04-04", null],
  ["NGO-28", "Hikari Agriculture Support", "JP", "2022-05-05", null],
  ["NGO-29", "Alpine Schools Partnership", "AT", "2023-01-09", null],
  ["NGO-30", "Open Hands Foundation", "US", "2024-03-01", null],
];

/** The sample's foreign NGOs (invented names). */
export const sampleNgos: Ngo[] = ngoSpecs.map(([ngo_id, name, country, from, to], i) => ({
  ngo_id,
  name,
  country,
  registration_no: `${String(101 + i * 7).padStart(3, "0")}/GĐK-PCPNN`,
  registered_from: from,
  registered_to: to,
}));

/** Currency an NGO commits its aid in, by headquarters country. */
export function ngoCurrency(country: string): string {
  switch (country) {
    case "JP":
      return "JPY";
    case "KR":
      return "KRW";
    case "AU":
      return "AUD";
    case "FR":
    case "NL":
    case "BE":
    case "DE":
    case "IE":
    case "AT":
      return "EUR";
    default:
      return "USD";
  }
}
