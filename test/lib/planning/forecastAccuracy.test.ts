import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { listIndicators } from "../../../src/lib/indicators/registry.ts";
import { forecastMethods } from "../../../src/data/planning/forecast/FittedModel.ts";
import {
  accuracyDocsMarkers,
  forecastDocsPath,
  sampleAccuracyMarkdown,
} from "../../../src/lib/planning/writeForecastDocs.ts";

// Prettier pads Markdown tables; compare without spaces and with dash runs collapsed.
const normalize = (s: string) => s.replace(/\s+/g, "").replace(/-{3,}/g, "---");

let table: string;
beforeAll(async () => {
  table = await sampleAccuracyMarkdown();
});

describe("docs/forecasting.md: accuracy on every series of the sample", () => {
  it("holds the MASE table the code computes now on the sample", () => {
    const doc = readFileSync(forecastDocsPath, "utf8");
    const a = doc.indexOf(accuracyDocsMarkers.start) + accuracyDocsMarkers.start.length;
    const b = doc.indexOf(accuracyDocsMarkers.end);
    expect(b).toBeGreaterThan(a);
    expect(
      normalize(doc.slice(a, b)),
      "run `npx tsx src/lib/planning/writeForecastDocs.ts && npx prettier --write docs/forecasting.md`",
    ).toBe(normalize(table));
  });

  it("has a row for every registry indicator and the three published series, and a column for every method", () => {
    const rows = table.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| series"));
    for (const d of listIndicators())
      expect(
        rows.some((r) => r.startsWith(`| ${d.id} |`)),
        d.id,
      ).toBe(true);
    for (const p of ["fdi.active_projects", "fdi.registered_capital_usd", "tourism.international_visitors"]) {
      expect(
        rows.some((r) => r.startsWith(`| ${p} (published) |`)),
        p,
      ).toBe(true);
    }
    const header = table.split("\n")[0]!;
    expect(header.split("|").length - 2).toBe(2 + forecastMethods.length + 3);
  });
});
