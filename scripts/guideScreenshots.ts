// Screenshots of docs/huong-dan-su-dung.md, taken with headless Chromium from
// sites built on an example office's database (an empty one, then one with
// records and a profile): npx tsx scripts/guideScreenshots.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildSite } from "../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../src/dashboards/site/serveStatic.ts";
import { buildReviewData } from "../src/lib/report/buildReviewData.ts";
import { renderReport } from "../src/lib/report/renderReport.ts";
import { openStore } from "../src/lib/store/openStore.ts";
import { createVariantDatabase } from "../test/helpers/databaseVariants.ts";
import { launchChromium } from "../test/helpers/launchChromium.ts";

const out = new URL("../docs/screenshots/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "doingoai-guide-"));
const browser = await launchChromium();

async function shoot(page: Page, url: string, file: string, full = false): Promise<void> {
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, file), fullPage: full });
  process.stdout.write(`${file}\n`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: "vi-VN" });

  // 1. An office that has just run `doingoai init`: an empty database.
  const empty = join(dir, "empty.duckdb");
  (await openStore({ path: empty })).close();
  await buildSite({ db: empty, outDir: join(dir, "site-empty") });
  let server = await serveStatic(join(dir, "site-empty"));
  await shoot(page, `${server.url}/index.html`, "huong-dan-1-co-so-du-lieu-trong.png");
  await server.close();

  // 2. The same office after `office set` and an import of 2023–2024.
  const office = join(dir, "office.duckdb");
  await createVariantDatabase(office, "otherProvince");
  await buildSite({ db: office, outDir: join(dir, "site-office") });
  server = await serveStatic(join(dir, "site-office"));
  await shoot(page, `${server.url}/index.html?year=2024`, "huong-dan-2-tong-quan.png");
  await shoot(page, `${server.url}/quality.html`, "huong-dan-3-chat-luong-du-lieu.png");
  await shoot(page, `${server.url}/review.html?year=2024`, "huong-dan-4-bao-cao-tren-trang.png");
  await server.close();

  // 3. The report as `doingoai report --year 2024 --format html` writes it: its head and its foot.
  const store = await openStore({ path: office, readOnly: true });
  const html = String(await renderReport(await buildReviewData(store, { year: 2024 }), { format: "html" }));
  store.close();
  writeFileSync(join(dir, "report.html"), html);
  await page.setViewportSize({ width: 900, height: 700 });
  await shoot(page, `file://${join(dir, "report.html")}`, "huong-dan-5-bao-cao-dau.png");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.screenshot({ path: join(out, "huong-dan-6-bao-cao-cuoi.png") });
  process.stdout.write("huong-dan-6-bao-cao-cuoi.png\n");
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
