import type { Page } from "playwright-core";

/** What a page did while it loaded: console errors and page errors, and requests to any other host. */
export interface PageVisit {
  errors: string[];
  outside: string[];
}

/**
 * Opens `url` on the local server and waits until the network is idle,
 * `ready` (a CSS selector) is on the page and every chart is drawn (charts
 * below the fold are drawn after the first: components/chartQueue.ts);
 * collects console and page errors and every request to a host other than 127.0.0.1.
 */
export async function visitPage(page: Page, url: string, ready: string): Promise<PageVisit> {
  const visit: PageVisit = { errors: [], outside: [] };
  page.on("console", (m) => {
    if (m.type() === "error") visit.errors.push(m.text());
  });
  page.on("pageerror", (e) => visit.errors.push(e.message));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!["data:", "blob:"].includes(u.protocol) && u.hostname !== "127.0.0.1") visit.outside.push(r.url());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForFunction((ready) => document.querySelector(ready) !== null, ready);
  await page.waitForFunction(() => document.querySelector(".doingoai-chart-pending") === null);
  await page.waitForLoadState("networkidle");
  return visit;
}
