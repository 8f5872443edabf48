// The dashboards build and render on the databases offices really have:
// empty, one year, gap years, some tables only, no plan or budget, no
// strategy, old years only, another province, and the sample (which says so).
// Each database's site is built once, in one beforeAll; one browser visits
// every page of every site in both languages.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageList } from "../../src/dashboards/components/pages.ts";
import { buildSite } from "../../src/dashboards/site/buildSite.ts";
import { serveStatic } from "../../src/dashboards/site/serveStatic.ts";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { chromiumPath, hasChromium, launchChromium } from "../helpers/launchChromium.ts";
import {
  createVariantDatabase,
  databaseVariants,
  type DatabaseVariant,
} from "../helpers/databaseVariants.ts";
import { pageSections, type SectionState } from "../helpers/pageSections.ts";
import { visitPage, type PageVisit } from "../helpers/visitPage.ts";

if (!hasChromium) {
  console.warn(`THE ANY-DATABASE BROWSER TESTS ARE SKIPPED: no Chromium at ${chromiumPath}.`);
}

type Site = DatabaseVariant | "sample";
const sites: Site[] = [...(Object.keys(databaseVariants) as DatabaseVariant[]), "sample"];
const servers = new Map<Site, { url: string; close: () => Promise<void> }>();
const buildErrors = new Map<Site, string>();
let dir: string;
let browser: Browser;

interface Visit extends PageVisit {
  sections: SectionState[];
  banner: string | null;
  office: string | null;
}

async function visit(page: Page, url: string): Promise<Visit> {
  const { errors, outside } = await visitPage(page, url, "#observablehq-main .doingoai-office");
  errors.push(...(await page.locator(".observablehq--error").allTextContents()));
  return {
    errors,
    outside,
    sections: await pageSections(page),
    // the sample's banner is drawn with the office line, which the page has at this point
    banner:
      (await page.locator(".doingoai-sample").count()) > 0
        ? await page.locator(".doingoai-sample").first().textContent()
        : null,
    office:
      (await page.locator(".doingoai-office-name").count()) > 0
        ? await page.locator(".doingoai-office-name").first().textContent()
        : null,
  };
}

/** Every file under `root`, recursively. */
function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A section says there is nothing to show in it, in the page's language. */
const saysNothing = (s: SectionState) => s.saysEmpty || /Không có cảnh báo|No alerts/.test(s.text);

