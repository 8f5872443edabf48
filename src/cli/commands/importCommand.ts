import { existsSync } from "node:fs";
import type { Lang } from "../../data/Bilingual.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { formatProblem } from "../../lib/import/ImportProblem.ts";
import type { ImportError } from "../../lib/import/ImportError.ts";
import type { ImportSummary } from "../../lib/import/importTables.ts";
import type { Command, CommandContext } from "../Command.ts";
import { progressBar } from "../progressBar.ts";

const fileHelp = {
  vi: `Đọc tệp CSV (UTF-8, có hoặc không BOM), XLSX (mỗi bảng một trang tính, tên trang là tên bảng) và JSON (mảng đối tượng), hoặc mọi tệp như vậy trong một thư mục. Tên bảng lấy từ tên tệp (delegations.csv) hoặc tên trang tính, hoặc --entity.
Ngày: yyyy-mm-dd, dd/mm/yyyy (luôn là ngày/tháng), ô ngày của Excel hoặc số ngày Excel. Số: 1234567,89, 1.234.567,89 hoặc 1234567.89; số không rõ nghĩa như 1.234 là lỗi; 1_000, 12e3 cũng là lỗi.
Mã: chữ cái, chữ số và - _ . / (không dấu cách, không ký tự ẩn). Mỗi dòng CSV phải có đúng số ô như dòng tiêu đề.
Nhập lại: cột không có trong tệp giữ giá trị đã lưu; ô để trống trong cột có mặt thì xóa giá trị.

Tùy chọn:
  --entity NAME   coi mọi tệp là bảng NAME
  --encoding ENC  bảng mã của tệp CSV và JSON (mặc định utf-8; tệp không phải UTF-8 bị từ chối, nêu dòng đầu tiên có lỗi): windows-1258 (Windows tiếng Việt, CP1258), windows-1252 hoặc latin1; chữ được chuẩn hóa NFC. Tệp TCVN3 (ABC) hoặc VNI cần chuyển sang Unicode trước (Unikey)
  --progress      luôn hiện tiến trình (mặc định chỉ trên terminal, sau 2 giây)`,
  en: `Reads CSV (UTF-8, with or without BOM), XLSX (one sheet per table, named as the table) and JSON (array of objects) files, or every such file in a folder. The table comes from the file name (delegations.csv) or the sheet name, or --entity.
Dates: yyyy-mm-dd, dd/mm/yyyy (always day/month), Excel date cells or serial numbers. Numbers: 1234567,89, 1.234.567,89 or 1234567.89; an ambiguous number such as 1.234 is an error, and so are 1_000 and 12e3.
Ids: letters, digits and - _ . / (no spaces, no invisible characters). Every CSV row must have as many fields as the header.
Re-import: a column absent from the file keeps its stored values; an empty cell in a column the file has clears the value.

Options:
  --entity NAME   treat every file as table NAME
  --encoding ENC  encoding of the CSV and JSON files (default utf-8; a file that is not UTF-8 is refused, naming its first bad line): windows-1258 (Vietnamese Windows, CP1258), windows-1252 or latin1; text is put in NFC. TCVN3 (ABC) or VNI files must be converted to Unicode first (Unikey)
  --progress      always show progress (default: on a terminal only, after 2 seconds)`,
};

