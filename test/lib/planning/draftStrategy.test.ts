import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { computeIndicators } from "../../../src/lib/indicators/computeIndicators.ts";
import { indicatorById } from "../../../src/lib/indicators/registry.ts";
import {
  draftStrategy,
  strategyIndicators,
  leadUnitPlaceholder,
} from "../../../src/lib/planning/draftStrategy.ts";
import { parseStrategy, type Strategy, type Target } from "../../../src/data/planning/strategy.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { createVariantDatabase } from "../../helpers/databaseVariants.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { runCli } from "../../helpers/runCli.ts";

const asOf = "2026-11-30";
const dir = tempDir("doingoai-draft-");
const sampleDb = join(dir, "sample.duckdb");
const oneYearDb = join(dir, "one-year.duckdb");
const emptyDb = join(dir, "empty.duckdb");
const gapYearsDb = join(dir, "gap-years.duckdb");
const delegationsOnlyDb = join(dir, "delegations-only.duckdb");

const targetsOf = (s: Strategy): Target[] => s.goals.flatMap((g) => g.objectives.flatMap((o) => o.targets));

async function draftWith(db: string, ambition: "low" | "base" | "high"): Promise<Strategy> {
  const store = await openStore({ path: db, readOnly: true });
  try {
    return await draftStrategy(store, { from: 2026, to: 2030, ambition, asOf });
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  const store = await openStore({ path: sampleDb });
  await loadSample(store);
  store.close();
  await createVariantDatabase(oneYearDb, "oneYear");
  await createVariantDatabase(emptyDb, "empty");
  await createVariantDatabase(gapYearsDb, "gapYears");
  await createVariantDatabase(delegationsOnlyDb, "delegationsOnly");
});

