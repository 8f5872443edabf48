// Issue 20, item 2: the dashboards mark a closed period and show, beside a review figure that
// changed since the signature, the signed value. One real build of another province's database
// (Cao Bằng, 2023–2024), 2023 closed, 2024 closed then reopened and changed; a real browser.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../../src/dashboards/site/serveStatic.ts";
import { createVariantDatabase } from "../helpers/databaseVariants.ts";
import { chromiumPath, hasChromium, launchChromium } from "../helpers/launchChromium.ts";
import { runCli } from "../helpers/runCli.ts";
import { visitPage } from "../helpers/visitPage.ts";

if (!hasChromium) {
  console.warn(`THE CLOSED-PERIOD BROWSER TEST IS SKIPPED: no Chromium at ${chromiumPath}.`);
}

const buildTimeout = 600_000;

describe.skipIf(!hasChromium)("the dashboards of a database with closed periods", () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "doingoai-closed-site-"));
    const db = join(dir, "db.duckdb");
    await createVariantDatabase(db, "otherProvince");
    const ok = async (argv: string[]) => {
      const r = await runCli([...argv, "--db", db]);
      expect(r.code, r.stderr).toBe(0);
    };
    const by = ["--by", "Nguyễn Văn A"];
    await ok(["period", "close", "2023", ...by, "--report-number", "5", "--report-date", "22/01/2024"]);
    await ok(["period", "close", "2024", ...by, "--report-number", "12", "--report-date", "20/01/2025"]);
    await ok(["period", "reopen", "2024", "--reason", "Sót một đoàn vào"]);
    const csv = join(dir, "delegations.csv");
    writeFileSync(
      csv,
      "delegation_id,direction,start_on,end_on,country,level,purpose,members,in_plan\n" +
        "D-2024-9,inbound,10/09/2024,12/09/2024,KR,department,cooperation,3,true\n",
    );
    await ok(["import", csv]);
    const site = join(dir, "site");
    await buildSite({ db, outDir: site });
    server = await serveStatic(site);
    browser = await launchChromium();
  }, buildTimeout);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function onReview(path: string, check: (page: Page) => Promise<void>): Promise<void> {
    const page = await browser.newPage();
    try {
      const { errors } = await visitPage(page, server.url + path, "#observablehq-main tr[data-indicator]");
      expect(errors).toEqual([]);
      await check(page);
    } finally {
      await page.close();
    }
  }

  it("the review of 2024, reopened and changed, says when it was closed and reopened, and shows the signed value beside each figure that changed (inbound delegations: signed 1, now 2)", async () => {
    await onReview("/review.html", async (page) => {
      expect(await page.locator("form select option:checked").textContent()).toBe("2024");
      const mark = (await page.locator('.doingoai-closed p[data-period="2024"]').textContent()) ?? "";
      expect(mark).toMatch(/^Đã khóa sổ ngày \d\d\/\d\d\/\d{4} \(Báo cáo số 12\/BC-SNgV ngày 20\/01\/2025\)/);
      expect(mark).toContain("đã mở lại ngày");
      expect(mark).toContain("Sót một đoàn vào");
      const inbound = page.locator('tr[data-indicator="delegations.inbound"]');
      expect(await inbound.getAttribute("data-value")).toBe("2");
      expect(await inbound.locator(".doingoai-signed").textContent()).toBe(" (đã ký: 1)");
      // person trips: 6 + 5 signed, 3 more now; outbound did not change, so no signed value beside it
      expect(
        await page.locator('tr[data-indicator="delegations.person_trips"] .doingoai-signed').textContent(),
      ).toBe(" (đã ký: 11)");
      expect(await page.locator('tr[data-indicator="delegations.outbound"] .doingoai-signed').count()).toBe(
        0,
      );
    });
  });

  it("the review of 2023, closed and unchanged, bears the closed mark in both languages and no signed value beside any figure", async () => {
    await onReview("/en/review.html", async (page) => {
      await page.locator("form select").selectOption("2023");
      await page.waitForSelector('.doingoai-closed p[data-period="2023"]');
      const mark = (await page.locator('.doingoai-closed p[data-period="2023"]').textContent()) ?? "";
      expect(mark).toMatch(/^Closed on \d\d\/\d\d\/\d{4} \(report no\. 5\/BC-SNgV of 22\/01\/2024\)\.$/);
      expect(await page.locator(".doingoai-signed").count()).toBe(0);
    });
    // the overview of 2023 is marked too (every page that shows a year)
    const page = await browser.newPage();
    try {
      await visitPage(page, server.url + "/index.html", "#observablehq-main .doingoai-office");
      await page.locator("form select").selectOption("2023");
      await page.waitForSelector('.doingoai-closed p[data-period="2023"]');
      expect(await page.locator('.doingoai-closed p[data-state="closed"]').textContent()).toContain(
        "Đã khóa sổ ngày",
      );
    } finally {
      await page.close();
    }
  });
});
