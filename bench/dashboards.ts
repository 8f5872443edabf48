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
 * first chart <svg> in the page, read in the page with performance.now().
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const p of pageList) {
  const times: number[] = [];
  let bytes = { gzip: 0, data: 0, kinds: {} as Record<string, number> };
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const sizes = { gzip: 0, data: 0, kinds: {} as Record<string, number> };
    page.on("response", (r) => {
      pending.push(
        r.body().then(
          (b) => {
            const type = r.headers()["content-type"] ?? "";
            const packed = /font|image\/png/.test(type) ? b.length : gzipSync(b).length;
            sizes.gzip += packed;
            const kind = /javascript/.test(type)
              ? "scripts"
              : /css/.test(type)
                ? "styles"
                : /font/.test(type)
                  ? "fonts"
                  : /html/.test(type)
                    ? "html"
                    : "data";
            sizes.kinds[kind] = (sizes.kinds[kind] ?? 0) + packed;
            if (r.url().includes("/_file/data/")) sizes.data += b.length;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.url}/${p.path}.html`);
    await page.waitForFunction(() => document.querySelector("#observablehq-main svg") !== null, null, {
      timeout: 30_000,
    });
    times.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    bytes = sizes;
    await context.close();
  }
  rows.push(
    `| ${p.vi} / ${p.en} | ${Math.round(bytes.gzip / 1024)} KB | ${Math.round(bytes.data / 1024)} KB | ${["html", "scripts", "styles", "fonts", "data"].map((k) => Math.round((bytes.kinds[k] ?? 0) / 1024)).join(" · ")} | ${(median(times) / 1000).toFixed(2)} s | ${times.map((t) => (t / 1000).toFixed(2)).join(" · ")} |`,
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
  "| page | everything loaded, gzip | data from the database, raw | gzip: html · scripts · styles · fonts · data (KB) | first chart, median | runs |",
);
console.log("|---|---:|---:|---|---:|---|");
for (const r of rows) console.log(r);
