// The words of the dashboards in Vietnamese and English. Browser-safe: pages
// and components import it; nothing here needs Node or DuckDB.

/** The languages of the dashboards; Vietnamese is the default. */
export type Lang = "vi" | "en";

/** A text in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

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
    vi: "Không có dữ liệu: chưa có chiến lược của cơ quan, nên chưa có chỉ tiêu (đặt tệp chiến lược bằng DOINGOAI_STRATEGY).",
    en: "No data: the office has no strategy yet, so no targets (name the strategy file with DOINGOAI_STRATEGY).",
  },
  emptySection: { vi: "Không có dữ liệu cho năm này.", en: "No data for this year." },
  actual: { vi: "Thực hiện", en: "Actual" },
  path: { vi: "Lộ trình chỉ tiêu", en: "Target path" },
  forecast: { vi: "Dự báo (khoảng 80%)", en: "Forecast (80% interval)" },
} satisfies Record<string, Bilingual>;

/** Labels of the coded values of the data contract (docs/conventions.md §3), by dimension. */
export const valueLabels: Record<string, Record<string, Bilingual>> = {
  direction: {
    inbound: { vi: "Đoàn vào", en: "Inbound" },
    outbound: { vi: "Đoàn ra", en: "Outbound" },
  },
  level: {
    provincial_leadership: { vi: "Lãnh đạo tỉnh", en: "Provincial leadership" },
    department: { vi: "Sở, ngành", en: "Department" },
    district_or_commune: { vi: "Huyện, xã", en: "District or commune" },
    business: { vi: "Doanh nghiệp", en: "Business" },
    people: { vi: "Nhân dân", en: "People-to-people" },
    other: { vi: "Khác", en: "Other" },
  },
  purpose: {
    cooperation: { vi: "Hợp tác", en: "Cooperation" },
    investment_promotion: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
    trade: { vi: "Thương mại", en: "Trade" },
    aid: { vi: "Viện trợ", en: "Aid" },
    education: { vi: "Giáo dục", en: "Education" },
    culture: { vi: "Văn hóa", en: "Culture" },
    consular: { vi: "Lãnh sự", en: "Consular" },
    other: { vi: "Khác", en: "Other" },
  },
  channel: {
    inbound_visit: { vi: "Đoàn vào", en: "Inbound visit" },
    promotion_trip: { vi: "Chuyến xúc tiến", en: "Promotion trip" },
    conference: { vi: "Hội nghị", en: "Conference" },
    embassy: { vi: "Đại sứ quán", en: "Embassy" },
    referral: { vi: "Giới thiệu", en: "Referral" },
    other: { vi: "Khác", en: "Other" },
  },
  stage: {
    contact: { vi: "Tiếp xúc", en: "Contact" },
    site_visit: { vi: "Khảo sát thực địa", en: "Site visit" },
    mou: { vi: "Ký MOU", en: "MOU" },
    registered: { vi: "Cấp chứng nhận đầu tư", en: "Registered" },
  },
  activityStatus: {
    planned: { vi: "Kế hoạch", en: "Planned" },
    in_progress: { vi: "Đang thực hiện", en: "In progress" },
    done: { vi: "Đã thực hiện", en: "Done" },
    cancelled: { vi: "Hủy", en: "Cancelled" },
    overdue: { vi: "Quá hạn", en: "Overdue" },
  },
  recommendation: {
    keep: { vi: "duy trì", en: "keep" },
    reinvigorate: { vi: "thúc đẩy lại", en: "reinvigorate" },
    review_for_termination: { vi: "xem xét chấm dứt", en: "review for termination" },
  },
  progress: {
    on_track: { vi: "đúng tiến độ", en: "on track" },
    at_risk: { vi: "có nguy cơ chậm", en: "at risk" },
    off_track: { vi: "chậm tiến độ", en: "off track" },
    no_data: { vi: "chưa có số liệu", en: "no data" },
  },
  severity: {
    error: { vi: "Lỗi", en: "Error" },
    warning: { vi: "Cảnh báo", en: "Warning" },
  },
  milestoneStatus: {
    planned: { vi: "Kế hoạch", en: "Planned" },
    in_progress: { vi: "Đang thực hiện", en: "In progress" },
    done: { vi: "Hoàn thành", en: "Done" },
    late: { vi: "Chậm", en: "Late" },
    cancelled: { vi: "Hủy", en: "Cancelled" },
  },
  agreementKind: {
    agreement: { vi: "Thỏa thuận", en: "Agreement" },
    mou: { vi: "Biên bản ghi nhớ", en: "MOU" },
    sister_relationship: { vi: "Kết nghĩa", en: "Sister relationship" },
    other: { vi: "Khác", en: "Other" },
  },
  agreementStatus: {
    draft: { vi: "Dự thảo", en: "Draft" },
    active: { vi: "Còn hiệu lực", en: "Active" },
    expired: { vi: "Hết hạn", en: "Expired" },
    terminated: { vi: "Chấm dứt", en: "Terminated" },
  },
  aidStatus: {
    approved: { vi: "Đã phê duyệt", en: "Approved" },
    ongoing: { vi: "Đang thực hiện", en: "Ongoing" },
    completed: { vi: "Hoàn thành", en: "Completed" },
    cancelled: { vi: "Hủy", en: "Cancelled" },
    revoked: { vi: "Thu hồi", en: "Revoked" },
  },
  // OECD DAC 3-digit sector categories most seen in provincial aid.
  sectorCategory: {
    "111": { vi: "Giáo dục (chung)", en: "Education, level unspecified" },
    "112": { vi: "Giáo dục cơ bản", en: "Basic education" },
    "113": { vi: "Giáo dục trung học", en: "Secondary education" },
    "114": { vi: "Giáo dục sau trung học", en: "Post-secondary education" },
    "121": { vi: "Y tế (chung)", en: "Health, general" },
    "122": { vi: "Y tế cơ bản", en: "Basic health" },
    "123": { vi: "Bệnh không lây nhiễm", en: "Non-communicable diseases" },
    "130": { vi: "Dân số và sức khỏe sinh sản", en: "Population and reproductive health" },
    "140": { vi: "Nước sạch và vệ sinh", en: "Water supply and sanitation" },
    "151": { vi: "Quản trị và xã hội dân sự", en: "Government and civil society" },
    "160": { vi: "Hạ tầng xã hội khác", en: "Other social infrastructure" },
    "210": { vi: "Giao thông và kho bãi", en: "Transport and storage" },
    "230": { vi: "Năng lượng", en: "Energy" },
    "250": { vi: "Kinh doanh", en: "Business and other services" },
    "311": { vi: "Nông nghiệp", en: "Agriculture" },
    "312": { vi: "Lâm nghiệp", en: "Forestry" },
    "410": { vi: "Bảo vệ môi trường", en: "Environmental protection" },
    "430": { vi: "Đa ngành", en: "Multisector" },
    "720": { vi: "Ứng phó khẩn cấp", en: "Emergency response" },
    "740": { vi: "Phòng chống thiên tai", en: "Disaster prevention" },
  },
};

/** The label of a coded `value` of `dimension`; the code itself when unknown; countries by Intl. */
export function valueLabel(dimension: string, value: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "")
    return lang === "vi" ? "(không ghi)" : "(not recorded)";
  if (dimension === "country") return countryLabel(value, lang);
  return valueLabels[dimension]?.[value]?.[lang] ?? value;
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name from its ISO 3166-1 alpha-2 code, in the reader's language. */
export function countryLabel(code: string, lang: Lang): string {
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: "region" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The text of `text` in `lang`. */
export function say(text: Bilingual, lang: Lang): string {
  return text[lang];
}
