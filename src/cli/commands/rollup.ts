import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command } from "../Command.ts";
import { usageError } from "../usageError.ts";
import {
  indicatorFormat,
  indicatorOptions,
  indicatorQueryFromArgs,
  writeIndicatorRows,
} from "./indicators.ts";

export const rollupCommand: Command = {
  name: "rollup",
  summary: {
    vi: "Tính các chỉ số trên bản xuất Parquet của nhiều cơ quan (tổng hợp toàn quốc), đọc tại chỗ",
    en: "Compute the indicators over several offices' Parquet exports (the ministry's roll-up), read in place",
  },
  usage:
    "doingoai rollup DIR... [--period P... | --from P --to P] [--by office|country|DIM...] [--where DIM=VALUE...] [--indicator ID...] [--as-of yyyy-mm-dd] [--format table|json|csv] [--lang vi|en]",
  help: {
    vi: `Mỗi DIR là một thư mục do "doingoai export DIR --format parquet" ghi ở một cơ quan. DuckDB đọc các tệp Parquet tại chỗ: không nhập, không chép. Mọi chỉ số như lệnh indicators, thêm chiều office (mã cơ quan trong hồ sơ cơ quan của bản xuất). Dòng JSON giống hệt lệnh indicators.

Số cộng được (số đoàn, số tiền…) là tổng của các cơ quan; tỷ lệ tính trên bản ghi gộp (cộng tử số và mẫu số của mọi cơ quan), không lấy trung bình các tỷ lệ. Mã bản ghi (partner, ngo…) hiện dạng "mã-cơ-quan:mã" để mã trùng của hai cơ quan không lẫn nhau. Tỷ giá: một tỷ giá cho mỗi loại tiền và ngày, của cơ quan đứng trước khi các cơ quan ghi khác nhau.

Không gộp: bản xuất khác phiên bản lược đồ, bản xuất không có hồ sơ cơ quan, một cơ quan hai lần.

Tùy chọn: như doingoai indicators (--period, --from/--to, --by, --where, --indicator, --as-of, --format).
Ví dụ: doingoai rollup xuat/thai-nguyen xuat/cao-bang --period 2024 --by office`,
    en: `Each DIR is a folder written by "doingoai export DIR --format parquet" at one office. DuckDB reads the Parquet files in place: nothing is imported or copied. Every indicator as in the indicators command, plus the office dimension (the office id of the export's office profile). JSON rows have the same shape as the indicators command's.

Additive values (delegations, amounts…) are the sum over the offices; ratios are computed from the pooled records (numerators and denominators summed over every office), never an average of the offices' ratios. Record ids (partner, ngo…) read "office-id:id", so two offices' equal ids stay apart. Rates: one rate per currency and day, the earlier-listed office's where offices differ.

Refused: exports of different schema versions, an export without an office profile, the same office twice.

Options: as doingoai indicators (--period, --from/--to, --by, --where, --indicator, --as-of, --format).
Example: doingoai rollup exports/thai-nguyen exports/cao-bang --period 2024 --by office`,
  },
  options: indicatorOptions,
  async run(ctx) {
    const format = indicatorFormat(ctx.values["format"]);
    if (ctx.positionals.length === 0) {
      throw usageError(
        "Cần ít nhất một thư mục xuất Parquet. Xem doingoai rollup --help.",
        "At least one Parquet export folder is needed. See doingoai rollup --help.",
      );
    }
    const query = indicatorQueryFromArgs(ctx.values);
    const { openRollup } = await import("../../lib/rollup/openRollup.ts");
    const { computeIndicators, indicatorById } = await import("../../lib/indicators/index.ts");
    const rollup = await openRollup(ctx.positionals);
    try {
      const result = await computeIndicators(rollup, query, { arrow: false });
      writeIndicatorRows(ctx, result, format, indicatorById);
      return exitCodes.ok;
    } finally {
      rollup.close();
    }
  },
};
