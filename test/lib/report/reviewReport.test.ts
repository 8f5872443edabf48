import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DoingoaiError } from "../../../src/lib/DoingoaiError.ts";
import { computeIndicators } from "../../../src/lib/indicators/index.ts";
import {
  buildReviewData,
  headlineIndicators,
  renderReport,
  reviewDataSchema,
  type ReviewData,
} from "../../../src/lib/report/index.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { documentText, matchesGolden, tableRows, unzipDocx } from "./golden.ts";

let store: Store;
let data: ReviewData;
let data2024: ReviewData;

beforeAll(async () => {
  store = await openStore({ path: join(tempDir("doingoai-report-"), "sample.duckdb") });
  await loadSample(store);
  data = await buildReviewData(store, { year: 2019 });
  data2024 = await buildReviewData(store, { year: 2024 });
}, 120_000);

afterAll(() => store?.close());

/** Throws unless `xml` is well-formed XML. */
function parseXml(xml: string): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw error;
}

/** "5.930.046 USD" → 5930046; "128,2%" → 128.2; "-1" → -1; "64 ngày" → 64. */
function viNumber(text: string): number {
  const m = /^[+-]?[\d.]+(,\d+)?/.exec(text.trim());
  if (!m) throw new Error(`not a number: ${text}`);
  return Number(m[0].replace(/\./g, "").replace(",", "."));
}

