// The Word report as leadership opens it: rendered by LibreOffice to PDF and read back from the
// PDF's text (issue 12, acceptance 1). Skips, loudly, where LibreOffice or poppler is absent.
import { existsSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../src/data/Bilingual.ts";
import { listRules } from "../../../src/lib/checks/listRules.ts";
import { buildReviewData, renderReport } from "../../../src/lib/report/index.ts";
import { reportDocument, type ReportDocument } from "../../../src/lib/report/reportDocument.ts";
import { isFigureCell } from "../../../src/lib/report/tableLayout.ts";
import { renderHtml } from "../../../src/lib/report/renderHtml.ts";

const chromiumPath = "/usr/bin/chromium";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { hasLibreOffice, pdfPageSizes, pdfText, toPdf } from "../../helpers/libreOffice.ts";
import { pageLines, printedPages, printFaults } from "../../helpers/printFaults.ts";
import { unzipDocx } from "./golden.ts";

if (!hasLibreOffice) {
  console.warn(
    "\n*** SKIPPED: the Word report's PDF tests need LibreOffice (soffice) and poppler-utils (pdftotext); .ci/run installs them. ***\n",
  );
}

const cases = [2019, 2024].flatMap((year) => (["vi", "en"] as const).map((lang) => ({ year, lang })));
const rendered = new Map<string, { doc: ReportDocument; pdf: string; xml: string }>();
let store: Store;

describe.skipIf(!hasLibreOffice)("the Word report rendered by LibreOffice", () => {
  beforeAll(async () => {
    const dir = tempDir("doingoai-pdf-");
    store = await openStore({ path: join(dir, "sample.duckdb") });
    await loadSample(store);
    const files: string[] = [];
    const docs: { key: string; doc: ReportDocument; xml: string }[] = [];
    for (const year of [2019, 2024]) {
      const data = await buildReviewData(store, { year });
      for (const lang of ["vi", "en"] as Lang[]) {
        const bytes = (await renderReport(data, { lang, format: "docx" })) as Buffer;
        const file = join(dir, `report-${year}-${lang}.docx`);
        writeFileSync(file, bytes);
        files.push(file);
        docs.push({
          key: `${year}-${lang}`,
          doc: reportDocument(data, lang),
          xml: (await unzipDocx(bytes)).get("word/document.xml")!,
        });
      }
    }
    const pdfs = toPdf(files, dir);
    docs.forEach((d, i) => rendered.set(d.key, { doc: d.doc, xml: d.xml, pdf: pdfs[i]! }));
  }, 300_000);

  afterAll(() => store?.close());

  it.runIf(existsSync(chromiumPath)).each(cases)(
    "$year $lang: the HTML report printed by Chromium has page numbers, the running title, no heading at a page foot and no row split",
    async ({ year, lang }) => {
      const { doc } = rendered.get(`${year}-${lang}`)!;
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
      });
      let pdfBytes: Buffer;
      try {
        const page = await browser.newPage();
        await page.setContent(renderHtml(doc));
        pdfBytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await browser.close();
      }
      const file = join(tempDir("doingoai-print-"), "print.pdf");
      writeFileSync(file, pdfBytes);
      for (const [w, h] of pdfPageSizes(file)) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
      const pages = printedPages(file);
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((p, i) => {
        // the number at the top from the second page, the running title at the foot of every page
        if (i > 0) expect(pageLines(p)[0]).toBe(String(i + 1));
        expect(p.replace(/\s+/g, " ")).toContain(doc.subtitle);
      });
      // "n / N" at the foot of every page, no heading at a page foot, every table row on one page
      expect(
        printFaults(pages, {
          headings: doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : [])),
          rows: doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows : [])),
        }),
      ).toEqual([]);
      if (lang === "en") {
        const text = pages.join("\n");
        for (const vi of ["Năm ", "Tăng/giảm", "Kế hoạch", "Nơi nhận", "duy trì", "Tình trạng"])
          expect(text).not.toContain(vi);
      }
    },
    120_000,
  );

  it.each(cases)(
    "$year $lang: every page is A4 (portrait, or landscape for a wide table)",
    ({ year, lang }) => {
      const sizes = pdfPageSizes(rendered.get(`${year}-${lang}`)!.pdf);
      expect(sizes.length).toBeGreaterThan(1);
      for (const [w, h] of sizes) {
        expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
      }
    },
  );

  it.each(cases)(
    "$year $lang: every figure, date and short cell of every table is intact on one line",
    ({ year, lang }) => {
      const { doc, pdf } = rendered.get(`${year}-${lang}`)!;
      const text = pdfText(pdf);
      // the tables' cells, to count how often a cell's text occurs in them (running text may wrap
      // between a figure and its unit, so it is not counted; an intact copy there can hide a break)
      const all = doc.blocks
        .flatMap((b) => (b.kind === "table" ? [...b.head, ...b.rows.flat()] : []))
        .join("\n");
      const count = (hay: string, needle: string) => hay.split(needle).length - 1;
      const cells = new Set(
        doc.blocks.flatMap((b) =>
          b.kind === "table"
            ? b.rows.flat().filter((c) => c.length >= 3 && (isFigureCell(c) || c.length <= 18))
            : [],
        ),
      );
      expect(cells.size).toBeGreaterThan(20);
      const broken = [...cells].filter((c) => count(text, c) < count(all, c));
      expect(broken, "cells broken across lines in the PDF").toEqual([]);
    },
  );

  it.each(cases)("$year $lang: headings present, in Word heading styles", ({ year, lang }) => {
    const { doc, pdf, xml } = rendered.get(`${year}-${lang}`)!;
    const flat = pdfText(pdf).replace(/\s+/g, " ");
    const headings = doc.blocks.filter((b) => b.kind === "heading");
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect(flat).toContain(h.text);
    expect(count(xml, '<w:pStyle w:val="Heading1"/>')).toBe(headings.filter((h) => h.level === 1).length);
    expect(count(xml, '<w:pStyle w:val="Heading2"/>')).toBe(headings.filter((h) => h.level === 2).length);
  });

  it.each(cases)(
    "$year $lang: the Decree 30 frame: number, place and date, signer block and recipients",
    ({ year, lang }) => {
      const { doc, pdf } = rendered.get(`${year}-${lang}`)!;
      const flat = pdfText(pdf).replace(/\s+/g, " ");
      expect(doc.signerName).not.toBeNull();
      for (const s of [
        doc.number,
        doc.placeDate,
        doc.title,
        doc.recipientsLabel,
        ...doc.signer,
        doc.signerName!,
      ]) {
        expect(flat).toContain(s);
      }
      expect(doc.number).toMatch(lang === "vi" ? /^Số: …\/BC-/ : /^No\.: …\/BC-/);
      expect(doc.signer[0]).toMatch(/^(KT|TM|TL|Q)\. /);
      for (const r of doc.recipients) expect(flat).toContain(r.replace(/\s+/g, " "));
    },
  );

  it.each(cases)(
    "$year $lang: no undefined, NaN, null, (—), rule id or command in the text",
    ({ year, lang }) => {
      const text = pdfText(rendered.get(`${year}-${lang}`)!.pdf);
      for (const bad of ["undefined", "NaN", "null", "(—)", "doingoai ", " --"])
        expect(text).not.toContain(bad);
      for (const rule of listRules()) expect(text).not.toContain(rule.id);
    },
  );
});

function count(hay: string, needle: string): number {
  return hay.split(needle).length - 1;
}
