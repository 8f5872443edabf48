import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageList } from "../../src/dashboards/components/pages.ts";
import { buildSite } from "../../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../../src/dashboards/site/serveStatic.ts";
import { computeIndicators } from "../../src/lib/indicators/index.ts";
import { buildReviewData } from "../../src/lib/report/buildReviewData.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { pageFigures } from "../helpers/pageFigures.ts";
import { pdfPageSizes } from "../helpers/libreOffice.ts";
import { printedPages, printFaults } from "../helpers/printFaults.ts";
import { chromiumPath, hasChromium, launchChromium } from "../helpers/launchChromium.ts";
import { createFixtureDatabase, type FixtureVariant } from "./fixtureDatabase.ts";
import { pageSections, type SectionState } from "../helpers/pageSections.ts";
import { visitPage, type PageVisit } from "../helpers/visitPage.ts";
import { tuneTarget } from "../../src/data/planning/targetTuner.ts";
import { unitCosts } from "../../src/lib/planning/unitCosts.ts";
import { runCli } from "../helpers/runCli.ts";

if (!hasChromium) {
  console.warn(
    `THE DASHBOARD BROWSER TESTS ARE SKIPPED: no Chromium at ${chromiumPath}. ` +
      "Install Debian's chromium (apt-get install -y chromium) to run them.",
  );
}

// The build runs every loader and bundles from node_modules: minutes on a busy machine.
const buildTimeout = 600_000;

/** Opens `url` and waits until the page has rendered its first heading. */
function visit(page: Page, url: string): Promise<PageVisit> {
  return visitPage(page, url, "#observablehq-main h1, #observablehq-main h2");
}

/**
 * Each chart's accessible name and description, and how many shapes its data marks drew, once
 * the first chart is drawn (charts render after the headings, later on a loaded machine).
 */
async function charts(page: Page): Promise<SectionState["charts"]> {
  await page.waitForFunction(
    () => document.querySelector("#observablehq-main figure svg[aria-label]") !== null,
  );
  return (await pageSections(page)).flatMap((s) => s.charts);
}

/** The `data-value` of each element matching `selector`, by its `data-indicator`. */
async function dataValues(page: Page, selector: string): Promise<Record<string, number | null>> {
  return page.evaluate(
    (selector) =>
      Object.fromEntries(
        [...document.querySelectorAll(selector)].map((e) => {
          const v = e.getAttribute("data-value");
          return [e.getAttribute("data-indicator"), v === "" || v === null ? null : Number(v)];
        }),
      ),
    selector,
  );
}

/** The value of each headline card of the overview, by indicator. */
function headline(page: Page): Promise<Record<string, number | null>> {
  return dataValues(page, ".doingoai-card[data-indicator]");
}

/** Opens `url` in a new page, runs `check` on it once rendered, and closes it. */
async function onPage(browser: Browser, url: string, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  try {
    await visit(page, url);
    await check(page);
  } finally {
    await page.close();
  }
}

/** The year chosen in the page's year selector. */
async function selectedYear(page: Page): Promise<string> {
  return (await page.locator("form select option:checked").textContent())?.trim() ?? "";
}

async function indicatorsOf(db: string, year: string): Promise<Record<string, number | null>> {
  const store = await openStore({ path: db, readOnly: true });
  try {
    const { rows } = await computeIndicators(store, { periods: [year] });
    return Object.fromEntries(rows.map((r) => [r.indicator, r.value]));
  } finally {
    store.close();
  }
}

interface FixtureSite {
  dir: string;
  db: string;
  site: string;
  server: { url: string; close: () => Promise<void> };
  browser: Browser;
}

/** Builds the site of fixture database `variant` in a temporary folder, serves it and starts a browser. */
async function fixtureSite(variant: FixtureVariant, strategy?: string): Promise<FixtureSite> {
  const dir = mkdtempSync(join(tmpdir(), `doingoai-dashboards-${variant}-`));
  const db = join(dir, `${variant}.duckdb`);
  const site = join(dir, `site-${variant}`);
  await createFixtureDatabase(db, variant);
  await buildSite({ db, outDir: site, ...(strategy === undefined ? {} : { strategy }) });
  return { dir, db, site, server: await serveStatic(site), browser: await launchChromium() };
}

/** Stops what {@link fixtureSite} started and removes its folder. */
async function closeSite(s: FixtureSite | undefined): Promise<void> {
  await s?.browser.close();
  await s?.server.close();
  if (s) rmSync(s.dir, { recursive: true, force: true });
}

