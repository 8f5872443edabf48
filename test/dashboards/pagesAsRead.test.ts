// Issue 20, items 4 and 5: the pages as a person reads them, in Chromium, on two built sites:
// "reader" (fixture a, plus a second MOU with Luang Prabang scored 0, an aid project with an
// English title and the strategy adopted from a file deep in the office's folders) and
// "gapYears" (2022 and 2024, nothing in 2023, no strategy).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ui } from "../../src/dashboards/components/labels.ts";
import { pageList } from "../../src/dashboards/components/pages.ts";
import { buildSite } from "../../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../../src/dashboards/site/serveStatic.ts";
import { axisOverlaps } from "../helpers/axisOverlaps.ts";
import { createVariantDatabase } from "../helpers/databaseVariants.ts";
import { chromiumPath, hasChromium, launchChromium } from "../helpers/launchChromium.ts";
import { visitPage } from "../helpers/visitPage.ts";
import { createReaderDatabase, strategyFolder } from "./readerDatabase.ts";

if (!hasChromium)
  console.warn(`THE PAGES-AS-READ BROWSER TESTS ARE SKIPPED: no Chromium at ${chromiumPath}.`);

type Server = { url: string; close: () => Promise<void> };
let dir: string;
let reader: Server;
let gap: Server;
let browser: Browser;

/** Opens `url` in a new page, runs `check` once it is drawn, and closes it. */
async function onPage(url: string, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const { errors } = await visitPage(page, url, "#observablehq-main h1, #observablehq-main h2");
    expect(errors, url).toEqual([]);
    await check(page);
  } finally {
    await page.close();
  }
}

const langs = ["vi", "en"] as const;
const prefix = (lang: "vi" | "en") => (lang === "vi" ? "" : "/en");
const mainText = (page: Page) => page.locator("#observablehq-main").innerText();

