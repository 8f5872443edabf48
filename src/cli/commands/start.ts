import { resolve } from "node:path";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command } from "../Command.ts";
import { progressBar } from "../progressBar.ts";

export const startCommand: Command = {
  name: "start",
  summary: {
    vi: "Nạp dữ liệu mẫu nếu cơ sở dữ liệu trống, dựng và mở bảng điều khiển trên 127.0.0.1",
    en: "Load the sample if the database is empty, build and serve the dashboards on 127.0.0.1",
  },
  usage: "doingoai start [--port 3000] [--no-build] [--db PATH]",
  help: {
    vi: `Đây là lệnh của "npm start". Nếu cơ sở dữ liệu (--db, DOINGOAI_DB hoặc ./data/doingoai.duckdb) chưa có dữ liệu nào, nạp dữ liệu mẫu tổng hợp; sau đó dựng trang (dist/) từ chính cơ sở dữ liệu đó và phục vụ chỉ trên 127.0.0.1. Không tải gì từ Internet.

Tùy chọn:
  --port N     cổng (mặc định 3000; 0 = cổng trống bất kỳ)
  --no-build   dùng dist/ đã dựng, không dựng lại`,
    en: `This is what "npm start" runs. When the database (--db, DOINGOAI_DB or ./data/doingoai.duckdb) holds no data at all, it loads the synthetic sample; it then builds the site (dist/) from that database and serves it on 127.0.0.1 only. Nothing is fetched from the Internet.

Options:
  --port N     port (default 3000; 0 = any free port)
  --no-build   serve the dist/ already built, without rebuilding`,
  },
  options: { port: { type: "string" }, "no-build": { type: "boolean" } },
  async run(ctx) {
    const port = Number(ctx.values["port"] ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      ctx.stderr.write(`--port: 0–65535 (${String(ctx.values["port"])})\n`);
      return exitCodes.usage;
    }
    const { openStore, resolveDbPath } = await import("../../lib/store/openStore.ts");
    const { entities } = await import("../../data/entities.ts");
    const { loadSample } = await import("../../lib/sample/loadSample.ts");
    const { buildSite } = await import("../../dashboards/site/buildSite.ts");
    const { serveStatic } = await import("../../dashboards/site/serveStatic.ts");
    const db = resolveDbPath(ctx.db);
    const say = (vi: string, en: string) => ctx.stderr.write(`${ctx.lang === "vi" ? vi : en}\n`);
    const store = await openStore({ path: db });
    try {
      const counts = await store.all<{ n: bigint }>(
        entities.map((e) => `SELECT count(*) AS n FROM "${e.name}"`).join(" UNION ALL "),
      );
      if (counts.every((c) => c.n === 0n)) {
        say(
          `Cơ sở dữ liệu ${db} còn trống: nạp dữ liệu mẫu tổng hợp…`,
          `Database ${db} is empty: loading the synthetic sample…`,
        );
        const bar = progressBar(ctx.stderr, ctx.lang);
        await loadSample(store, { onProgress: bar.update });
        bar.end();
      }
    } finally {
      store.close();
    }
    if (ctx.values["no-build"] !== true) {
      say("Đang dựng bảng điều khiển (dist/)…", "Building the dashboards (dist/)…");
      const ms = await buildSite({ db });
      say(
        `Đã dựng trong ${(ms / 1000).toFixed(1).replace(".", ",")} giây.`,
        `Built in ${(ms / 1000).toFixed(1)} s.`,
      );
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
