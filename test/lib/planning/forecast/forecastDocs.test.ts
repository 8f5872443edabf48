import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fdiBacktestTables, forecast, yearFraction } from "../../../../src/data/planning/forecast/index.ts";
import { forecastDocsMarkers, forecastDocsPath } from "../../../../src/lib/planning/writeForecastDocs.ts";

// Prettier pads Markdown tables; compare without spaces and with dash runs collapsed.
const normalize = (s: string) => s.replace(/\s+/g, "").replace(/-{3,}/g, "---");

describe("docs/forecasting.md", () => {
  it("holds the FDI backtest numbers the code computes now", () => {
    const doc = readFileSync(forecastDocsPath, "utf8");
    const a = doc.indexOf(forecastDocsMarkers.start) + forecastDocsMarkers.start.length;
    const b = doc.indexOf(forecastDocsMarkers.end);
    expect(b).toBeGreaterThan(a);
    expect(
      normalize(doc.slice(a, b)),
      "run `npx tsx src/lib/planning/writeForecastDocs.ts && npx prettier --write docs/forecasting.md`",
    ).toBe(normalize(fdiBacktestTables()));
  });
  it("the naive end-2023 forecast in the doc is the end-2021 value, 170 projects", () => {
    const train = [
      { t: yearFraction("2017-08-31"), value: 126 },
      { t: yearFraction("2019-06-30"), value: 135 },
      { t: yearFraction("2021-12-31"), value: 170 },
    ];
    expect(forecast(train, { method: "naive", at: [yearFraction("2023-12-31")] }).points[0]!.value).toBe(170);
    expect(normalize(fdiBacktestTables())).toContain("|naive|170,0|");
  });
});

describe("the forecast module is browser-safe", () => {
  it("no file in src/data/planning/forecast imports DuckDB or node:*", () => {
    const dir = join(import.meta.dirname, "../../../../src/data/planning/forecast");
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text, file).not.toMatch(/from\s+["'](node:|@duckdb|fs["']|path["'])/);
    }
  });
});
