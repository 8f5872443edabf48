import { usageError } from "../usageError.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { ExportFormat } from "../../lib/io/exportData.ts";
import type { Command } from "../Command.ts";

const formats: readonly ExportFormat[] = ["csv", "xlsx", "json", "parquet"];

export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "Xuất mọi bảng dữ liệu ra CSV, XLSX, JSON hoặc Parquet",
    en: "Export every data table to CSV, XLSX, JSON or Parquet",
  },
  usage: "doingoai export DIR [--format csv|xlsx|json|parquet] [--db PATH]",
  help: {
    vi: `Ghi mọi bảng của cơ sở dữ liệu vào thư mục DIR (tạo nếu chưa có), tiêu đề là tên cột chuẩn, các dòng xếp theo mã nên cùng dữ liệu luôn cho cùng tệp:
  csv (mặc định): mỗi bảng một tệp <bảng>.csv (UTF-8 có BOM, ngày yyyy-mm-dd, số dạng 1234567.89, danh sách cách nhau bằng ;, ô trống là không có giá trị).
  xlsx: một tệp doingoai.xlsx, mỗi bảng một trang tính, ngày và số là ô ngày, ô số của Excel.
  json: mỗi bảng có dữ liệu một tệp <bảng>.json (mảng các đối tượng); bảng trống không có tệp.
  parquet: mỗi bảng một tệp <bảng>.parquet (giữ nguyên kiểu dữ liệu) và tệp mô tả doingoai-export.json (hồ sơ cơ quan, sáp nhập, phiên bản lược đồ, thời điểm xuất); dùng cho doingoai rollup và --also.
Các tệp xuất ra có thể nhập lại nguyên vẹn bằng doingoai import DIR. Tệp cùng tên trong DIR bị ghi đè.

Tùy chọn:
  --format csv|xlsx|json|parquet   định dạng (mặc định csv)`,
    en: `Writes every table of the database into DIR (created if needed), with the canonical column names as headers and rows ordered by id, so the same data always gives the same files:
  csv (default): one <table>.csv per table (UTF-8 with BOM, dates yyyy-mm-dd, numbers as 1234567.89, lists separated by ;, empty field for no value).
  xlsx: one doingoai.xlsx, a sheet per table, with real Excel dates and numbers.
  json: one <table>.json per table that has rows (an array of objects); an empty table writes no file.
  parquet: one <table>.parquet per table (typed) and the manifest doingoai-export.json (office profile, merges, schema version, export time); for doingoai rollup and --also.
The files import back unchanged with doingoai import DIR. Files of the same name in DIR are overwritten.

Options:
  --format csv|xlsx|json|parquet   format (default csv)`,
  },
  options: { format: { type: "string" } },
  async run(ctx) {
    const [dir, ...extra] = ctx.positionals;
    const format = ctx.values["format"] ?? "csv";
    if (dir === undefined || extra.length > 0 || !formats.includes(format as ExportFormat)) {
      throw usageError(
        "Cần đúng một thư mục, và --format là csv, xlsx, json hoặc parquet. Xem doingoai export --help.",
        "Give exactly one folder, and --format csv, xlsx, json or parquet. See doingoai export --help.",
      );
    }
    const { openStore, resolveDbPath } = await import("../../lib/store/openStore.ts");
    const { exportData } = await import("../../lib/io/exportData.ts");
    const store = await openStore({ readOnly: true, path: resolveDbPath(ctx.db, { reading: true }) });
    try {
      const summary = await exportData(store, dir, { format: format as ExportFormat });
      for (const [entity, n] of Object.entries(summary.rows)) {
        ctx.stdout.write(ctx.lang === "vi" ? `${entity}: ${n} dòng\n` : `${entity}: ${n} rows\n`);
      }
      ctx.stdout.write(
        (ctx.lang === "vi" ? "Đã ghi:\n" : "Written:\n") + summary.files.map((f) => `  ${f}\n`).join(""),
      );
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