describe.skipIf(!hasChromium)("the dashboards on any database", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "doingoai-any-db-"));
    for (const site of sites) {
      const db = join(dir, `${site}.duckdb`);
      if (site === "sample") {
        const store = await openStore({ path: db });
        await loadSample(store);
        store.close();
      } else {
        await createVariantDatabase(db, site);
      }
      // A build that fails is recorded, so that its test says which database stopped it.
      try {
        await buildSite({ db, outDir: join(dir, `site-${site}`) });
        servers.set(site, await serveStatic(join(dir, `site-${site}`)));
      } catch (error) {
        buildErrors.set(site, String(error));
      }
    }
    browser = await launchChromium();
  }, 1_800_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const site of sites) {
    describe(`database "${site}"`, () => {
      it("builds (the build exits 0)", () => {
        expect(buildErrors.get(site)).toBeUndefined();
        expect(servers.has(site)).toBe(true);
      });

      it("every page, in Vietnamese and English, opens with no console error, draws no empty chart, and each section shows data or says it has none", async () => {
        const server = servers.get(site);
        expect(server).toBeDefined();
        const page = await browser.newPage();
        try {
          for (const lang of ["vi", "en"] as const) {
            for (const { path } of pageList) {
              const url = `${server!.url}${lang === "vi" ? "" : "/en"}/${path}.html`;
              const shown = await visit(page, url);
              expect(shown.errors, url).toEqual([]);
              expect(shown.outside, url).toEqual([]);
              expect(shown.sections.length, url).toBeGreaterThan(0);
              for (const section of shown.sections) {
                for (const chart of section.charts) {
                  expect(chart.shapes, `${url} § ${section.heading}: chart ${chart.label}`).toBeGreaterThan(
                    0,
                  );
                }
                if (section.heading === "") continue;
                // Data shown: a chart, table rows, list items, cards, or figures written in the text.
                const shows = section.charts.length > 0 || section.items > 0 || /\d/.test(section.text);
                expect(shows || saysNothing(section), `${url} § ${section.heading}: ${section.text}`).toBe(
                  true,
                );
                if (site === "empty") {
                  expect(saysNothing(section), `${url} § ${section.heading}: ${section.text}`).toBe(true);
                }
              }
              if (site === "sample") expect(shown.banner, url).toBe("DỮ LIỆU MẪU / SAMPLE DATA");
              else expect(shown.banner, url).toBeNull();
            }
          }
        } finally {
          await page.close();
        }
      });
    });
  }

  it("a year with no record (2023 between 2022 and 2024) is offered, and its review says 'no data' in every section but the multi-year chart", async () => {
    const server = servers.get("gapYears");
    expect(server).toBeDefined();
    const page = await browser.newPage();
    try {
      for (const [prefix, label] of [
        ["", /Không có dữ liệu/],
        ["/en", /No data/],
      ] as const) {
        const shown = await visit(page, `${server!.url}${prefix}/review.html?year=2023`);
        expect(await page.locator("form select option:checked").textContent()).toBe("2023");
        const numbered = shown.sections.filter((s) => /^\d\./.test(s.heading));
        expect(numbered.length).toBe(7);
        for (const s of numbered.filter((s) => !s.heading.startsWith("3."))) {
          expect(s.saysEmpty, s.heading).toBe(true);
        }
        expect(shown.sections.some((s) => label.test(s.text))).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it("another province's site names that province and agency on every page, and no file of it holds 'Thái Nguyên'", async () => {
    const server = servers.get("otherProvince");
    expect(server).toBeDefined();
    const page = await browser.newPage();
    try {
      for (const { path } of pageList) {
        const vi = await visit(page, `${server!.url}/${path}.html`);
        expect(vi.office).toBe("Tỉnh Cao Bằng — Sở Ngoại vụ tỉnh Cao Bằng");
        const en = await visit(page, `${server!.url}/en/${path}.html`);
        expect(en.office).toBe("Cao Bằng Province — Cao Bang Department of Foreign Affairs");
      }
      await visit(page, `${server!.url}/review.html`);
      await expect(page.locator(".doingoai-review-head p").first().textContent()).resolves.toBe(
        "TỈNH CAO BẰNG — SỞ NGOẠI VỤ TỈNH CAO BẰNG",
      );
    } finally {
      await page.close();
    }
    const files = filesUnder(join(dir, "site-otherProvince"));
    expect(files.length).toBeGreaterThan(20);
    const leaking = files.filter((f) => /Thái Nguyên|THÁI NGUYÊN|Thai Nguyen/.test(readFileSync(f, "utf8")));
    expect(leaking).toEqual([]);
  });

  it("an office without a strategy sees no targets, never the sample's; the sample's site shows the sample's strategy", async () => {
    const strategyOf = (site: Site) => {
      const folder = join(dir, `site-${site}`, "_file", "data", "site");
      const name = readdirSync(folder).find((f) => /^strategy\.[0-9a-f]+\.json$/.test(f))!;
      return JSON.parse(readFileSync(join(folder, name), "utf8")) as {
        source: { vi: string; en: string } | null;
        targets: unknown[];
      };
    };
    for (const site of sites.filter((s) => s !== "sample")) {
      expect(strategyOf(site), site).toMatchObject({ source: null, targets: [] });
    }
    expect(strategyOf("sample").targets.length).toBeGreaterThan(0);
    // named by its file's name, never a path
    expect(strategyOf("sample").source).toEqual({
      vi: "tệp strategy-2026-2030.yaml",
      en: "file strategy-2026-2030.yaml",
    });
    const page = await browser.newPage();
    try {
      const shown = await visit(page, `${servers.get("oneYear")!.url}/strategy.html`);
      const targets = shown.sections.find((s) => s.heading.startsWith("Chỉ tiêu"))!;
      expect(targets.text).toContain("cơ quan chưa thông qua chiến lược");
      expect(targets.charts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
