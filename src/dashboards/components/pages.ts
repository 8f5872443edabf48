// The pages of the dashboards, in sidebar order. Vietnamese pages live at the
// root, their English versions under /en/ with the same file names. Each page
// is written once, in components/pages/<path>Page.ts, and both its .md files
// are shells written from this list by scripts/writePageShells.ts.

/** A page: its file name (without .md), its title in each language, and the files it reads. */
export interface PageInfo {
  path: string;
  vi: string;
  en: string;
  /**
   * The files the page reads, from the Framework root (data loaders' outputs and
   * assets). The shells name each in a `FileAttachment("…")` call with a literal
   * path, which is how Framework finds what a page needs; the page component
   * receives each under its base name ("data/site/aid.json" as `aid`): a JSON
   * file read, a CSV file (a download) as its address.
   */
  files: string[];
}

const office = "data/site/office.json";
const indicators = "data/site/indicators.json";

export const pageList: PageInfo[] = [
  { path: "index", vi: "Tổng quan", en: "Overview", files: [office, indicators] },
  {
    path: "delegations",
    vi: "Đoàn ra, đoàn vào",
    en: "Delegations",
    files: [office, "data/site/delegations.json", indicators, "assets/world.json"],
  },
  {
    path: "investment",
    vi: "Xúc tiến đầu tư",
    en: "Investment",
    files: [office, "data/site/investment.json", indicators],
  },
  {
    path: "aid",
    vi: "Viện trợ phi chính phủ",
    en: "Aid",
    files: [office, "data/site/aid.json", indicators, "data/site/aidProjects.csv"],
  },
  {
    path: "agreements",
    vi: "Thỏa thuận quốc tế",
    en: "Agreements",
    files: [office, "data/site/agreements.json", indicators],
  },
  {
    path: "strategy",
    vi: "Chiến lược và lộ trình",
    en: "Strategy and roadmap",
    files: [office, "data/site/strategy.json"],
  },
  {
    path: "review",
    vi: "Báo cáo tổng kết năm",
    en: "Annual review",
    files: [office, "data/site/review.json", indicators],
  },
  {
    path: "quality",
    vi: "Chất lượng dữ liệu",
    en: "Data quality",
    files: [office, "data/site/quality.json"],
  },
];
