import { budgetLines } from "../../data/budgets.ts";
import { milestoneStatuses } from "../../data/planning/strategy.ts";

/**
 * The strategy workbook's layout, shared by the writer ({@link strategyToWorkbook})
 * and the reader ({@link workbookToStrategy}): one sheet per part of the strategy,
 * each column with its key, its bilingual header and what a cell may hold.
 */

/** What a cell of a column may hold. */
/** `value`: a number or a text, kept as Excel holds it. */
export type SheetColumnKind = "text" | "number" | "integer" | "date" | "list" | "value";

/** One column of a strategy sheet. */
export interface SheetColumn {
  key: string;
  vi: string;
  en: string;
  kind: SheetColumnKind;
  /** The allowed values of a `list` column ("indicators": the registry's ids, given at writing). */
  values?: readonly string[] | "indicators";
}

const col = (
  key: string,
  vi: string,
  en: string,
  kind: SheetColumnKind = "text",
  values?: SheetColumn["values"],
) => (values === undefined ? { key, vi, en, kind } : { key, vi, en, kind, values });

/** The column holding every field the sheet has no column for, as JSON (e.g. a draft's reasoning). */
export const extraColumn = col("extra", "Trường khác (JSON)", "Other fields (JSON)");

/** The kinds of row of the `general` sheet. */
export const generalFields = ["plan_period", "title", "viewpoint", "implementation"] as const;
/** The kinds of row of the `goals` sheet. */
export const goalRowKinds = ["goal", "objective", "task", "solution"] as const;

