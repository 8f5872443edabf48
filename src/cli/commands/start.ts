import { existsSync } from "node:fs";
import { formatNumber } from "../../data/format.ts";
import { yearsArg } from "../argCheck.ts";
import { usageError } from "../usageError.ts";
import { resolve } from "node:path";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command } from "../Command.ts";

export const startCommand: Command = {
  name: "start",
  summary: {
    vi: "Dựng và mở bảng điều khiển trên 127.0.0.1 (dữ liệu mẫu khi cơ quan chưa có cơ sở dữ liệu)",
    en: "Build and serve the dashboards on 127.0.0.1 (the sample while the office has no database)",
  },
  usage: "doingoai start [--port 3000] [--no-build] [--years YYYY-YYYY] [--db PATH]",
  help: {
    vi: `Đây là lệnh của "npm start". Dựng trang (dist/) từ cơ sở dữ liệu của cơ quan (--db, DOINGOAI_DB hoặc ./data/doingoai.duckdb) và phục vụ chỉ trên 127.0.0.1. Khi cơ quan chưa có cơ sở dữ liệu (chưa chạy doingoai init hay doingoai import), hiển thị dữ liệu mẫu tổng hợp từ tệp riêng ./data/sample.duckdb, mọi trang ghi "DỮ LIỆU MẪU"; dữ liệu mẫu không bao giờ trộn vào dữ liệu của cơ quan. Không tải gì từ Internet.

Tùy chọn:
  --port N     cổng (mặc định 3000; 0 = cổng trống bất kỳ)
  --no-build   dùng dist/ đã dựng, không dựng lại
  --years Y1-Y2  chỉ các năm này trên các trang (như doingoai build)`,
    en: `This is what "npm start" runs. It builds the site (dist/) from the office's database (--db, DOINGOAI_DB or ./data/doingoai.duckdb) and serves it on 127.0.0.1 only. While the office has no database (before doingoai init or doingoai import), it shows the synthetic sample from its own file ./data/sample.duckdb, every page marked "SAMPLE DATA"; the sample never mixes with the office's data. Nothing is fetched from the Internet.

Options:
  --port N     port (default 3000; 0 = any free port)
  --no-build   serve the dist/ already built, without rebuilding
  --years Y1-Y2  only these years on the pages (as doingoai build)`,
  },
  options: { port: { type: "string" }, "no-build": { type: "boolean" }, years: { type: "string" } },
  async run(ctx) {
    const port = Number(ctx.values["port"] ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw usageError(
        `--port: số từ 0 đến 65535 (nhận được ${String(ctx.values["port"])})`,
        `--port: a number from 0 to 65535 (got ${String(ctx.values["port"])})`,
      );
    }
    const years =
      typeof ctx.values["years"] === "string" ? yearsArg("--years", ctx.values["years"]) : undefined;
    const started = Date.now();
    const { defaultDbFile } = await import("../../lib/store/openStore.ts");
    const { prepareSiteDatabase, siteDatabasePath } = await import("../siteDatabase.ts");
    const { buildSite } = await import("../../dashboards/site/buildSite.ts");
    const { serveStatic } = await import("../../dashboards/site/serveStatic.ts");
    const say = (vi: string, en: string) => ctx.stderr.write(`${ctx.lang === "vi" ? vi : en}\n`);
    const seconds = (ms: number) =>
      `${formatNumber(ms / 1000, { lang: ctx.lang, digits: 1 })} ${ctx.lang === "vi" ? "giây" : "s"}`;
    const { path: db, sample } = siteDatabasePath(ctx.db ?? process.env["DOINGOAI_DB"]);
    if (db !== ":memory:" && !sample && !existsSync(db)) {
      // a named database that is not there: say so before building or serving anything
      throw new DoingoaiError(
        {
          vi: `Chưa có cơ sở dữ liệu ${db}. Hãy tạo bằng doingoai init rồi nhập dữ liệu (doingoai import), hoặc bỏ --db để xem dữ liệu mẫu.`,
          en: `No database at ${db}. Create it with doingoai init and import data (doingoai import), or leave out --db to see the sample data.`,
        },
        { exitCode: exitCodes.database },
      );
    }
    const build = ctx.values["no-build"] !== true;
    // One line per step as it ends, numbered in the order they end, with the time since start:
    // the steps overlap (Framework reads the pages and bundles the libraries while the sample loads).
    const steps = build ? 4 : 1;
    let ended = 0;
    const done = (vi: string, en: string) => {
      const head = `  [${++ended}/${steps}] ${seconds(Date.now() - started)}`;
      say(`${head}  ${vi}`, `${head}  ${en}`);
    };
    say(
      build
        ? `Đang chuẩn bị cơ sở dữ liệu${sample ? " (nạp dữ liệu mẫu nếu chưa có)" : ""} và dựng bảng điều khiển (dist/)…`
        : `Đang chuẩn bị cơ sở dữ liệu${sample ? " (nạp dữ liệu mẫu nếu chưa có)" : ""}…`,
      build
        ? `Preparing the database${sample ? " (loading the sample if not yet there)" : ""} and building the dashboards (dist/)…`
        : `Preparing the database${sample ? " (loading the sample if not yet there)" : ""}…`,
    );
    // the build's steps: each said once, when Framework's log or the loaders tell it, else
    // when the build ends (Framework's log can change, e.g. with CI set)
    const buildSteps = {
      pages: { vi: "đã đọc các trang và đóng gói thư viện", en: "pages read and libraries bundled" },
      data: {
        vi: "đã tính số liệu của các trang từ cơ sở dữ liệu",
        en: "the pages' data computed from the database",
      },
    };
    const said = new Set<keyof typeof buildSteps>();
    const stepEnded = (step: keyof typeof buildSteps) => {
      if (said.has(step)) return;
      said.add(step);
      done(buildSteps[step].vi, buildSteps[step].en);
    };
    const preparing = prepareSiteDatabase({ named: ctx.db ?? process.env["DOINGOAI_DB"] });
    const building = build
      ? buildSite({
          db,
          ready: preparing,
          ...(years !== undefined ? { years } : {}),
          onStep: (step) => {
            if (step === "pages" || step === "data") stepEnded(step);
          },
        })
      : undefined;
    // the build's own failure is reported below, after the database's
    building?.catch(() => undefined);
    const site = await preparing;
    done(
      site.loaded ? `đã nạp dữ liệu mẫu vào ${db}` : `cơ sở dữ liệu ${db} sẵn sàng`,
      site.loaded ? `sample loaded into ${db}` : `database ${db} ready`,
    );
    if (site.sample) {
      say(
        `Chưa có cơ sở dữ liệu của cơ quan (${defaultDbFile}): hiển thị DỮ LIỆU MẪU từ ${db}. Tạo cơ sở dữ liệu của cơ quan bằng doingoai init, rồi doingoai import.`,
        `The office has no database yet (${defaultDbFile}): showing the SAMPLE DATA from ${db}. Create the office's database with doingoai init, then doingoai import.`,
      );
    }
    if (building) {
      await building;
      stepEnded("data");
      stepEnded("pages");
      done("đã ghi các trang vào dist/", "pages written to dist/");
    }
    const server = await serveStatic(resolve("dist"), port);
    ctx.stdout.write(
      ctx.lang === "vi"
        ? `Bảng điều khiển: ${server.url}/  (tiếng Anh: ${server.url}/en/) — Ctrl+C để dừng.\n`
        : `Dashboards: ${server.url}/en/  (Vietnamese: ${server.url}/) — Ctrl+C to stop.\n`,
    );
    await new Promise<void>((done) => {
      const stop = () => {
        void server.close().then(done);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return exitCodes.ok;
  },
};
