import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { usageError } from "../usageError.ts";

const formats = ["table", "json", "csv"] as const;

/** A non-negative number option, or a usage error naming it (exit 2). */
function numberOption(
  option: string,
  value: unknown,
  check: (n: number) => boolean,
  expected: { vi: string; en: string },
): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(n) || !check(n)) {
    throw usageError(
      `${option}: giá trị không hợp lệ «${String(value)}»; cần ${expected.vi}.`,
      `${option}: invalid value «${String(value)}»; expected ${expected.en}.`,
    );
  }
  return n;
}

export const iatiCommand: Command = {
  name: "iati",
  summary: {
    vi: "Đối chiếu dự án viện trợ với tệp IATI của nhà tài trợ (iati compare)",
    en: "Reconcile aid projects with donors' IATI files (iati compare)",
  },
  usage:
    "doingoai iati compare FILE.xml... [--format table|json|csv] [--amount-tolerance 0.005] [--date-tolerance 7] [--db PATH]",
  help: {
    vi: `iati compare FILE.xml...   đọc các tệp hoạt động IATI (2.0x) của nhà tài trợ (đọc tuần tự, tệp lớn cũng được) và liệt kê, theo từng dự án, chỗ cam kết (giao dịch loại 2) và giải ngân (loại 3) của nhà tài trợ khác với hồ sơ của cơ quan: có ở một bên mà không có ở bên kia, hoặc số tiền, ngày, loại tiền khác quá dung sai; ghi cả hai giá trị.
Ghép dự án với hoạt động: theo cột iati_identifier của dự án nếu có; nếu không, theo quy tắc: cùng tổ chức (tên NGO trùng tên một tổ chức của hoạt động), tên dự án (hoặc title_en) giống tên hoạt động từ 50% số từ trở lên, ngày cách nhau không quá một năm. Chỉ so sánh hoạt động ở Việt Nam và, nếu hoạt động ghi địa điểm, ở tỉnh của cơ quan. Chi tiết: docs/iati.md.

Tùy chọn:
  --format table|json|csv    mặc định table; csv có ngày yyyy-mm-dd và số dạng 1234567.89
  --amount-tolerance SỐ      chênh lệch tương đối tối đa vẫn coi là bằng (mặc định 0.005 = 0,5%)
  --date-tolerance NGÀY      số ngày chênh tối đa vẫn coi là cùng ngày (mặc định 7)`,
    en: `iati compare FILE.xml...   reads donors' IATI activity files (2.0x) as streams (a large file works) and lists, per project, where the donor's commitments (transaction type 2) and disbursements (type 3) differ from the office's records: on one side only, or an amount, date or currency that differs beyond the tolerance; both values are shown.
Pairing projects with activities: by the project's iati_identifier where recorded; else by rule: same organisation (the NGO's name is one of the activity's organisations), the project's title (or title_en) shares at least 50% of its words with the activity's title, dates within a year. Only activities in Viet Nam and, where they name places, in the office's province are compared. Details: docs/iati.md.

Options:
  --format table|json|csv    default table; csv has yyyy-mm-dd dates and numbers as 1234567.89
  --amount-tolerance NUMBER  largest relative difference still taken as equal (default 0.005 = 0.5%)
  --date-tolerance DAYS      largest gap in days still taken as the same date (default 7)`,
  },
  options: {
    format: { type: "string" },
    "amount-tolerance": { type: "string" },
    "date-tolerance": { type: "string" },
  },
  async run(ctx) {
    const [sub, ...files] = ctx.positionals;
    if (sub !== "compare" || files.length === 0) {
      throw usageError(`Cách dùng: ${this.usage}`, `Usage: ${this.usage}`);
    }
    const format = ctx.values["format"] ?? "table";
    if (!formats.includes(format as (typeof formats)[number])) {
      throw usageError(
        `--format: table | json | csv (nhận được ${String(format)})`,
        `--format: table | json | csv (got ${String(format)})`,
      );
    }
    const amountTolerance = numberOption(
      "--amount-tolerance",
      ctx.values["amount-tolerance"],
      (n) => n >= 0 && n < 1,
      { vi: "một số từ 0 đến dưới 1, ví dụ 0.005", en: "a number from 0 to below 1, e.g. 0.005" },
    );
    const dateToleranceDays = numberOption(
      "--date-tolerance",
      ctx.values["date-tolerance"],
      (n) => Number.isInteger(n) && n >= 0 && n <= 366,
      { vi: "một số ngày nguyên từ 0 đến 366", en: "a whole number of days from 0 to 366" },
    );
    const { compareIati } = await import("../../lib/iati/compareIati.ts");
    const text = await import("../iatiComparisonText.ts");
    const store = await openExistingStore(ctx.db);
    try {
      const result = await compareIati(store, files, {
        ...(amountTolerance === undefined ? {} : { amountTolerance }),
        ...(dateToleranceDays === undefined ? {} : { dateToleranceDays }),
      });
      if (format === "json") ctx.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else if (format === "csv") {
        ctx.stdout.write(text.iatiComparisonCsv(result));
        ctx.stderr.write(text.iatiComparisonSummary(result, ctx.lang) + "\n");
      } else ctx.stdout.write(text.iatiComparisonTable(result, ctx.lang));
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
