/**
 * The dashboards on the sample: cold and warm build time, bytes each page
 * loads, and time to first chart per page in headless Chromium on 127.0.0.1.
 *
 *   npx tsx bench/dashboards.ts [--reps 3] [--scale 30]
 *
 * Bytes: every response the page loads until the network is idle (HTML,
 * scripts, stylesheets, fonts, the world map, data), each counted as it would
 * travel gzip-compressed (gzip -6 of the body; fonts and images as they are),
 * and, apart, the page's data from the database (dist/_file/data/, raw).
 *
 * Cold = Framework's whole cache emptied (node_modules bundles too); warm = a
 * second build, which recomputes every page's data (buildSite always does)
 * but reuses the bundles. Time to first chart = from navigation start to the
 * first chart <svg> in the page, read in the page with performance.now() at
 * the first animation frame it is there; "every chart" likewise, once no chart
 * waits for its turn (below the fold, components/chartQueue.ts). Apart, the
 * main thread's CPU time to the first chart, from a Chromium trace: on a
 * shared, loaded machine the wall-clock times mostly measure the load.
 * Prints a Markdown section for docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { pageList } from "../src/dashboards/components/pages.ts";
import { buildSite } from "../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../src/dashboards/site/serveStatic.ts";
import { loadSample } from "../src/lib/sample/loadSample.ts";
import { openStore } from "../src/lib/store/openStore.ts";
import { launchChromium } from "../test/helpers/launchChromium.ts";

const { values } = parseArgs({ options: { reps: { type: "string" }, scale: { type: "string" } } });
const reps = Number(values.reps ?? 3);
const scale = Number(values.scale ?? 1);
const dir = mkdtempSync(join(tmpdir(), "doingoai-bench-dash-"));
const db = join(dir, "sample.duckdb");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
const loadBefore = load();

const store = await openStore({ path: db });
await loadSample(store, { scale });
store.close();

rmSync(resolve("src/dashboards/.observablehq/cache"), { recursive: true, force: true });
const cold = (await buildSite({ db })) / 1000;
const warm = (await buildSite({ db })) / 1000;

const server = await serveStatic(resolve("dist"));
const browser = await launchChromium();
/**
 * The CPU time the page's main thread spent, from navigation start to the first
 * chart, in one more load traced by Chromium (the sum of the thread time of its
 * tasks): what the page costs, apart from the time it waits for a busy machine.
 */
async function mainThreadCpu(url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"],
  });
  await page.goto(url);
  const first = await page.waitForFunction(
    () => (document.querySelector("#observablehq-main svg") !== null ? performance.now() : 0),
    null,
    { timeout: 30_000, polling: "raf" },
  );
  const firstAt = (await first.jsonValue()) as number;
  type TraceEvent = {
    name: string;
    ph: string;
    pid: number;
    tid: number;
    ts: number;
    tdur?: number;
    args?: { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
  };
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  const start = traceEvents.find(
    (e) =>
      e.name === "navigationStart" &&
      e.args?.data?.isLoadingMainFrame &&
      e.args.data.documentLoaderURL === url,
  );
  if (!start) return NaN;
  const end = start.ts + firstAt * 1000;
  const tasks = traceEvents.filter(
    (e) =>
      e.name === "RunTask" &&
      e.ph === "X" &&
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ts >= start.ts &&
      e.ts < end,
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const p of pageList) {
  const times: number[] = [];
  const allTimes: number[] = [];
  let bytes = { gzip: 0, data: 0, kinds: {} as Record<string, number> };
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // bodies are compressed once the page is measured: gzip in this process (which also
    // serves the site) would otherwise hold back the responses the page is waiting for
    const responses: Promise<{ type: string; url: string; body: Buffer } | null>[] = [];
    page.on("response", (r) => {
      responses.push(
        r.body().then(
          (body) => ({ type: r.headers()["content-type"] ?? "", url: r.url(), body }),
          () => null,
        ),
      );
    });
    await page.goto(`${server.url}/${p.path}.html`);
    // read in the page, at the first frame where a chart is there (no round trip counted)
    const first = await page.waitForFunction(
      () => (document.querySelector("#observablehq-main svg") !== null ? performance.now() : 0),
      null,
      { timeout: 30_000, polling: "raf" },
    );
    times.push((await first.jsonValue()) as number);
    // every chart drawn: none waiting for its turn (components/chartQueue.ts)
    const all = await page.waitForFunction(
      () => (document.querySelector(".doingoai-chart-pending") === null ? performance.now() : 0),
      null,
      { timeout: 30_000, polling: "raf" },
    );
    allTimes.push((await all.jsonValue()) as number);
    await page.waitForLoadState("networkidle");
    const sizes = { gzip: 0, data: 0, kinds: {} as Record<string, number> };
    for (const r of await Promise.all(responses)) {
      if (r === null) continue;
      const packed = /font|image\/png/.test(r.type) ? r.body.length : gzipSync(r.body).length;
      sizes.gzip += packed;
      const kind = /javascript/.test(r.type)
        ? "scripts"
        : /css/.test(r.type)
          ? "styles"
          : /font/.test(r.type)
            ? "fonts"
            : /html/.test(r.type)
              ? "html"
              : "data";
      sizes.kinds[kind] = (sizes.kinds[kind] ?? 0) + packed;
      if (r.url.includes("/_file/data/")) sizes.data += r.body.length;
    }
    bytes = sizes;
    await context.close();
  }
  const cpu = await mainThreadCpu(`${server.url}/${p.path}.html`);
  const seconds = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} s`;
  rows.push(
    `| ${p.vi} / ${p.en} | ${Math.round(bytes.gzip / 1024)} KB | ${Math.round(bytes.data / 1024)} KB | ${["html", "scripts", "styles", "fonts", "data"].map((k) => Math.round((bytes.kinds[k] ?? 0) / 1024)).join(" · ")} | ${seconds(times)} | ${times.map((t) => (t / 1000).toFixed(2)).join(" · ")} | ${seconds(allTimes)} | ${Math.round(cpu)} ms |`,
  );
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${loadBefore} before, ${load()} after`,
);
console.log(`\nsample scale ${scale}; build: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s\n`);
console.log(
  "| page | everything loaded, gzip | data from the database, raw | gzip: html · scripts · styles · fonts · data (KB) | first chart, median | runs | every chart, median | main-thread CPU to first chart |",
);
console.log("|---|---:|---:|---|---:|---|---:|---:|");
for (const r of rows) console.log(r);