/** The fixed sheets and their columns, in order (year columns are added after `yearsAfter`). */
export const strategySheets = {
  general: {
    title: { vi: "Chung", en: "General" },
    columns: [
      col("field", "Mục", "Field", "list", generalFields),
      col("vi", "Tiếng Việt", "Vietnamese"),
      col("en", "Tiếng Anh", "English"),
      extraColumn,
    ],
  },
  goals: {
    title: { vi: "Mục tiêu", en: "Goals" },
    columns: [
      col("goal_id", "Mã mục tiêu", "Goal id"),
      col("objective_id", "Mã mục tiêu cụ thể", "Objective id"),
      col("kind", "Loại dòng", "Row kind", "list", goalRowKinds),
      col("vi", "Tiếng Việt", "Vietnamese"),
      col("en", "Tiếng Anh", "English"),
      extraColumn,
    ],
  },
  targets: {
    title: { vi: "Chỉ tiêu", en: "Targets" },
    columns: [
      col("goal_id", "Mã mục tiêu", "Goal id"),
      col("objective_id", "Mã mục tiêu cụ thể", "Objective id"),
      col("id", "Mã chỉ tiêu", "Target id"),
      col("indicator", "Chỉ số", "Indicator", "list", "indicators"),
      col("where", "Phân tổ (khóa=giá trị; …)", "Split (key=value; …)"),
      col("direction", "Chiều tốt", "Good direction", "list", ["up", "down"]),
      col("baseline_period", "Năm gốc", "Baseline year"),
      col("baseline_value", "Giá trị gốc", "Baseline value", "number"),
      col("end", "Giá trị cuối kỳ", "End value", "number"),
      col("path", "Đường lộ trình", "Path", "list", ["linear", "compound"]),
      col("note_vi", "Ghi chú", "Note (Vietnamese)"),
      col("note_en", "Ghi chú (tiếng Anh)", "Note (English)"),
      extraColumn,
    ],
    yearsAfter: "path",
  },
  milestones: {
    title: { vi: "Mốc lộ trình", en: "Milestones" },
    columns: [
      col("id", "Mã mốc", "Milestone id"),
      col("title_vi", "Nội dung", "Title (Vietnamese)"),
      col("title_en", "Nội dung (tiếng Anh)", "Title (English)"),
      col("owner", "Đơn vị chủ trì", "Owner"),
      col("due", "Hạn (yyyy-mm-dd)", "Due (yyyy-mm-dd)", "date"),
      col("depends_on", "Phụ thuộc (mã; …)", "Depends on (ids; …)"),
      col("budget_vnd", "Kinh phí (VND)", "Budget (VND)", "integer"),
      col("status", "Tình trạng", "Status", "list", milestoneStatuses),
      extraColumn,
    ],
  },
  programmes: {
    title: { vi: "Chương trình", en: "Programmes" },
    columns: [
      col("agreement_id", "Mã thỏa thuận", "Agreement id"),
      col("objective_vi", "Mục tiêu chương trình", "Objective (Vietnamese)"),
      col("objective_en", "Mục tiêu (tiếng Anh)", "Objective (English)"),
      col("lead_unit", "Đơn vị chủ trì", "Lead unit"),
      col("counterpart", "Đối tác phía bạn", "Partner counterpart"),
      col("review_dates", "Ngày rà soát (yyyy-mm-dd; …)", "Review dates (yyyy-mm-dd; …)"),
      extraColumn,
    ],
    yearsAfter: "review_dates",
  },
  results: {
    title: { vi: "Kết quả", en: "Results" },
    columns: [
      col("agreement_id", "Mã thỏa thuận", "Agreement id"),
      col("id", "Mã kết quả", "Result id"),
      col("title_vi", "Kết quả mong đợi", "Expected result (Vietnamese)"),
      col("title_en", "Kết quả (tiếng Anh)", "Expected result (English)"),
      col("indicator_vi", "Chỉ số đo", "Indicator (Vietnamese)"),
      col("indicator_en", "Chỉ số (tiếng Anh)", "Indicator (English)"),
      col("baseline", "Giá trị gốc", "Baseline", "value"),
      col("target", "Chỉ tiêu", "Target", "value"),
      col("verification_vi", "Nguồn kiểm chứng", "Means of verification (Vietnamese)"),
      col("verification_en", "Nguồn kiểm chứng (tiếng Anh)", "Means of verification (English)"),
      col("risks_vi", "Giả định, rủi ro", "Assumptions, risks (Vietnamese)"),
      col("risks_en", "Giả định, rủi ro (tiếng Anh)", "Assumptions, risks (English)"),
      extraColumn,
    ],
  },
  activities: {
    title: { vi: "Hoạt động", en: "Activities" },
    columns: [
      col("agreement_id", "Mã thỏa thuận", "Agreement id"),
      col("id", "Mã hoạt động", "Activity id"),
      col("title_vi", "Hoạt động", "Activity (Vietnamese)"),
      col("title_en", "Hoạt động (tiếng Anh)", "Activity (English)"),
      col("due", "Hạn (yyyy-mm-dd)", "Due (yyyy-mm-dd)", "date"),
      col("result", "Mã kết quả", "Result id"),
      extraColumn,
    ],
  },
  budget: {
    title: { vi: "Kinh phí", en: "Budget" },
    columns: [
      col("year", "Năm", "Year"),
      col("line", "Khoản mục", "Line", "list", budgetLines),
      col("amount_vnd", "Số tiền (VND)", "Amount (VND)", "integer"),
      col("note_vi", "Ghi chú", "Note (Vietnamese)"),
      col("note_en", "Ghi chú (tiếng Anh)", "Note (English)"),
      extraColumn,
    ],
  },
} as const satisfies Record<
  string,
  { title: { vi: string; en: string }; columns: readonly SheetColumn[]; yearsAfter?: string }
>;

/** A sheet's name. */
export type StrategySheetName = keyof typeof strategySheets;

/** The header a column carries in the workbook: "Tiếng Việt / English". */
export function sheetHeader(column: { vi: string; en: string }): string {
  return `${column.vi} / ${column.en}`;
}

/** The column of a year's values in the targets and programmes sheets. */
export function yearColumn(year: string, programme: boolean): SheetColumn {
  return programme
    ? { key: year, vi: `Kinh phí ${year} (VND)`, en: `Budget ${year} (VND)`, kind: "integer" }
    : { key: year, vi: `Năm ${year}`, en: `Year ${year}`, kind: "number" };
}
