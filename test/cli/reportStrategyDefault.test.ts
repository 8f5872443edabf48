// `report --help` says which strategy the review reads without --strategy, and the
// review reads just that: the adopted one, none for an office without one, the
// sample's for the sample only. The words are the code's (reviewStrategyDefault.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adoptStrategy } from "../../src/lib/planning/adoptedStrategy.ts";
import { parseStrategy } from "../../src/data/planning/strategy.ts";
import { buildReviewData } from "../../src/lib/report/buildReviewData.ts";
import { reviewStrategyDefault } from "../../src/lib/report/reviewStrategyDefault.ts";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { createVariantDatabase } from "../helpers/databaseVariants.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

const strategyFile = new URL("../dashboards/fixtures/strategy-2021-2025.yaml", import.meta.url).pathname;

/** The strategy section of the 2024 review of `db`, built with no strategy file. */
async function strategyOf(db: string) {
  const store = await openStore({ path: db, readOnly: true });
  try {
    return (await buildReviewData(store, { year: 2024, nextYear: false })).strategy;
  } finally {
    store.close();
  }
}

describe("report --strategy: help and behaviour agree", () => {
  it.each(["vi", "en"] as const)(
    "report --help (%s) gives the default from reviewStrategyDefault and no longer says the sample's strategy is the default",
    async (lang) => {
      const help = await runCli(["report", "--help", "--lang", lang]);
      expect(help.code).toBe(0);
      expect(help.stdout.replace(/\s+/g, " ")).toContain(reviewStrategyDefault[lang]);
      expect(help.stdout).not.toMatch(
        /mặc định chiến lược mẫu 2026–2030 nếu năm|default the sample 2026–2030 strategy when the year/,
      );
      expect(help.stdout).toContain("doingoai strategy adopt FILE");
    },
  );

  it("without --strategy the review assesses the strategy adopted in the database, and none when nothing is adopted", async () => {
    const db = join(tempDir(), "office.duckdb");
    await createVariantDatabase(db, "oneYear");
    expect((await strategyOf(db)).coverage).toBe("none");
    const parsed = parseStrategy(readFileSync(strategyFile, "utf8"), strategyFile);
    if (!parsed.ok) throw new Error("fixture strategy does not parse");
    const store = await openStore({ path: db });
    await adoptStrategy(store, parsed.strategy, { source: "chien-luoc.yaml" });
    store.close();
    const adopted = await strategyOf(db);
    expect(adopted.coverage).not.toBe("none");
    expect(adopted.planPeriod).toBe(parsed.strategy.plan_period);
  });

  it("the sample's database with nothing adopted assesses the sample 2026–2030 strategy", async () => {
    const db = join(tempDir(), "sample.duckdb");
    const store = await openStore({ path: db });
    await loadSample(store);
    store.close();
    const sample = await openStore({ path: db, readOnly: true });
    try {
      expect((await buildReviewData(sample, { year: 2026, nextYear: false })).strategy.planPeriod).toBe(
        "2026-2030",
      );
    } finally {
      sample.close();
    }
  });
});