describe.skipIf(!hasChromium)("dashboards built from a fixture database", () => {
  let fixture: FixtureSite | undefined;
  let dir: string;
  let db: string;
  let site: string;
  let server: FixtureSite["server"];
  let browser: Browser;

  beforeAll(async () => {
    fixture = await fixtureSite("a", "test/dashboards/fixtures/strategy-2021-2025.yaml");
    ({ dir, db, site, server, browser } = fixture);
  }, buildTimeout);

  afterAll(() => closeSite(fixture));

  for (const lang of ["vi", "en"] as const) {
    for (const { path } of pageList) {
      const url = `${lang === "vi" ? "" : "/en"}/${path}.html`;
      it(`${url} opens with no console error, asks no host but 127.0.0.1, and every chart draws marks with a text alternative`, async () => {
        const page = await browser.newPage();
        try {
          const { errors, outside } = await visit(page, server.url + url);
          const drawn = await charts(page);
          expect(errors).toEqual([]);
          expect(outside).toEqual([]);
          expect(await page.locator(".observablehq--error").count()).toBe(0);
          expect(drawn.length).toBeGreaterThan(0);
          for (const chart of drawn) {
            expect(chart.label, "chart title").not.toBe("");
            expect(chart.description, `description of ${chart.label}`).not.toBe("");
            expect(chart.shapes, `marks of ${chart.label}`).toBeGreaterThan(0);
          }
        } finally {
          await page.close();
        }
      });
    }
  }

  // Acceptance 1 of issue 11: each page is written once; its two languages show the same page.
  for (const { path } of pageList) {
    it(`/${path}.html and /en/${path}.html show the same headings, sections, charts (same marks drawn), cards and figures`, async () => {
      const page = await browser.newPage();
      try {
        await visit(page, `${server.url}/${path}.html`);
        const vi = await pageFigures(page, "vi");
        await visit(page, `${server.url}/en/${path}.html`);
        const en = await pageFigures(page, "en");
        expect(en.headings).toEqual(vi.headings);
        expect(en.sections).toEqual(vi.sections);
        expect(en.values).toEqual(vi.values);
        expect(en.figures).toEqual(vi.figures);
        // Not a comparison of two empty pages: every page of the fixture shows figures.
        expect(vi.figures.length).toBeGreaterThan(0);
        expect(vi.sections.flatMap((s) => s.charts).length).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  }

  it("the overview's headline figures equal computeIndicators for the same year and database", async () => {
    await onPage(browser, server.url + "/index.html", async (page) => {
      const year = await selectedYear(page);
      expect(year).toBe("2025");
      const shown = await headline(page);
      const expected = await indicatorsOf(db, year);
      expect(Object.keys(shown).length).toBe(10);
      for (const [id, value] of Object.entries(shown)) expect(value, id).toBe(expected[id]);
      // Worked out by hand from the fixture: 3 inbound (D-4, D-5, D-6) and 2 outbound (D-7, D-8) in 2025.
      expect(shown["delegations.inbound"]).toBe(3);
      expect(shown["delegations.outbound"]).toBe(2);
    });
  });

  it("the overview shows the strategy's target for the year and the targets off track", async () => {
    await onPage(browser, server.url + "/en/index.html", async (page) => {
      // Fixture strategy: 5 inbound delegations asked for 2025, 3 done; 3 outbound to Laos asked, 1 done.
      const card = page.locator('.doingoai-card[data-indicator="delegations.inbound"]');
      await expect(card.textContent()).resolves.toContain("Target: 5 — not met");
      const alerts = await page.locator('[data-alert="off_track"]').allTextContents();
      expect(alerts).toEqual([
        "⚠ Target T1 Inbound delegations is off track: actual 3, path 5.",
        "⚠ Target T2 Outbound delegations (LA) is off track: actual 1, path 3.",
      ]);
    });
  });

  it("choosing 2024 in the year selector shows 2024's figures", async () => {
    await onPage(browser, server.url + "/en/index.html", async (page) => {
      await page.locator("form select").selectOption("2024");
      await page.waitForFunction(
        () =>
          document.querySelector('[data-indicator="delegations.inbound"]')?.getAttribute("data-value") ===
          "2",
      );
      const shown = await headline(page);
      const expected = await indicatorsOf(db, "2024");
      for (const [id, value] of Object.entries(shown)) expect(value, id).toBe(expected[id]);
    });
  });

  it("the review page shows the figures of the report (buildReviewData) for the same year", async () => {
    await onPage(browser, server.url + "/review.html", async (page) => {
      const year = await selectedYear(page);
      expect(year).toBe("2025");
      const shown = await dataValues(page, "tr[data-indicator]");
      const store = await openStore({ path: db, readOnly: true });
      try {
        const review = await buildReviewData(store, { year: 2025 });
        expect(Object.keys(shown).length).toBe(review.headline.length);
        for (const f of review.headline) expect(shown[f.indicator], f.indicator).toBe(f.value);
      } finally {
        store.close();
      }
    });
  });

  for (const url of ["/review.html", "/en/review.html"]) {
    it(`${url} prints to A4 pages numbered "n / N", no heading at a page foot and no table row split across pages`, async () => {
      await onPage(browser, server.url + url, async (page) => {
        await charts(page);
        await page.emulateMedia({ media: "print" });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        const file = join(dir, `print-${url.replace(/\W/g, "")}.pdf`);
        writeFileSync(file, pdf);
        // A4 is 595 × 842 points
        for (const [w, h] of pdfPageSizes(file)) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
        const printed = await page.evaluate(() => ({
          headings: [...document.querySelectorAll("#observablehq-main :is(h1, h2, h3, h4)")].map(
            (h) => (h as HTMLElement).innerText,
          ),
          rows: [...document.querySelectorAll("#observablehq-main table tr")].map((tr) =>
            [...tr.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText),
          ),
        }));
        expect(printed.headings.length).toBeGreaterThan(5);
        expect(printed.rows.length).toBeGreaterThan(5);
        const pages = printedPages(file);
        expect(pages.length).toBeGreaterThan(1);
        expect(printFaults(pages, printed)).toEqual([]);
      });
    });
  }

  it("charts below the fold wait for their turn (the ones on screen drawn first), and every one is drawn when the page is about to print", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      // Seen the moment the first chart is in the page (the queue's first turn,
      // components/chartQueue.ts), before any later turn: the charts drawn and waiting;
      // then "beforeprint", as the browser fires it on printing. (A string: the page has
      // no helpers of the test's bundler.)
      await page.addInitScript({
        content: `
          const count = () => ({
            drawn: document.querySelectorAll("#observablehq-main figure svg[aria-label]").length,
            waiting: document.querySelectorAll(".doingoai-chart-pending").length,
          });
          new MutationObserver((_, observer) => {
            const first = count();
            if (first.drawn === 0) return;
            observer.disconnect();
            dispatchEvent(new Event("beforeprint"));
            window.chartsSeen = { first, printed: count() };
          }).observe(document, { childList: true, subtree: true });`,
      });
      await page.goto(`${server.url}/en/delegations.html`);
      const seen = (await (await page.waitForFunction("window.chartsSeen")).jsonValue()) as Record<
        "first" | "printed",
        { drawn: number; waiting: number }
      >;
      // the yearly trend at the top first; the charts by level, by purpose, the map and the costs after
      expect(seen.first).toEqual({ drawn: 1, waiting: 4 });
      expect(seen.printed).toEqual({ drawn: 5, waiting: 0 });
    } finally {
      await page.close();
    }
  });

  for (const url of ["/agreements.html", "/en/agreements.html"]) {
    it(`${url}: no two agreements of a chart share a label (score bars and timeline rows), and no table header is cut`, async () => {
      await onPage(browser, server.url + url, async (page) => {
        await charts(page);
        await page.waitForSelector("#observablehq-main table th");
        const labels = await page.evaluate(() =>
          [...document.querySelectorAll("#observablehq-main figure svg[aria-label]")].map((svg) => ({
            chart: svg.getAttribute("aria-label"),
            ticks: [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
              (t) => t.textContent ?? "",
            ),
          })),
        );
        // the score chart and the timeline, each with a row per agreement reviewed
        expect(labels).toHaveLength(2);
        for (const { chart, ticks } of labels) {
          expect(ticks.length, `${chart}`).toBeGreaterThan(1);
          expect(new Set(ticks).size, `${chart}: ${ticks.join(" | ")}`).toBe(ticks.length);
        }
        const headers = await page.evaluate(() =>
          [...document.querySelectorAll("#observablehq-main table th")].map((th) => ({
            text: (th as HTMLElement).innerText.trim(),
            fits: th.scrollWidth <= th.clientWidth,
          })),
        );
        expect(headers.length).toBeGreaterThan(5);
        const cut = headers.filter((h) => !h.fits || h.text.endsWith("…")).map((h) => h.text);
        expect(cut, "table headers cut").toEqual([]);
      });
    });
  }

  it("the strategy page's tuner shows the path, feasibility and budget need the library computes for a new end value; its download passes strategy check", async () => {
    const page = await browser.newPage();
    try {
      const { errors } = await visit(page, `${server.url}/en/strategy.html`);
      await page.locator('.doingoai-tuner select[name="target"]').selectOption("T1");
      await page.locator('.doingoai-tuner input[name="end"]').fill("6");
      const tuned = page.locator(".doingoai-tuner-out");
      await expect(tuned.locator('[data-tuned="path"]').textContent()).resolves.toContain("2027: 6");
      const feasibility = Number(
        await tuned.locator('[data-tuned="feasibility"]').getAttribute("data-value"),
      );
      const budget = Number(await tuned.locator('[data-tuned="budget"]').getAttribute("data-value"));
      // the same library functions in Node, fed from the database itself
      const store = await openStore({ path: db, readOnly: true });
      let expected: ReturnType<typeof tuneTarget>;
      try {
        const { rows } = await computeIndicators(store, {
          indicators: ["delegations.inbound"],
          periods: ["2021", "2022", "2023", "2024", "2025"],
        });
        expected = tuneTarget(
          {
            target: {
              indicator: "delegations.inbound",
              direction: "up",
              baseline: { period: "2021", value: 1 },
            },
            planPeriod: "2021-2027",
            history: rows.map((r) => ({ t: Number(r.period), value: r.value! })),
            unitCosts: await unitCosts(store),
          },
          6,
        );
      } finally {
        store.close();
      }
      expect(expected.feasibility).not.toBeNull();
      expect(feasibility).toBeCloseTo(expected.feasibility!.probability, 12);
      expect(budget).toBe(expected.budgetTotalVnd);
      // By hand: the linear path from 1 (2021) to 6 (2027) asks 5,17 → 5 delegations in 2026 and 6 in 2027;
      // the median cost of the fixture's priced inbound delegations (40, 90, 120, 150 million) is 105 million.
      expect(budget).toBe((5 + 6) * 105_000_000);
      // another end moves both
      await page.locator('.doingoai-tuner input[name="end"]').fill("9");
      await expect
        .poll(async () => Number(await tuned.locator('[data-tuned="budget"]').getAttribute("data-value")))
        .toBe((8 + 9) * 105_000_000); // 1 + 8·5/6 = 7,67 → 8 in 2026
      expect(
        Number(await tuned.locator('[data-tuned="feasibility"]').getAttribute("data-value")),
      ).toBeLessThan(feasibility);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('.doingoai-tuner button[name="download"]').click(),
      ]);
      const file = join(dir, "strategy-edited.json");
      await download.saveAs(file);
      const saved = JSON.parse(readFileSync(file, "utf8")) as {
        goals: {
          objectives: { targets: { id: string; end?: number; yearly?: unknown; path?: string }[] }[];
        }[];
      };
      expect(saved.goals[0]!.objectives[0]!.targets[0]).toMatchObject({ id: "T1", end: 9, path: "linear" });
      expect(saved.goals[0]!.objectives[0]!.targets[0]!.yearly).toBeUndefined();
      const checked = await runCli(["strategy", "check", file, "--db", db]);
      expect(checked.code, checked.stderr).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the built site references no host but its own", () => {
    const html = readFileSync(join(site, "index.html"), "utf8");
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe.skipIf(!hasChromium)("dashboards built from another database", () => {
  let fixture: FixtureSite | undefined;
  let db: string;
  let server: FixtureSite["server"];
  let browser: Browser;

  beforeAll(async () => {
    fixture = await fixtureSite("b");
    ({ db, server, browser } = fixture);
  }, buildTimeout);

  afterAll(() => closeSite(fixture));

  it("shows that database's figures", async () => {
    await onPage(browser, server.url + "/index.html", async (page) => {
      const shown = await headline(page);
      const expected = await indicatorsOf(db, "2025");
      for (const [id, value] of Object.entries(shown)) expect(value, id).toBe(expected[id]);
      // Fixture b, by hand: 2025 has 1 inbound (D-3) and 1 outbound (D-2); fixture a has 3 and 2.
      expect(shown["delegations.inbound"]).toBe(1);
      expect(shown["delegations.outbound"]).toBe(1);
    });
  });
});
