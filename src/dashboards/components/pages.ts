// The pages of the dashboards, in sidebar order. Vietnamese pages live at the
// root, their English versions under /en/ with the same file names.

/** A page: its file name (without .md) and its title in each language. */
export interface PageInfo {
  path: string;
  vi: string;
  en: string;
}

export const pageList: PageInfo[] = [
  { path: "index", vi: "Tổng quan", en: "Overview" },
  { path: "delegations", vi: "Đoàn ra, đoàn vào", en: "Delegations" },
  { path: "investment", vi: "Xúc tiến đầu tư", en: "Investment" },
  { path: "aid", vi: "Viện trợ phi chính phủ", en: "Aid" },
  { path: "agreements", vi: "Thỏa thuận quốc tế", en: "Agreements" },
  { path: "strategy", vi: "Chiến lược và lộ trình", en: "Strategy and roadmap" },
  { path: "review", vi: "Báo cáo sơ kết năm", en: "Annual review" },
  { path: "quality", vi: "Chất lượng dữ liệu", en: "Data quality" },
];