describe.skipIf(!hasChromium)("pages as a person reads them (issue 20, items 4 and 5)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "doingoai-pages-read-"));
    const readerDb = await createReaderDatabase(dir);
    await buildSite({ db: readerDb, outDir: join(dir, "site-reader") });
    reader = await serveStatic(join(dir, "site-reader"));
    const gapDb = join(dir, "gap.duckdb");
    await createVariantDatabase(gapDb, "gapYears");
    await buildSite({ db: gapDb, outDir: join(dir, "site-gap") });
    gap = await serveStatic(join(dir, "site-gap"));
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await reader?.close();
    await gap?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of langs) {
    it(`${lang}: each page's previous/next links are worded in ${lang}, lead to the neighbouring pages in ${lang} and name them as the sidebar does`, async () => {
      const words =
        lang === "vi"
          ? { prev: "Trang trước", next: "Trang sau" }
          : { prev: "Previous page", next: "Next page" };
      for (const [i, page] of pageList.entries()) {
        const url = `${reader.url}${prefix(lang)}/${page.path}.html`;
        await onPage(url, async (p) => {
          const links = await p.evaluate(() =>
            [...document.querySelectorAll("nav.doingoai-pager a")].map((a) => ({
              rel: a.getAttribute("rel"),
              dir: a.querySelector(".doingoai-pager-dir")?.textContent ?? "",
              name: a.querySelector(".doingoai-pager-name")?.textContent ?? "",
              href: (a as HTMLAnchorElement).href,
            })),
          );
          const expected = [
            ...(i > 0 ? [{ rel: "prev", page: pageList[i - 1]! }] : []),
            ...(i < pageList.length - 1 ? [{ rel: "next", page: pageList[i + 1]! }] : []),
          ].map(({ rel, page: to }) => ({
            rel,
            dir: rel === "prev" ? words.prev : words.next,
            name: to[lang],
            href: `${reader.url}${prefix(lang)}/${to.path}.html`,
          }));
          expect(links, url).toEqual(expected);
          // Framework's own pager (English words, one list across both languages) is gone
          expect(await p.locator("#observablehq-footer nav").count(), url).toBe(0);
          if (lang === "vi")
            expect(await p.locator("body").innerText(), url).not.toMatch(/Previous page|Next page/);
        });
      }
    });
  }

  it("the overview is «Tổng quan» in the sidebar and in the pagers, never the site's title", async () => {
    await onPage(`${reader.url}/delegations.html`, async (page) => {
      const home = (await page.locator("#observablehq-sidebar a").first().textContent())?.trim();
      expect(home).toBe("Tổng quan");
      await expect(
        page.locator('nav.doingoai-pager a[rel="prev"] .doingoai-pager-name').textContent(),
      ).resolves.toBe(home);
      expect(await page.locator("nav.doingoai-pager").innerText()).not.toContain("Đối ngoại tỉnh");
    });
  });

  for (const lang of langs) {
    it(`${lang}: a year with no record (2023 between 2022 and 2024) says "no data" on every headline card, with no change from the year before; the years around it show figures`, async () => {
      const noData = lang === "vi" ? "không có dữ liệu" : "no data";
      const cards = (page: Page) =>
        page.evaluate(() =>
          [...document.querySelectorAll(".doingoai-card[data-indicator]")].map((c) => ({
            value: c.getAttribute("data-value"),
            text: (c as HTMLElement).innerText,
          })),
        );
      await onPage(`${gap.url}${prefix(lang)}/index.html?year=2023`, async (page) => {
        const shown = await cards(page);
        expect(shown.length).toBeGreaterThan(5);
        for (const card of shown) {
          expect(card.value, card.text).toBe("");
          expect(card.text).toContain(noData);
          expect(card.text).not.toMatch(/[▼▲]/);
        }
      });
      await onPage(`${gap.url}${prefix(lang)}/index.html?year=2024`, async (page) => {
        const shown = await cards(page);
        // the year after the gap has figures, but no change from a year without records
        expect(shown.some((c) => c.value !== "")).toBe(true);
        for (const card of shown) expect(card.text).not.toMatch(/[▼▲]/);
      });
      await onPage(`${gap.url}${prefix(lang)}/index.html?year=2022`, async (page) => {
        expect((await cards(page)).some((c) => c.value !== "" && c.value !== "0")).toBe(true);
      });
    });
  }

  it("the English aid page shows a project's English title where one is recorded; the Vietnamese page its Vietnamese title", async () => {
    await onPage(`${reader.url}/en/aid.html?year=2025`, async (page) => {
      const text = await mainText(page);
      expect(text).toContain("Clean water for the highlands");
      expect(text).not.toContain("Nước sạch vùng cao");
      // a project without an English title keeps its own
      expect(text).toContain("Y tế cơ sở");
    });
    await onPage(`${reader.url}/aid.html?year=2025`, async (page) => {
      const text = await mainText(page);
      expect(text).toContain("Nước sạch vùng cao");
      expect(text).not.toContain("Clean water for the highlands");
    });
  });

  it("«Needs a decision» names each partner by its name in the page's language (Luang Prabang, not «Luang Prabang (Lào)», in English)", async () => {
    const alert = (page: Page) => page.locator('[data-alert="dormant_agreements"]').innerText();
    await onPage(`${reader.url}/en/index.html?year=2025`, async (page) => {
      const text = await alert(page);
      expect(text).toContain("Luang Prabang");
      expect(text).not.toContain("(Lào)");
    });
    await onPage(`${reader.url}/index.html?year=2025`, async (page) => {
      expect(await alert(page)).toContain("Luang Prabang (Lào)");
    });
  });

  /** The chart titled `title`: its y tick labels, its other texts and its legend's entries. */
  const chartNamed = (page: Page, title: string) =>
    page.evaluate((title) => {
      const svg = [...document.querySelectorAll("#observablehq-main figure svg[aria-label]")].find(
        (s) => s.getAttribute("aria-label") === title,
      );
      const figure = svg?.closest("figure");
      return {
        found: svg !== undefined,
        ticks: [...(svg?.querySelectorAll('g[aria-label="y-axis tick label"] text') ?? [])].map(
          (t) => t.textContent ?? "",
        ),
        values: [...(svg?.querySelectorAll('g[aria-label="text"] text') ?? [])].map(
          (t) => t.textContent ?? "",
        ),
        legend: [...(figure?.querySelectorAll('[class$="-swatch"]') ?? [])].map((s) =>
          (s as HTMLElement).innerText.trim(),
        ),
      };
    }, title);

  for (const lang of langs) {
    it(`${lang}: the agreement score charts keep the agreement scored 0 — its row, its "0" and its recommendation in the legend — on the agreements and review pages`, async () => {
      const termination = lang === "vi" ? "xem xét chấm dứt" : "review for termination";
      await onPage(`${reader.url}${prefix(lang)}/agreements.html?year=2025`, async (page) => {
        const rows = await page.locator(".doingoai-fit-table tbody tr").count();
        const chart = await chartNamed(
          page,
          lang === "vi"
            ? "Điểm và khuyến nghị của từng thỏa thuận"
            : "Score and recommendation of each agreement",
        );
        expect(chart.found).toBe(true);
        // four agreements in force at 31/12/2025: A-1 (90), A-2 (30), A-3 (18), A-9 (0)
        expect(rows).toBe(4);
        expect(chart.ticks).toHaveLength(rows);
        expect(chart.ticks.at(-1)).toMatch(/MOU 2020$/);
        expect(chart.values).toContain("0");
        expect(chart.legend).toContain(termination);
      });
      await onPage(`${reader.url}${prefix(lang)}/review.html?year=2025`, async (page) => {
        const ticks = await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              '#observablehq-main figure svg[aria-label] g[aria-label="y-axis tick label"]',
            ),
          ]
            .filter((g) =>
              g
                .closest("svg")
                ?.getAttribute("aria-label")
                ?.match(/thỏa thuận|agreement/),
            )
            .flatMap((g) => [...g.querySelectorAll("text")].map((t) => t.textContent ?? "")),
        );
        expect(ticks).toHaveLength(4);
        expect(ticks.at(-1)).toMatch(/MOU 2020$/);
      });
    });
  }

  it("no axis title overlaps a tick label on any page, in either language (measured in the browser; the delegation cost, quality, aid and investment charts have titles)", async () => {
    let titled = 0;
    for (const lang of langs) {
      for (const { path } of pageList) {
        await onPage(`${reader.url}${prefix(lang)}/${path}.html`, async (page) => {
          expect(await axisOverlaps(page), `${lang} ${path}`).toEqual([]);
          titled += await page.locator('#observablehq-main svg g[aria-label$="-axis label"] text').count();
        });
      }
    }
    // the charts with axis titles were measured (the check could fail)
    expect(titled).toBeGreaterThanOrEqual(12);
  });

  for (const lang of langs) {
    it(`${lang}: the agreements table fits its column — no column past the edge, no cell cut, every title whole and distinct`, async () => {
      await onPage(`${reader.url}${prefix(lang)}/agreements.html?year=2025`, async (page) => {
        const table = await page.evaluate(() => {
          const form = document.querySelector(".doingoai-fit-table form")!;
          const box = form.getBoundingClientRect();
          const cells = [...form.querySelectorAll("th, td")].filter((c) => !c.querySelector("input"));
          return {
            overflow: form.scrollWidth - form.clientWidth,
            outside: cells
              .filter((c) => c.getBoundingClientRect().right > box.right + 1)
              .map((c) => c.textContent ?? ""),
            cut: cells
              .filter((c) => c.scrollWidth > c.clientWidth + 1 || (c.textContent ?? "").endsWith("…"))
              .map((c) => c.textContent ?? ""),
            titles: [...form.querySelectorAll("tbody tr")].map(
              (tr) => tr.querySelectorAll("td")[1]?.textContent ?? "",
            ),
          };
        });
        expect(table.overflow).toBeLessThanOrEqual(1);
        expect(table.outside).toEqual([]);
        expect(table.cut).toEqual([]);
        expect(table.titles).toContain("Biên bản ghi nhớ hợp tác Luang Prabang 2020-2024");
        expect(table.titles).toContain("Biên bản ghi nhớ hợp tác Luang Prabang 2023-2027");
        expect(new Set(table.titles).size).toBe(table.titles.length);
      });
    });
  }

  for (const lang of langs) {
    it(`${lang}: the strategy and review pages name the adopted strategy by version and date, and print no file path`, async () => {
      const named =
        lang === "vi"
          ? /phiên bản 1, thông qua ngày \d\d\/\d\d\/\d{4}/
          : /version 1, adopted on \d\d\/\d\d\/\d{4}/;
      for (const path of ["strategy", "review"]) {
        await onPage(`${reader.url}${prefix(lang)}/${path}.html?year=2025`, async (page) => {
          const text = await mainText(page);
          expect(text, path).toMatch(named);
          expect(text, path).not.toContain(strategyFolder);
          expect(text, path).not.toMatch(/\.yaml|adopted v1|tệp adopted/);
        });
      }
    });
  }

  it("the review page of a year is titled an annual review (tổng kết), in its heading and in the sidebar, not an interim one (sơ kết)", async () => {
    await onPage(`${reader.url}/review.html?year=2025`, async (page) => {
      const h1 = await page.locator("#observablehq-main h1").first().textContent();
      expect(h1?.toLowerCase()).toBe("báo cáo tổng kết công tác đối ngoại năm 2025");
      const sidebar = await page.locator("#observablehq-sidebar").innerText();
      expect(sidebar).toContain("Báo cáo tổng kết năm");
      expect(`${h1} ${sidebar}`.toLowerCase()).not.toContain("sơ kết");
    });
  });

  for (const lang of langs) {
    it(`${lang}: the strategy page of an office without a strategy tells it to draft and adopt one, not to set DOINGOAI_STRATEGY`, async () => {
      await onPage(`${gap.url}${prefix(lang)}/strategy.html`, async (page) => {
        const text = await mainText(page);
        expect(text).toContain(ui.noStrategy[lang]);
        expect(text).toContain("doingoai strategy adopt");
        expect(text).not.toContain("DOINGOAI_STRATEGY");
      });
    });
  }
});
