import { usageError } from "../usageError.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { ExportFormat } from "../../lib/io/exportData.ts";
import type { Command, CommandContext } from "../Command.ts";

const formats: readonly (ExportFormat | "iati")[] = ["csv", "xlsx", "json", "parquet", "iati"];

export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "Xuất mọi bảng dữ liệu ra CSV, XLSX, JSON hoặc Parquet; dự án viện trợ ra IATI 2.03",
    en: "Export every data table to CSV, XLSX, JSON or Parquet; aid projects to IATI 2.03",
  },
  usage: "doingoai export DIR [--format csv|xlsx|json|parquet|iati] [--iati-org-ref REF] [--db PATH]",
  help: {
    vi: `Ghi mọi bảng của cơ sở dữ liệu vào thư mục DIR (tạo nếu chưa có), tiêu đề là tên cột chuẩn, các dòng xếp theo mã nên cùng dữ liệu luôn cho cùng tệp:
  csv (mặc định): mỗi bảng một tệp <bảng>.csv (UTF-8 có BOM, ngày yyyy-mm-dd, số dạng 1234567.89, danh sách cách nhau bằng ;, ô trống là không có giá trị).
  xlsx: một tệp doingoai.xlsx, mỗi bảng một trang tính, ngày và số là ô ngày, ô số của Excel.
  json: mỗi bảng có dữ liệu một tệp <bảng>.json (mảng các đối tượng); bảng trống không có tệp.
  parquet: mỗi bảng một tệp <bảng>.parquet (giữ nguyên kiểu dữ liệu) và tệp mô tả doingoai-export.json (hồ sơ cơ quan, sáp nhập, phiên bản lược đồ, thời điểm xuất); dùng cho doingoai rollup và --also.
  iati: một tệp iati-activities.xml theo chuẩn IATI 2.03 gồm các dự án viện trợ (cam kết, giải ngân theo loại tiền gốc, lĩnh vực DAC, địa bàn); xem docs/iati.md.
Các tệp csv, xlsx, json, parquet có thể nhập lại nguyên vẹn bằng doingoai import DIR. Tệp cùng tên trong DIR bị ghi đè.

Tùy chọn:
  --format csv|xlsx|json|parquet|iati   định dạng (mặc định csv)
  --iati-org-ref REF            mã tổ chức IATI của cơ quan (mặc định VN-DOINGOAI-<mã cơ quan>, mã tạm chưa đăng ký)`,
    en: `Writes every table of the database into DIR (created if needed), with the canonical column names as headers and rows ordered by id, so the same data always gives the same files:
  csv (default): one <table>.csv per table (UTF-8 with BOM, dates yyyy-mm-dd, numbers as 1234567.89, lists separated by ;, empty field for no value).
  xlsx: one doingoai.xlsx, a sheet per table, with real Excel dates and numbers.
  json: one <table>.json per table that has rows (an array of objects); an empty table writes no file.
  parquet: one <table>.parquet per table (typed) and the manifest doingoai-export.json (office profile, merges, schema version, export time); for doingoai rollup and --also.
  iati: one iati-activities.xml in the IATI 2.03 standard holding the aid projects (commitments, disbursements in their original currency, DAC sectors, locations); see docs/iati.md.
The csv, xlsx, json and parquet files import back unchanged with doingoai import DIR. Files of the same name in DIR are overwritten.

Options:
  --format csv|xlsx|json|parquet|iati   format (default csv)
  --iati-org-ref REF            the office's IATI organisation identifier (default VN-DOINGOAI-<office id>, an unregistered stand-in)`,
  },
  options: { format: { type: "string" }, "iati-org-ref": { type: "string" } },
  async run(ctx) {
    const [dir, ...extra] = ctx.positionals;
    const format = ctx.values["format"] ?? "csv";
    const orgRef = ctx.values["iati-org-ref"] as string | undefined;
    if (dir === undefined || extra.length > 0 || !formats.includes(format as ExportFormat)) {
      throw usageError(
        "Cần đúng một thư mục, và --format là csv, xlsx, json, parquet hoặc iati. Xem doingoai export --help.",
        "Give exactly one folder, and --format csv, xlsx, json, parquet or iati. See doingoai export --help.",
      );
    }
    if (orgRef !== undefined && (format !== "iati" || !/^[^\s/&|?]+$/.test(orgRef))) {
      throw usageError(
        `--iati-org-ref chỉ dùng với --format iati, là một mã không có dấu cách và các ký tự / & | ?: ${orgRef}`,
        `--iati-org-ref goes with --format iati only, as an identifier without spaces or / & | ?: ${orgRef}`,
      );
    }
    if (format === "iati") return exportIatiFile(ctx, dir as string, orgRef);
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

async function exportIatiFile(ctx: CommandContext, dir: string, orgRef: string | undefined): Promise<number> {
  const { openStore, resolveDbPath } = await import("../../lib/store/openStore.ts");
  const { exportIati } = await import("../../lib/iati/exportIati.ts");
  const store = await openStore({ readOnly: true, path: resolveDbPath(ctx.db, { reading: true }) });
  try {
    const s = await exportIati(store, dir, orgRef === undefined ? {} : { reportingOrgRef: orgRef });
    const vi = ctx.lang === "vi";
    if (!s.hasProfile) {
      ctx.stderr.write(
        vi
          ? "Chú ý: chưa có hồ sơ cơ quan (doingoai office set): tên cơ quan báo cáo để trống dạng [cơ quan chủ trì].\n"
          : "Note: no office profile is stored (doingoai office set): the reporting office is named [lead agency].\n",
      );
    }
    ctx.stdout.write(
      vi
        ? `IATI ${s.activities} hoạt động, ${s.commitments} cam kết, ${s.disbursements} giải ngân; tổ chức báo cáo ${s.reportingOrgRef}\nĐã ghi:\n  ${s.file}\n`
        : `IATI ${s.activities} activities, ${s.commitments} commitments, ${s.disbursements} disbursements; reporting org ${s.reportingOrgRef}\nWritten:\n  ${s.file}\n`,
    );
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