describe("buildReviewData for the sample's 2019", () => {
  it("is plain JSON that its schema accepts", () => {
    expect(reviewDataSchema.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it("dates the report 25/02/2020 and computes the figures as of that day", () => {
    expect(data.reportDate).toBe("2020-02-25");
    expect(data.asOf).toBe("2020-02-25");
    expect(data.agreements.asOf).toBe("2019-12-31");
  });

  it("holds the 2019 facts of docs/conventions.md §1: 3 promotion trips, 13 NGOs licensed, just under 6 million USD committed, plan 64 days late, reception overspent", () => {
    const v = (id: string) => data.headline.find((h) => h.indicator === id)!.value!;
    expect(v("investment.promotion_trips")).toBe(3);
    expect(v("aid.ngos_licensed")).toBe(13);
    expect(v("aid.committed_usd")).toBeGreaterThan(5_900_000);
    expect(v("aid.committed_usd")).toBeLessThan(6_000_000);
    // plan due 31/12/2018, approved 05/03/2019: 31 (January) + 28 (February) + 5 = 64 days
    expect(data.plan?.due_on).toBe("2018-12-31");
    expect(data.plan?.approved_on).toBe("2019-03-05");
    expect(v("plan.approval_delay_days")).toBe(64);
    expect(v("budget.reception_utilisation")).toBeGreaterThan(1);
  });

  it("headline figures equal computeIndicators for 2019 (value and previous year), and the plan is annual_plans' planned numbers", async () => {
    const { rows } = await computeIndicators(store, {
      indicators: headlineIndicators.map(([id]) => id),
      periods: ["2019"],
      asOf: "2020-02-25",
    });
    expect(data.headline.map((h) => h.indicator)).toEqual(rows.map((r) => r.indicator));
    for (const row of rows) {
      const h = data.headline.find((x) => x.indicator === row.indicator)!;
      // DuckDB sums doubles in parallel, so two runs of one query may differ in the last bit
      for (const key of ["value", "previous", "change"] as const) {
        const [a, b] = [h[key], row[key]];
        if (a === null || b === null) expect([row.indicator, key, a]).toEqual([row.indicator, key, b]);
        else
          expect(Math.abs(a - b), `${row.indicator} ${key}`).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(b)),
          );
      }
    }
    const [plan] = await store.all<{ i: number; o: number }>(
      "SELECT planned_inbound AS i, planned_outbound AS o FROM annual_plans WHERE year = 2019",
    );
    const inbound = data.headline.find((h) => h.indicator === "delegations.inbound")!;
    const outbound = data.headline.find((h) => h.indicator === "delegations.outbound")!;
    expect(inbound.plan).toBe(plan!.i);
    expect(outbound.plan).toBe(plan!.o);
    expect(inbound.planRatio).toBeCloseTo(inbound.value! / plan!.i, 12);
    expect(data.headline.filter((h) => h.plan !== null).map((h) => h.indicator)).toEqual([
      "delegations.inbound",
      "delegations.outbound",
    ]);
  });

  it("reviews the agreements in force at 31/12/2019, as many as agreements.active counts", () => {
    const active = data.headline.find((h) => h.indicator === "agreements.active")!.value;
    const dormant = data.headline.find((h) => h.indicator === "agreements.dormant")!.value;
    expect(data.agreements.rows).toHaveLength(active!);
    expect(data.agreements.rows.filter((r) => r.state === "dormant")).toHaveLength(dormant!);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(data.agreements.counts)).toBe(active);
    expect(sum(data.agreements.states)).toBe(active);
  });

  it("says no strategy covers 2019 (the sample strategy is 2026–2030)", () => {
    expect(data.strategy).toEqual({
      coverage: "none",
      file: null,
      source: null,
      planPeriod: null,
      title: null,
      targets: [],
    });
  });

  it("proposes from the figures that cross a rule, each with its figure", () => {
    const byId = Object.fromEntries(data.proposals.map((p) => [p.id, p]));
    expect(Object.keys(byId)).toEqual([
      "plan_late",
      "reception_overspent",
      "delegations_off_plan",
      "agreements_dormant",
      "agreements_expired",
      "agreements_reported_late",
      "investment_registrations_fell",
    ]);
    const v = (id: string) => data.headline.find((h) => h.indicator === id)!.value;
    expect(byId["plan_late"]!.value).toBe(64);
    expect(byId["plan_late"]!.finding.vi).toContain("chậm 64 ngày");
    expect(byId["plan_late"]!.proposal.vi).toContain("trước ngày 31/12/2020");
    expect(byId["reception_overspent"]!.value).toBe(v("budget.reception_utilisation"));
    expect(byId["delegations_off_plan"]!.value).toBe(v("delegations.in_plan_rate"));
    // investment.registered fell from 17 (2018) to 14 (2019)
    expect(byId["investment_registrations_fell"]).toMatchObject({ value: 14, threshold: 17 });
  });

  it("a year with no data at all is a DoingoaiError with exit code 3, in Vietnamese and English", async () => {
    const error = await buildReviewData(store, { year: 1990 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DoingoaiError);
    expect((error as DoingoaiError).exitCode).toBe(3);
    expect((error as DoingoaiError).text.vi).toContain("Không có dữ liệu nào của năm 1990");
    expect((error as DoingoaiError).text.en).toContain("There is no data at all for 1990");
  });
});

describe("strategy targets in the review", () => {
  const strategyYaml = (period: string, baseline: string) => `plan_period: "${period}"
title: { vi: Chiến lược thử, en: Test strategy }
goals:
  - id: G1
    title: { vi: Mục tiêu, en: Goal }
    objectives:
      - id: O1
        title: { vi: Mục tiêu cụ thể, en: Objective }
        targets:
          - id: T1
            indicator: delegations.inbound
            direction: up
            baseline: { period: "${baseline}", value: 85 }
            end: 135
          - id: T2
            indicator: delegations.outbound
            direction: up
            baseline: { period: "${baseline}", value: 48 }
            yearly: { "2019": 50, "2020": 50, "2021": 50, "2022": 50, "2023": 50 }
          - id: T3
            indicator: delegations.inbound
            where: { country: LA }
            direction: up
            baseline: { period: "${baseline}", value: 2 }
            yearly: { "2019": 3, "2020": 3, "2021": 3, "2022": 3, "2023": 3 }
          - id: T4
            indicator: plan.approval_delay_days
            direction: down
            baseline: { period: "${baseline}", value: 0 }
            yearly: { "2019": 0, "2020": 0, "2021": 0, "2022": 0, "2023": 0 }
`;

  it("a strategy file covering the year gives each target's path, actual and status", async () => {
    const file = join(tempDir("doingoai-strategy-"), "strategy.yaml");
    writeFileSync(file, strategyYaml("2019-2023", "2018"));
    const review = await buildReviewData(store, { year: 2019, strategyFile: file });
    expect(review.strategy.coverage).toBe("covering");
    expect(review.strategy.planPeriod).toBe("2019-2023");
    const t = Object.fromEntries(review.strategy.targets.map((x) => [x.id, x]));
    // T1 linear from 85 (2018) to 135 (2023): 85 + 50·1/5 = 95 for 2019; actual 96 → on track
    expect(t["T1"]).toMatchObject({ path: 95, actual: 96, status: "on_track" });
    // T2 asks 50; actual 47: short by 3 ≤ 10% of 50 → at risk
    expect(t["T2"]).toMatchObject({ path: 50, actual: 47, status: "at_risk" });
    // T3 Lao inbound delegations: the 3 Luang Prabang delegations of docs/conventions.md §1 reach the path of 3
    expect(t["T3"]!.path).toBe(3);
    expect(t["T3"]!.actual).toBeGreaterThanOrEqual(3);
    expect(t["T3"]!.status).toBe("on_track");
    // T4 asks 0 days; the plan was 64 days late → off track
    expect(t["T4"]).toMatchObject({ path: 0, actual: 64, status: "off_track" });
    expect(review.proposals.find((p) => p.id === "targets_off_track")).toMatchObject({ value: 1 });
    const md = (await renderReport(review, { format: "md", lang: "en" })) as string;
    expect(md).toContain("| T4 | Annual plan approval delay (days) | 0 days | 64 days | off track |");
    expect(md).toContain("| T2 | Outbound delegations | 50.0 | 47 | at risk |");
  });

  it("a strategy file whose period does not cover the year says so", async () => {
    const file = join(tempDir("doingoai-strategy-"), "strategy.yaml");
    writeFileSync(
      file,
      strategyYaml("2026-2030", "2025").replace(/"20(19|2[0-3])"/g, (m) => `"${Number(m.slice(1, 5)) + 7}"`),
    );
    const review = await buildReviewData(store, { year: 2019, strategyFile: file });
    expect(review.strategy).toMatchObject({ coverage: "not_covering", planPeriod: "2026-2030", targets: [] });
    const md = (await renderReport(review, { format: "md", lang: "vi" })) as string;
    expect(md).toContain("không có chiến lược nào bao trùm năm 2019");
  });
});

describe("the reports of 2019 and 2024 match their golden files", () => {
  const years = { 2019: () => data, 2024: () => data2024 };
  for (const year of [2019, 2024] as const) {
    for (const lang of ["vi", "en"] as const) {
      it(`${year} Markdown (${lang}) matches its golden file`, async () => {
        const md = (await renderReport(years[year](), { lang, format: "md" })) as string;
        expect(
          matchesGolden(`report-${year}-${lang}.md`, md),
          `see test/lib/report/golden/report-${year}-${lang}.md-changed`,
        ).toBe(true);
      });

      it(`${year} Word (${lang}) document.xml text matches its golden file`, async () => {
        const bytes = (await renderReport(years[year](), { lang, format: "docx" })) as Buffer;
        const text = documentText((await unzipDocx(bytes)).get("word/document.xml")!);
        expect(
          matchesGolden(`report-${year}-${lang}.docx.txt`, text),
          `see test/lib/report/golden/report-${year}-${lang}.docx.txt-changed`,
        ).toBe(true);
      });

      it(`${year} HTML (${lang}) matches its golden file`, async () => {
        const html = (await renderReport(years[year](), { lang, format: "html" })) as string;
        expect(
          matchesGolden(`report-${year}-${lang}.html`, html),
          `see test/lib/report/golden/report-${year}-${lang}.html-changed`,
        ).toBe(true);
      });
    }
  }
});

describe("the 2019 report", () => {
  it("the .docx is a valid Word package: [Content_Types].xml and word/document.xml present and well-formed, with the Decree 30 heading", async () => {
    const parts = await unzipDocx((await renderReport(data, { lang: "vi", format: "docx" })) as Buffer);
    const types = parts.get("[Content_Types].xml");
    const doc = parts.get("word/document.xml");
    expect(types).toBeDefined();
    expect(doc).toBeDefined();
    for (const [name, xml] of parts) if (name.endsWith(".xml") || name.endsWith(".rels")) parseXml(xml);
    expect(types).toContain('PartName="/word/document.xml"');
    expect(types).toContain("wordprocessingml.document.main+xml");
    const text = documentText(doc!);
    for (const line of [
      "ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN",
      "SỞ NGOẠI VỤ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thái Nguyên, ngày 25 tháng 02 năm 2020",
      "BÁO CÁO",
      "Tổng kết công tác đối ngoại năm 2019",
      "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2019",
      "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020",
      "IV. KIẾN NGHỊ, ĐỀ XUẤT",
      "PHỤ LỤC",
    ]) {
      expect(text).toContain(line);
    }
    expect(doc).toContain('w:ascii="Times New Roman"');
    // A4 portrait and page numbers from the second page
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toContain("<w:titlePg/>");
    expect(
      [...parts.entries()].some(([name, xml]) => /^word\/header\d+\.xml$/.test(name) && xml.includes("PAGE")),
    ).toBe(true);
  });

  it("the figures in the Word tables equal computeIndicators for 2019, number by number", async () => {
    const { rows } = await computeIndicators(store, {
      indicators: headlineIndicators.map(([id]) => id),
      periods: ["2019"],
      asOf: "2020-02-25",
    });
    const parts = await unzipDocx((await renderReport(data, { lang: "vi", format: "docx" })) as Buffer);
    const tables = parts.get("word/document.xml")!.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    const cells = new Map<string, string[]>();
    for (const t of tables) for (const r of tableRows(t)) cells.set(r[0]!, r);
    let compared = 0;
    for (const row of rows) {
      const h = data.headline.find((x) => x.indicator === row.indicator)!;
      const cellRow = cells.get(h.label.vi);
      expect(cellRow, `row for ${row.indicator}`).toBeDefined();
      for (const [col, value] of [
        [1, row.value],
        [2, row.previous],
      ] as const) {
        if (value === null) {
          expect(cellRow![col]).toBe("không có dữ liệu");
          continue;
        }
        // a negative delay reads "sớm 6 ngày" (6 days early)
        const early = /^sớm (.*) ngày$/.exec(cellRow![col]!);
        const shown = early ? -viNumber(early[1]!) : viNumber(cellRow![col]!);
        if (row.unit === "percent") expect(shown).toBeCloseTo(value * 100, 1);
        else expect(shown).toBe(Math.round(value));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(2 * 20);
  });

  it("the HTML page is self-contained and printable on A4", async () => {
    const html = (await renderReport(data, { lang: "vi", format: "html" })) as string;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/<(script|link|img)\b/i);
    expect(html).not.toMatch(/(src|href)=|url\(|@import/i);
    expect(html).toContain("Thái Nguyên, ngày 25 tháng 02 năm 2020");
    expect(html).toContain('<td class="r keep">5.930.046</td>');
  });
});