describe("doingoai strategy draft → strategy check", () => {
  it.each([
    ["the sample", sampleDb, "draft.yaml"],
    ["a database with one year of records", oneYearDb, "draft.yaml"],
    ["a database with one year of records, as JSON", oneYearDb, "draft.json"],
    ["a database with 2022 and 2024 only (no plan, no budget)", gapYearsDb, "draft.yaml"],
    ["a database of delegations only", delegationsOnlyDb, "draft.yaml"],
  ])("on %s the draft passes strategy check (exit 0, no error)", async (_name, db, file) => {
    const out = join(tempDir(), file);
    const draft = await runCli([
      "strategy",
      "draft",
      "--from",
      "2026",
      "--to",
      "2030",
      "--out",
      out,
      "--db",
      db,
      "--as-of",
      asOf,
    ]);
    expect(draft.stderr).toMatch(/Đã ghi dự thảo chiến lược 2026–2030/);
    expect(draft.code).toBe(0);
    const check = await runCli(["strategy", "check", out, "--db", db]);
    expect(check.stdout).toMatch(/0 lỗi/);
    expect(check.code).toBe(0);
    if (file.endsWith(".json")) expect(() => JSON.parse(readFileSync(out, "utf8"))).not.toThrow();
  });

  it("on a database with one year of records, --format xlsx writes the planners' workbook; strategy import reads it back to the same strategy as the YAML draft, which passes strategy check", async () => {
    const folder = tempDir();
    const args = ["strategy", "draft", "--from", "2026", "--to", "2030", "--db", oneYearDb, "--as-of", asOf];
    const yaml = join(folder, "draft.yaml");
    const book = join(folder, "draft.xlsx");
    const back = join(folder, "back.yaml");
    expect((await runCli([...args, "--out", yaml])).code).toBe(0);
    const drafted = await runCli([...args, "--out", book, "--format", "xlsx"]);
    expect(drafted.code).toBe(0);
    expect(readFileSync(book).subarray(0, 2).toString("latin1")).toBe("PK"); // a zip: an xlsx file
    const imported = await runCli(["strategy", "import", book, "--out", back]);
    expect(imported.code).toBe(0);
    const parse = (file: string) => {
      const r = parseStrategy(readFileSync(file, "utf8"), file);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.strategy;
    };
    expect(parse(back)).toEqual(parse(yaml));
    const check = await runCli(["strategy", "check", back, "--db", oneYearDb]);
    expect(check.code).toBe(0);
  });

  it("strategy progress on the drafted sample file gives the chance of reaching each end target: 50% for a naive point forecast", async () => {
    const out = join(tempDir(), "progress.yaml");
    await runCli([
      "strategy",
      "draft",
      "--from",
      "2026",
      "--to",
      "2030",
      "--out",
      out,
      "--db",
      sampleDb,
      "--as-of",
      asOf,
    ]);
    const table = await runCli([
      "strategy",
      "progress",
      out,
      "--as-of",
      "2026-06-30",
      "--db",
      sampleDb,
      "--lang",
      "en",
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Chance");
    expect(table.stdout).toContain('below 20% "stretch", above 90% "too easy"');
    const json = await runCli([
      "strategy",
      "progress",
      out,
      "--as-of",
      "2026-06-30",
      "--db",
      sampleDb,
      "--format",
      "json",
    ]);
    const p = JSON.parse(json.stdout) as {
      targets: { target: Target; feasibility: { probability: number; flag: string } | null }[];
    };
    for (const t of p.targets) expect(t.feasibility, t.target.indicator).not.toBeNull();
    // delegations.inbound: naive from 105 in 2025, target 105 in 2030 → the median of the distribution
    const inbound = p.targets.find((t) => t.target.indicator === "delegations.inbound")!;
    expect(inbound.target.reasoning!.method).toBe("naive");
    expect(inbound.feasibility!.probability).toBeCloseTo(0.5, 9);
    expect(inbound.feasibility!.flag).toBe("realistic");
  });

  it("an empty database cannot be drafted from: exit 3, said in both languages", async () => {
    const r = await runCli([
      "strategy",
      "draft",
      "--from",
      "2026",
      "--to",
      "2030",
      "--out",
      join(dir, "x.yaml"),
      "--db",
      emptyDb,
      "--as-of",
      asOf,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Không có năm nào có số liệu");
    expect(r.stderr).toContain("No complete year with records before 2026");
  });

  it("a plan period that ends before it starts, or an unknown ambition, is a usage error (exit 2)", async () => {
    const out = join(dir, "y.yaml");
    expect(
      (await runCli(["strategy", "draft", "--from", "2030", "--to", "2026", "--out", out, "--db", sampleDb]))
        .code,
    ).toBe(2);
    const r = await runCli([
      "strategy",
      "draft",
      "--from",
      "2026",
      "--to",
      "2030",
      "--out",
      out,
      "--ambition",
      "huge",
      "--db",
      sampleDb,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--ambition: low | base | high");
  });
});

describe("the drafted targets", () => {
  let base: Strategy;
  let high: Strategy;
  let low: Strategy;
  beforeAll(async () => {
    [base, high, low] = await Promise.all([
      draftWith(sampleDb, "base"),
      draftWith(sampleDb, "high"),
      draftWith(sampleDb, "low"),
    ]);
  });

  it("cover every headline indicator, with the last complete year before the plan (2025) as baseline", () => {
    expect(base.draft?.base_year).toBe("2025");
    expect(targetsOf(base).map((t) => t.indicator)).toEqual([...strategyIndicators]);
  });

  it("have baselines equal to computeIndicators for the base year, and the mean of 2021–2025 beside them", async () => {
    const store = await openStore({ path: sampleDb, readOnly: true });
    try {
      const r = await computeIndicators(store, {
        indicators: [...strategyIndicators],
        from: "2021",
        to: "2025",
        asOf,
      });
      for (const t of targetsOf(base)) {
        const rows = r.rows.filter((x) => x.indicator === t.indicator && x.value !== null);
        expect(t.baseline.period, t.indicator).toBe("2025");
        expect(t.baseline.value, t.indicator).toBe(rows.find((x) => x.period === "2025")!.value);
        const mean = rows.reduce((s, x) => s + x.value!, 0) / rows.length;
        expect(t.baseline.average5!, t.indicator).toBeCloseTo(
          mean,
          -Math.floor(Math.log10(Math.abs(mean))) + 2,
        );
      }
    } finally {
      store.close();
    }
  });

  it("give a value for every plan year, with the method, MASE, 80% interval, years of history (11 or more) and feasibility written in", () => {
    for (const t of targetsOf(base)) {
      expect(Object.keys(t.yearly!), t.indicator).toEqual(["2026", "2027", "2028", "2029", "2030"]);
      expect(t.reasoning!.method, t.indicator).not.toBe("rule");
      expect(t.reasoning!.years, t.indicator).toBeGreaterThanOrEqual(11);
      expect(t.reasoning!.interval!.level).toBe(0.8);
      expect(t.feasibility, t.indicator).toBeDefined();
      expect(t.note!.en).toMatch(/backtest MASE/);
    }
  });

  it("are direction-aware: high ambition asks more of an 'up' indicator and less of a 'down' one, low the reverse", () => {
    const end = (s: Strategy, id: string) => targetsOf(s).find((t) => t.indicator === id)!.yearly!["2030"]!;
    for (const id of strategyIndicators) {
      const direction = indicatorById(id)!.direction;
      const [b, h, l] = [end(base, id), end(high, id), end(low, id)];
      if (direction === "up") {
        expect(h, id).toBeGreaterThanOrEqual(b);
        expect(l, id).toBeLessThanOrEqual(b);
      } else {
        expect(h, id).toBeLessThanOrEqual(b);
        expect(l, id).toBeGreaterThanOrEqual(b);
      }
    }
    // the high bound of an 80% interval is reached with probability about 10%: a stretch
    const inbound = targetsOf(high).find((t) => t.indicator === "delegations.inbound")!;
    expect(inbound.feasibility!.flag).toBe("stretch");
    expect(inbound.feasibility!.probability).toBeLessThan(0.2);
  });

  it("are rounded: counts and days whole, percentages to the whole percent, money to 3 significant digits", () => {
    for (const t of targetsOf(base)) {
      const unit = indicatorById(t.indicator)!.unit;
      for (const v of Object.values(t.yearly!)) {
        if (unit === "percent") expect(Math.round(v * 100) / 100, t.indicator).toBe(v);
        else if (unit === "USD" || unit === "VND") expect(Number(v.toPrecision(3)), t.indicator).toBe(v);
        else expect(Number.isInteger(v), t.indicator).toBe(true);
      }
    }
  });
});

describe("a draft from a single year of records (2024)", () => {
  let s: Strategy;
  let text: string;
  beforeAll(async () => {
    s = await draftWith(oneYearDb, "base");
    const out = join(tempDir(), "one.yaml");
    await runCli([
      "strategy",
      "draft",
      "--from",
      "2026",
      "--to",
      "2030",
      "--out",
      out,
      "--db",
      oneYearDb,
      "--as-of",
      asOf,
    ]);
    text = readFileSync(out, "utf8");
  });

  it("says which rule set each target, in the target and in the draft's notes", () => {
    expect(s.draft!.base_year).toBe("2024");
    for (const t of targetsOf(s)) {
      expect(t.reasoning!.method, t.indicator).toBe("rule");
      expect(t.reasoning!.rule!.en.length).toBeGreaterThan(0);
      expect(t.note!.en, t.indicator).toContain("too few to forecast: the targets follow the rule");
    }
    expect(text).toContain("+5% a year (compound) from the baseline");
    expect(s.draft!.notes.some((n) => n.vi.startsWith("delegations.inbound: Chỉ có 1 năm số liệu"))).toBe(
      true,
    );
  });

  it("grows 2 inbound delegations by 5% a year: 2,205 → 2 in 2026 and 2,553 → 3 in 2029", () => {
    // baseline 2024 = 2 (D-2024-1 from LA and D-2024-3 from JP); 2·1,05² = 2,205, 2·1,05⁵ = 2,553
    const t = targetsOf(s).find((x) => x.indicator === "delegations.inbound")!;
    expect(t.baseline).toEqual({ period: "2024", value: 2, average5: 2 });
    expect(t.yearly).toEqual({ "2026": 2, "2027": 2, "2028": 2, "2029": 3, "2030": 3 });
  });

  it("prices the delegation targets at 50.000.000 VND each (every delegation of 2024 cost that): reception 2026 = 2 × 50.000.000", () => {
    const row = s.budget!.find((b) => b.year === "2026" && b.line === "reception")!;
    expect(row.amount_vnd).toBe(100_000_000);
    // 1 outbound delegation, an investment-promotion trip: the promotion line
    expect(s.budget!.find((b) => b.year === "2026" && b.line === "promotion")!.amount_vnd).toBe(50_000_000);
  });

  it("proposes a programme for the MOU from the agreement review, with a lead unit for the office to fill", () => {
    expect(s.programmes).toHaveLength(1);
    const p = s.programmes[0]!;
    expect(p.agreement_id).toBe("A-2024");
    // 1 of its 2 activities due by 31/12/2024 is overdue: reinvigorate, with an exchange and a joint activity a year
    expect(p.recommendation).toBe("reinvigorate");
    expect(p.lead_unit).toBe(leadUnitPlaceholder);
    expect(p.activities).toHaveLength(10);
  });

  it("lays out the roadmap: plan approval by 31/12 and the MOU review every year, mid-term and final reviews, one milestone per programme", () => {
    const ids = s.roadmap.map((m) => m.id);
    for (const y of [2026, 2027, 2028, 2029, 2030]) {
      expect(ids).toContain(`MOU-REVIEW-${y}`);
      expect(s.roadmap.find((m) => m.id === `PLAN-${y + 1}`)!.due).toBe(`${y}-12-31`);
    }
    expect(ids).toEqual(expect.arrayContaining(["MID-TERM-REVIEW", "FINAL-REVIEW", "PRG-A-2024"]));
    expect(s.roadmap.find((m) => m.id === "MID-TERM-REVIEW")!.due).toBe("2028-06-30");
  });

  it("reads back from its YAML as the same strategy", () => {
    const parsed = parseStrategy(text, "one.yaml");
    expect(parsed.ok && parsed.strategy).toEqual(s);
  });
});