function printSummary(ctx: CommandContext, summary: ImportSummary, written: boolean): void {
  const lang: Lang = ctx.lang;
  if (Object.values(summary.byEntity).every((c) => c.rows === 0)) {
    // empty files (0 bytes, a header alone, a JSON []): say so, rather than "done" over nothing
    const vi = "Các tệp không có dòng dữ liệu nào; không có gì thay đổi.";
    const en = "The files hold no data rows; nothing changed.";
    ctx.stdout.write(lang === "vi" ? `${vi}\n${en}\n` : `${en}\n${vi}\n`);
    return;
  }
  for (const [entity, c] of Object.entries(summary.byEntity)) {
    ctx.stdout.write(
      lang === "vi"
        ? `${entity}: ${c.rows} dòng (${c.inserted} mới, ${c.updated} cập nhật)\n`
        : `${entity}: ${c.rows} rows (${c.inserted} new, ${c.updated} updated)\n`,
    );
    if (c.updated > 0 && c.keptColumns.length > 0) {
      const cols = c.keptColumns.join(", ");
      const vi = `  cột không có trong tệp, giữ giá trị đã lưu của ${c.updated} dòng cập nhật: ${cols}`;
      const en = `  columns not in the file, stored values kept for the ${c.updated} updated rows: ${cols}`;
      ctx.stdout.write(lang === "vi" ? `${vi}\n${en}\n` : `${en}\n${vi}\n`);
    }
  }
  ctx.stdout.write(
    written
      ? lang === "vi"
        ? "Đã nhập xong.\n"
        : "Import done.\n"
      : lang === "vi"
        ? "Dữ liệu hợp lệ; chưa ghi gì (validate).\n"
        : "The data is valid; nothing written (validate).\n",
  );
}

function printProblems(ctx: CommandContext, problems: ImportError["problems"]): void {
  const head =
    ctx.lang === "vi"
      ? `Có ${problems.length} lỗi; không ghi gì vào cơ sở dữ liệu. / ${problems.length} problem(s); nothing was written.\n`
      : `${problems.length} problem(s); nothing was written to the database. / Có ${problems.length} lỗi; không ghi gì.\n`;
  ctx.stderr.write(head + problems.map((p) => formatProblem(p, ctx.lang)).join("\n") + "\n");
}

/** The `--encoding` option as read options, or an exit code when Node cannot decode it. */
async function encodingOption(ctx: CommandContext): Promise<{ encoding?: string } | number> {
  const label = ctx.values["encoding"];
  if (typeof label !== "string") return {};
  const { canonicalEncoding, namedEncodings } = await import("../../lib/import/decodeText.ts");
  const encoding = canonicalEncoding(label);
  if (encoding !== undefined) return { encoding };
  const text = {
    vi: `Không biết bảng mã --encoding ${label}; dùng một trong: ${namedEncodings.join(", ")}.`,
    en: `Unknown encoding --encoding ${label}; use one of: ${namedEncodings.join(", ")}.`,
  };
  ctx.stderr.write(`${text[ctx.lang]}\n${text[ctx.lang === "vi" ? "en" : "vi"]}\n`);
  return exitCodes.usage;
}

function usageError(ctx: CommandContext): number {
  const text = {
    vi: "Cần ít nhất một tệp hoặc thư mục.",
    en: "At least one file or folder is needed.",
  };
  ctx.stderr.write(`${text[ctx.lang]}\n${text[ctx.lang === "vi" ? "en" : "vi"]}\n`);
  return exitCodes.usage;
}

