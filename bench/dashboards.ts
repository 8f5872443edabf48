/**
 * The dashboards on the sample: cold and warm build time, data bytes each page
 * loads, and time to first chart per page in headless Chromium on 127.0.0.1.
 *
 *   npx tsx bench/dashboards.ts [--reps 3]
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
import { pageList } from "../src/dashboards/components/pages.ts";
import { buildSite } from "../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../src/dashboards/site/serveStatic.ts";
import { loadSample } from "../src/lib/sample/loadSample.ts";
import { openStore } from "../src/lib/store/openStore.ts";
import { launchChromium } from "../test/helpers/launchChromium.ts";

const { values } = parseArgs({ options: { reps: { type: "string" } } });
const reps = Number(values.reps ?? 3);
const dir = mkdtempSync(join(tmpdir(), "doingoai-bench-dash-"));
const db = join(dir, "sample.duckdb");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
const loadBefore = load();

const store = await openStore({ path: db });
await loadSample(store);
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
  let bytes = 0;
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let pageBytes = 0;
    page.on("response", (r) => {
      if (r.url().includes("/_file/")) void r.body().then((b) => (pageBytes += b.length));
    });
    await page.goto(`${server.url}/${p.path}.html`);
    await page.waitForFunction(() => document.querySelector("#observablehq-main svg") !== null, null, {
      timeout: 30_000,
    });
    times.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState("networkidle");
    bytes = pageBytes;
    await context.close();
  }
  rows.push(
    `| ${p.vi} / ${p.en} | ${Math.round(bytes / 1024)} KB | ${(median(times) / 1000).toFixed(2)} s | ${times.map((t) => (t / 1000).toFixed(2)).join(" · ")} |`,
  );
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${loadBefore} before, ${load()} after`,
);
console.log(`\nbuild: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s\n`);
console.log("| page | data loaded (the page's /_file/ requests) | first chart, median | runs |");
console.log("|---|---:|---:|---|");
for (const r of rows) console.log(r);
