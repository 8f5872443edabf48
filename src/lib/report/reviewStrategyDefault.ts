// Which strategy the review assesses when `report` is given no --strategy: the
// rule is buildReviewData's strategySection; these words say it, and `report
// --help` prints them (a test holds both to the rule on real databases).
import type { Bilingual } from "../../data/Bilingual.ts";

/** What the review reads without `--strategy FILE`, in the words of `report --help`. */
export const reviewStrategyDefault: Bilingual = {
  vi: "mặc định chiến lược đã thông qua trong cơ sở dữ liệu (doingoai strategy adopt FILE); chưa thông qua chiến lược nào thì báo cáo không có chỉ tiêu (riêng dữ liệu mẫu dùng chiến lược mẫu 2026–2030)",
  en: "default the strategy adopted in the database (doingoai strategy adopt FILE); with none adopted, the report has no targets (the sample data alone uses the sample 2026–2030 strategy)",
};