export const importCommand: Command = {
  name: "import",
  summary: {
    vi: "Nhập dữ liệu từ CSV, XLSX, JSON (tất cả hoặc không gì cả)",
    en: "Import data from CSV, XLSX, JSON (all or nothing)",
  },
  usage: "doingoai import FILE|FOLDER... [--entity NAME] [--encoding ENC] [--progress] [--db PATH]",
  help: {
    vi: `${fileHelp.vi}\n\nMột lần nhập là một giao dịch: có lỗi thì không ghi gì, và báo mọi lỗi (tệp, trang, dòng, cột, giá trị, yêu cầu). Nhập lại cập nhật các dòng theo mã, không tạo bản trùng.\n\nThư mục xuất Parquet (doingoai export DIR --format parquet, có tệp doingoai-export.json) được nhập nguyên cả: mọi bảng qua cùng các bước kiểm tra, cùng hồ sơ cơ quan, thông tin sáp nhập và dấu dữ liệu mẫu; nhập vào cơ sở dữ liệu trống cho các bảng giống hệt. Bản xuất của doingoai mới hơn (phiên bản lược đồ cao hơn) bị từ chối. Bản xuất của cơ quan khác bị từ chối, trừ khi cơ quan đó đã sáp nhập vào cơ quan này (doingoai office merge); hồ sơ của cơ quan này chỉ đổi qua office set hoặc trang office. Chỉ đọc đúng các tệp của thư mục mà doingoai-export.json ghi tên.\n\nVí dụ: doingoai import du-lieu/2019.xlsx\n        doingoai import thu-muc-csv/\n        doingoai import ban-xuat-parquet/`,
    en: `${fileHelp.en}\n\nAn import is one transaction: on any problem nothing is written, and every problem is listed (file, sheet, row, column, value, expectation). Re-importing updates rows by id and never duplicates them.\n\nA Parquet export folder (doingoai export DIR --format parquet, holding doingoai-export.json) is imported whole: every table through the same checks, with the office profile, merges and sample mark; into an empty database it gives identical tables. An export of a newer doingoai (higher schema version) is refused. An export of another office is refused unless that office was merged into this one (doingoai office merge); this office's profile changes only through office set or the office sheet. Only the folder's own files named in doingoai-export.json are read.\n\nExamples: doingoai import data/2019.xlsx\n          doingoai import csv-folder/\n          doingoai import parquet-export/`,
  },
  options: { entity: { type: "string" }, encoding: { type: "string" }, progress: { type: "boolean" } },
  async run(ctx) {
    if (ctx.positionals.length === 0) return usageError(ctx);
    const encoding = await encodingOption(ctx);
    if (typeof encoding === "number") return encoding;
    const { openStore } = await import("../../lib/store/openStore.ts");
    const { importFiles } = await import("../../lib/import/importFiles.ts");
    const { ImportError } = await import("../../lib/import/ImportError.ts");
    const store = await openStore(ctx.db === undefined ? {} : { path: ctx.db });
    const bar = progressBar(ctx.stderr, ctx.lang, { force: ctx.values["progress"] === true });
    try {
      const entity = ctx.values["entity"];
      const summary = await importFiles(store, ctx.positionals, {
        onProgress: bar.update,
        ...encoding,
        ...(typeof entity === "string" ? { entity } : {}),
      });
      bar.end();
      printSummary(ctx, summary, true);
      return exitCodes.ok;
    } catch (error) {
      bar.end();
      if (error instanceof ImportError) {
        printProblems(ctx, error.problems);
        return error.exitCode;
      }
      throw error;
    } finally {
      store.close();
    }
  },
};

export const validateCommand: Command = {
  name: "validate",
  summary: {
    vi: "Kiểm tra tệp như khi nhập, không ghi gì",
    en: "Check files as import does, writing nothing",
  },
  usage: "doingoai validate FILE|FOLDER... [--entity NAME] [--encoding ENC] [--db PATH]",
  help: {
    vi: `${fileHelp.vi}\n\nKiểm tra giống hệt lệnh import (kể cả mã tham chiếu tới dữ liệu đã có trong cơ sở dữ liệu) nhưng không ghi gì. Mã thoát 3 khi có lỗi.`,
    en: `${fileHelp.en}\n\nThe same checks as import (including references to data already in the database), writing nothing. Exit code 3 when there are problems.`,
  },
  options: { entity: { type: "string" }, encoding: { type: "string" }, progress: { type: "boolean" } },
  async run(ctx) {
    if (ctx.positionals.length === 0) return usageError(ctx);
    const encoding = await encodingOption(ctx);
    if (typeof encoding === "number") return encoding;
    const { openStore, resolveDbPath } = await import("../../lib/store/openStore.ts");
    const { validateFiles } = await import("../../lib/import/importFiles.ts");
    const { importExitCode } = await import("../../lib/import/ImportError.ts");
    // validate writes nothing, not even an empty database: an existing one is opened read-only
    // (its records are what references are checked against), else an empty one in memory
    const path = resolveDbPath(ctx.db);
    const store = await openStore(
      path !== ":memory:" && existsSync(path) ? { path, readOnly: true } : { path: ":memory:" },
    );
    try {
      const entity = ctx.values["entity"];
      const summary = await validateFiles(store, ctx.positionals, {
        ...encoding,
        ...(typeof entity === "string" ? { entity } : {}),
      });
      if (summary.problems.length > 0) {
        printProblems(ctx, summary.problems);
        return importExitCode(summary.problems);
      }
      printSummary(ctx, summary, false);
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
