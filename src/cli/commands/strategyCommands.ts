// The strategy sub-commands that work on the strategy as a whole: export/import the planners'
// workbook, adopt it into the database, and write the plan document. Kept apart from
// strategy.ts so that file only dispatches.
import type { OptionSpec } from "../Command.ts";
import type { CommandContext } from "../Command.ts";

/** Options of the sub-commands below (beside strategy.ts's own). */
export const strategyFileOptions: OptionSpec = {
  out: { type: "string" },
  final: { type: "boolean" },
  date: { type: "string" },
};

/** The sub-commands, by name. */
export const strategyFileCommands: Record<string, (ctx: CommandContext, file: string) => Promise<number>> = {
  async export(ctx, file) {
    return (await import("./strategyFiles.ts")).exportWorkbook(ctx, file);
  },
  async import(ctx, file) {
    return (await import("./strategyFiles.ts")).importWorkbook(ctx, file);
  },
  async adopt(ctx, file) {
    return (await import("./strategyAdopt.ts")).adoptCommand(ctx, file);
  },
  async document(ctx, file) {
    return (await import("./strategyDocumentCommand.ts")).documentCommand(ctx, file);
  },
};

/** Usage lines of the sub-commands. */
export const strategyFileUsage =
  " | doingoai strategy export FILE --out FILE.xlsx | doingoai strategy import FILE.xlsx --out FILE.yaml" +
  " | doingoai strategy adopt FILE [--db PATH] | doingoai strategy document FILE|adopted --format docx|html|md --out FILE [--db PATH] [--lang vi|en]";

/** Help of the sub-commands. */
export const strategyFileHelp = {
  vi: `strategy check FILE --final   như trên, và báo lỗi mọi phần cơ quan chưa soạn: quan điểm, nhiệm vụ và giải pháp của từng mục tiêu, tổ chức thực hiện, đơn vị chủ trì của từng chương trình.

strategy export FILE --out FILE.xlsx   ghi chiến lược ra bảng tính Excel (trang general, goals, targets, milestones, programmes, results, activities, budget; tiêu đề hai thứ tiếng; danh sách chọn).
strategy import FILE.xlsx --out FILE.yaml   đọc lại bảng tính đã sửa thành tệp chiến lược (YAML, hoặc JSON khi tên tệp kết thúc bằng .json); mỗi lỗi nêu trang, dòng, cột; có lỗi: mã thoát 3, không ghi gì.

strategy adopt FILE   lưu chiến lược vào cơ sở dữ liệu thành một phiên bản mới (được thông qua); tiến độ, báo cáo và trang tổng quan dùng chiến lược này (DOINGOAI_STRATEGY vẫn được ưu tiên).

strategy document FILE --format docx|html|md --out FILE   văn bản "KẾ HOẠCH" theo Nghị định 30/2020: I. tình hình 5 năm trước, II. quan điểm và mục tiêu, III. chỉ tiêu, IV. nhiệm vụ và giải pháp, V. lộ trình (biểu đồ Gantt), VI. chương trình hợp tác (khung kết quả), VII. kinh phí, VIII. tổ chức thực hiện. FILE = adopted: chiến lược đã thông qua trong cơ sở dữ liệu. --lang en: bản tiếng Anh.`,
  en: `strategy check FILE --final   as above, and an error for every part the office has not yet written: viewpoints, each goal's tasks and solutions, the organisation of implementation, each programme's lead unit.

strategy export FILE --out FILE.xlsx   writes the strategy as an Excel workbook (sheets general, goals, targets, milestones, programmes, results, activities, budget; bilingual headers; dropdowns).
strategy import FILE.xlsx --out FILE.yaml   reads the edited workbook back into a strategy file (YAML, or JSON when the name ends in .json); each mistake names its sheet, row and column; errors: exit code 3, nothing written.

strategy adopt FILE   stores the strategy in the database as a new (adopted) version; progress, the review and the dashboards use it (DOINGOAI_STRATEGY still overrides).

strategy document FILE --format docx|html|md --out FILE   the plan ("KẾ HOẠCH") in the Decree 30/2020 layout: I. situation of the previous five years, II. viewpoints and objectives, III. targets, IV. tasks and solutions, V. roadmap (Gantt chart), VI. MOU programmes (results frameworks), VII. budget, VIII. organisation of implementation. FILE = adopted: the strategy adopted in the database. --lang en: the English version.`,
};
