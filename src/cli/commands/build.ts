import { existsSync } from "node:fs";
import { formatNumber } from "../../data/format.ts";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command } from "../Command.ts";
import { yearsArg } from "../argCheck.ts";
import { usageError } from "../usageError.ts";

export const buildCommand: Command = {
  name: "build",
  summary: {
    vi: "Dựng bảng điều khiển tĩnh từ cơ sở dữ liệu (thư mục dist/)",
    en: "Build the static dashboards from the database (the dist/ folder)",
  },
  usage: "doingoai build [--out DIR] [--years YYYY-YYYY] [--strategy FILE] [--also DIR...] [--db PATH]",
  help: {
    vi: `Đây là lệnh của "npm run build"; "doingoai start" dựng giống hệt. Tính số liệu của mọi trang từ cơ sở dữ liệu (--db, DOINGOAI_DB hoặc ./data/doingoai.duckdb) và ghi trang tĩnh vào DIR: mở được từ bất kỳ máy chủ tĩnh hoặc thư mục dùng chung nào, không cần Internet.
Bản dựng được ghi vào một thư mục tạm và chỉ thay thư mục DIR khi thành công: dựng lỗi thì bản cũ vẫn còn nguyên.

Tùy chọn:
  --out DIR        thư mục kết quả (mặc định dist)
  --years Y1-Y2    chỉ các năm này trên các trang (vd. 2019-2024; mặc định mọi năm có dữ liệu)
  --strategy FILE  tệp chiến lược cho trang chiến lược (mặc định DOINGOAI_STRATEGY; không có thì không có chỉ tiêu, trừ dữ liệu mẫu)
  --also DIR       gồm cả bản xuất Parquet của cơ quan đã sáp nhập vào (doingoai office merge): các trang cho chuỗi số liệu so sánh được của tỉnh sau sáp nhập và ghi rõ chỗ chuỗi đi qua ngày sáp nhập; cơ sở dữ liệu của cơ quan không bị đổi

Mã thoát của lệnh này: 3 khi dữ liệu không dựng được trang; 4 khi không mở được cơ sở dữ liệu; 5 khi DIR không phải bản dựng cũ.`,
    en: `This is what "npm run build" runs; "doingoai start" builds the same way. Computes every page's data from the database (--db, DOINGOAI_DB or ./data/doingoai.duckdb) and writes the static site into DIR, which works from any static server or shared folder, offline.
The build is written into a temporary folder that replaces DIR only when it succeeds: a failed build leaves the previous one in place.

Options:
  --out DIR        output folder (default dist)
  --years Y1-Y2    only these years on the pages (e.g. 2019-2024; default every year with data)
  --strategy FILE  strategy file for the strategy page (default DOINGOAI_STRATEGY; none means no targets, except for the sample)
  --also DIR       include the Parquet export of an office merged into this one (doingoai office merge): the pages show the merged province's comparable series and say where a series crosses the merger; the office's database is not changed

Exit codes of this command: 3 when the data cannot make a page; 4 when the database cannot be opened; 5 when DIR is not an earlier build.`,
  },
  options: {
    out: { type: "string" },
    strategy: { type: "string" },
    years: { type: "string" },
    also: { type: "string", multiple: true },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw usageError(`Cách dùng: ${this.usage}`, `Usage: ${this.usage}`);
    const out = typeof ctx.values["out"] === "string" ? ctx.values["out"] : "dist";
    const strategy = ctx.values["strategy"];
    const years =
      typeof ctx.values["years"] === "string" ? yearsArg("--years", ctx.values["years"]) : undefined;
    const { resolveDbPath } = await import("../../lib/store/openStore.ts");
    const db = resolveDbPath(ctx.db);
    if (!existsSync(db)) {
      throw new DoingoaiError(
        {
          vi: `Chưa có cơ sở dữ liệu ${db}. Hãy nhập dữ liệu trước (doingoai import) hoặc nạp dữ liệu mẫu (doingoai sample).`,
          en: `No database at ${db}. Import data first (doingoai import) or load the sample (doingoai sample).`,
        },
        { exitCode: exitCodes.database },
      );
    }
    const say = (vi: string, en: string) => ctx.stderr.write(`${ctx.lang === "vi" ? vi : en}\n`);
    say(`Đang dựng bảng điều khiển vào ${out}/…`, `Building the dashboards into ${out}/…`);
    const also = [ctx.values["also"] ?? []].flat().filter((v): v is string => typeof v === "string");
    const { buildSite } = await import("../../dashboards/site/buildSite.ts");
    let siteDb = db;
    let combinedDir: string | undefined;
    if (also.length > 0) {
      // the merged province's comparable series: a combined copy, the office's database untouched
      const { mkdtempSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const { join } = await import("node:path");
      const { writeCombinedDatabase } = await import("../../lib/rollup/writeCombinedDatabase.ts");
      combinedDir = mkdtempSync(join(tmpdir(), "doingoai-combined-"));
      siteDb = join(combinedDir, "combined.duckdb");
      const offices = await writeCombinedDatabase(db, also, siteDb);
      say(`Gồm các cơ quan: ${offices.join(", ")}.`, `Offices included: ${offices.join(", ")}.`);
    }
    let ms: number;
    try {
      ms = await buildSite({
        db: siteDb,
        outDir: out,
        ...(typeof strategy === "string" ? { strategy } : {}),
        ...(years !== undefined ? { years } : {}),
      });
    } finally {
      if (combinedDir !== undefined) {
        const { rmSync } = await import("node:fs");
        rmSync(combinedDir, { recursive: true, force: true });
      }
    }
    say(
      `Đã dựng ${out}/ trong ${formatNumber(ms / 1000, { lang: "vi", digits: 1 })} giây.`,
      `Built ${out}/ in ${formatNumber(ms / 1000, { lang: "en", digits: 1 })} s.`,
    );
    return exitCodes.ok;
  },
};
