import { defaultSampleSeed } from "../../data/sample/generateSample.ts";
import { formatInteger } from "../../data/format.ts";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command } from "../Command.ts";
import { progressBar } from "../progressBar.ts";

function integerOption(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new DoingoaiError(
      {
        vi: `--${name}: «${String(value)}» không hợp lệ; cần một số nguyên ≥ ${min}`,
        en: `--${name}: «${String(value)}» is not valid; expected an integer ≥ ${min}`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  return n;
}

export const sampleCommand: Command = {
  name: "sample",
  summary: {
    vi: "Nạp dữ liệu mẫu tổng hợp của một tỉnh (2015–2025)",
    en: "Load the synthetic sample province (2015–2025)",
  },
  usage: "doingoai sample [--scale N] [--seed S] [--progress] [--db PATH]",
  help: {
    vi: `Tạo và nhập bộ dữ liệu mẫu tổng hợp của một tỉnh giống Thái Nguyên, 2015–2025, cho mọi bảng: đối tác, thỏa thuận và hoạt động, đoàn ra/đoàn vào, NGO và viện trợ, nhà đầu tư, kế hoạch, kinh phí, lãnh sự, tỷ giá. Mọi số liệu là tổng hợp, trừ chuỗi FDI đã công bố của Thái Nguyên và tỷ giá trung tâm USD của NHNN. Năm 2019 đúng như báo cáo sơ kết (3 đoàn Luông Pha Băng sang, 1 đoàn lãnh đạo sang Luông Pha Băng, 3 đoàn xúc tiến đầu tư, 13 NGO với gần 6 triệu USD, kế hoạch phê duyệt muộn, kinh phí đón tiếp vượt dự toán).
Cùng hạt giống và hệ số cho cùng dữ liệu; nạp lại cập nhật theo mã, không nhân đôi.
Dữ liệu mẫu nằm trong tệp riêng ./data/sample.duckdb (trừ khi --db hoặc DOINGOAI_DB chỉ tệp khác), không bao giờ trong cơ sở dữ liệu của cơ quan ./data/doingoai.duckdb; cơ sở dữ liệu được đánh dấu là dữ liệu mẫu, mọi trang và báo cáo lập từ nó ghi "DỮ LIỆU MẪU".

Tùy chọn:
  --scale N    nhân số bản ghi (đoàn, hoạt động, nhà đầu tư, viện trợ, giải ngân, lãnh sự) lên N lần để đo hiệu năng; mặc định 1, N = 100 cho khoảng một triệu dòng. Các sự kiện 2019 chỉ đúng khi N = 1.
  --seed S     hạt giống số nguyên (mặc định ${defaultSampleSeed})
  --progress   luôn hiện tiến trình

Ví dụ: doingoai sample
        doingoai sample --scale 100 --db /tmp/bench.duckdb`,
    en: `Generates and imports a synthetic sample province like Thái Nguyên, 2015–2025, for every table: partners, agreements and their activities, delegations, NGOs and aid, investors, plans, budgets, consular cases, exchange rates. Everything is synthetic except Thái Nguyên's published FDI series and the State Bank's USD central rates. 2019 matches the review of that year (3 delegations from Luang Prabang, 1 leadership delegation there, 3 investment-promotion trips, 13 NGOs with nearly 6 million USD, the plan approved late, the reception budget overspent).
The same seed and scale give the same data; loading again updates rows by id and never duplicates them.
The sample goes to its own file ./data/sample.duckdb (unless --db or DOINGOAI_DB names another), never to the office's database ./data/doingoai.duckdb; the database is marked as the sample's, and every page and report made from it says "SAMPLE DATA".

Options:
  --scale N    multiply the records (delegations, activities, investors, aid, disbursements, consular cases) N times for benchmarks; default 1, N = 100 gives about a million rows. The 2019 facts hold at N = 1 only.
  --seed S     integer seed (default ${defaultSampleSeed})
  --progress   always show progress

Examples: doingoai sample
          doingoai sample --scale 100 --db /tmp/bench.duckdb`,
  },
  options: { scale: { type: "string" }, seed: { type: "string" }, progress: { type: "boolean" } },
  async run(ctx) {
    if (ctx.positionals.length > 0) {
      throw new DoingoaiError(
        {
          vi: `lệnh sample không nhận tham số «${ctx.positionals.join(" ")}»; dùng --scale N hoặc --seed S`,
          en: `sample takes no argument «${ctx.positionals.join(" ")}»; use --scale N or --seed S`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    const scale = integerOption(ctx.values["scale"], "scale", 1);
    const seed = integerOption(ctx.values["seed"], "seed", 0);
    const { openStore, defaultSampleDbFile } = await import("../../lib/store/openStore.ts");
    const { loadSample } = await import("../../lib/sample/loadSample.ts");
    const store = await openStore({ path: ctx.db ?? process.env["DOINGOAI_DB"] ?? defaultSampleDbFile });
    const bar = progressBar(ctx.stderr, ctx.lang, { force: ctx.values["progress"] === true });
    try {
      const summary = await loadSample(store, {
        ...(scale === undefined ? {} : { scale }),
        ...(seed === undefined ? {} : { seed }),
        onProgress: bar.update,
      });
      let total = 0;
      for (const [entity, c] of Object.entries(summary.byEntity)) {
        total += c.rows;
        ctx.stdout.write(
          ctx.lang === "vi"
            ? `${entity}: ${c.rows} dòng (${c.inserted} mới, ${c.updated} cập nhật)\n`
            : `${entity}: ${c.rows} rows (${c.inserted} new, ${c.updated} updated)\n`,
        );
      }
      ctx.stdout.write(
        ctx.lang === "vi"
          ? `Đã nạp dữ liệu mẫu tổng hợp: ${formatInteger(total, { lang: "vi" })} dòng.\n`
          : `Synthetic sample loaded: ${formatInteger(total, { lang: "en" })} rows.\n`,
      );
      return exitCodes.ok;
    } finally {
      bar.end(); // ends the bar's line on a terminal, before any message
      store.close();
    }
  },
};
