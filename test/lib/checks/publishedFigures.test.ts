import { describe, expect, it } from "vitest";
import { runChecks } from "../../../src/lib/checks/index.ts";
import { storeWith } from "./checkFixtures.ts";

// Thái Nguyên's active FDI stock as published (docs/conventions.md §5).
const thaiNguyenFdi = `
INSERT INTO published_figures VALUES
  ('fdi.active_projects', NULL, '2017-08-31', 126, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', NULL, '2019-06-30', 135, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', '2021', NULL, 170, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', '2023', NULL, 211, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', NULL, '2024-09-30', 197, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', NULL, '2026-03-31', 263, 'projects', 'Thái Nguyên');
`;

const thaiNguyenCapital = `
INSERT INTO published_figures VALUES
  ('fdi.active_capital_usd', NULL, '2017-08-31', 7.2, 'bn USD', 'Thái Nguyên'),
  ('fdi.active_capital_usd', NULL, '2019-06-30', 7.7, 'bn USD', 'Thái Nguyên'),
  ('fdi.active_capital_usd', '2021', NULL, 9.67, 'bn USD', 'Thái Nguyên'),
  ('fdi.active_capital_usd', '2023', NULL, 10.72, 'bn USD', 'Thái Nguyên'),
  ('fdi.active_capital_usd', NULL, '2024-09-30', 10.5, 'bn USD', 'Thái Nguyên'),
  ('fdi.active_capital_usd', NULL, '2026-03-31', 11.9, 'bn USD', 'Thái Nguyên');
`;

const asOf = "2026-06-30";

describe("published.stock_falls", () => {
  it("flags Thái Nguyên's active FDI projects exactly once: 211 at the end of 2023 to 197 on 30/09/2024", async () => {
    const store = await storeWith(thaiNguyenFdi);
    const findings = await runChecks(store, { asOf });
    store.close();
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f!.rule).toBe("published.stock_falls");
    expect(f!.severity).toBe("warning");
    expect(f!.key).toBe("indicator=fdi.active_projects, as_of=2024-09-30, source=Thái Nguyên");
    expect(f!.values).toMatchObject({
      previous_on: "2023-12-31",
      previous_value: 211,
      on_date: "2024-09-30",
      value: 197,
      fall: 14,
    });
    expect(f!.message.vi).toContain(
      "giảm từ 211 projects (31/12/2023) xuống 197 projects (30/09/2024), giảm 14",
    );
    expect(f!.message.vi).toContain("chấm dứt hoặc thu hồi");
    expect(f!.message.en).toContain(
      "falls from 211 projects (31/12/2023) to 197 projects (30/09/2024), down 14",
    );
    expect(f!.message.en).toContain("terminations or revocations");
  });

  it("flags the capital series on the same date (10,72 → 10,5 bn USD), once per indicator", async () => {
    const store = await storeWith(thaiNguyenFdi, thaiNguyenCapital);
    const findings = await runChecks(store, { asOf, rules: ["published.stock_falls"] });
    store.close();
    expect(findings.map((f) => [f.values["indicator"], f.values["on_date"]])).toEqual([
      ["fdi.active_capital_usd", "2024-09-30"],
      ["fdi.active_projects", "2024-09-30"],
    ]);
    expect(findings[0]!.values["fall"]).toBeCloseTo(0.22, 10);
    expect(findings[0]!.message.vi).toContain(
      "giảm từ 10,72 bn USD (31/12/2023) xuống 10,5 bn USD (30/09/2024)",
    );
  });

  it("treats fdi.registered_capital_usd (the capital of the active projects, as the sample names it) as a stock", async () => {
    const store = await storeWith(
      thaiNguyenCapital.replaceAll("fdi.active_capital_usd", "fdi.registered_capital_usd"),
    );
    const findings = await runChecks(store, { asOf });
    store.close();
    expect(findings.map((f) => [f.rule, f.values["on_date"]])).toEqual([
      ["published.stock_falls", "2024-09-30"],
    ]);
  });

  it("accepts a fall covered by terminations recorded between the two dates", async () => {
    const store = await storeWith(
      thaiNguyenFdi,
      `INSERT INTO published_figures VALUES ('fdi.terminated_projects', NULL, '2024-09-30', 14, 'projects', 'Sở Tài chính');`,
    );
    expect(await runChecks(store, { asOf, rules: ["published.stock_falls"] })).toEqual([]);
    store.close();
  });

  it("still flags a fall larger than the terminations recorded, and says how many were recorded", async () => {
    const store = await storeWith(
      thaiNguyenFdi,
      `INSERT INTO published_figures VALUES
        ('fdi.terminated_projects', '2024Q2', NULL, 5, 'projects', 'Sở Tài chính'),
        ('fdi.terminated_projects', '2023', NULL, 50, 'projects', 'Sở Tài chính'),
        ('oda.terminated_projects', '2024', NULL, 50, 'projects', 'Sở Tài chính');`,
    );
    // Only 2024Q2 lies between 31/12/2023 and 30/09/2024 in the fdi namespace: 5 < 14.
    const findings = await runChecks(store, { asOf, rules: ["published.stock_falls"] });
    store.close();
    expect(findings).toHaveLength(1);
    expect(findings[0]!.values).toMatchObject({ fall: 14, recorded_terminations: 5 });
    expect(findings[0]!.message.en).toContain("while only 5 terminations/revocations are recorded");
  });

  it("leaves flows alone: a new-capital figure may fall", async () => {
    const store = await storeWith(`INSERT INTO published_figures VALUES
      ('fdi.new_capital_usd', '2022', NULL, 900, 'million USD', 'x'),
      ('fdi.new_capital_usd', '2023', NULL, 400, 'million USD', 'x');`);
    expect(await runChecks(store, { asOf, rules: ["published.stock_falls"] })).toEqual([]);
    store.close();
  });
});

describe("published.month_above_year", () => {
  const run = async (sql: string) => {
    const store = await storeWith(sql);
    const findings = await runChecks(store, { asOf, rules: ["published.month_above_year"] });
    store.close();
    return findings;
  };

  it("flags a month above its year and a quarter above its year, not a month equal to its year", async () => {
    const findings = await run(`INSERT INTO published_figures VALUES
      ('fdi.new_projects', '2019', NULL, 20, 'projects', 'a'),
      ('fdi.new_projects', '2019-03', NULL, 25, 'projects', 'b'),
      ('fdi.new_projects', '2019Q4', NULL, 21, 'projects', 'b'),
      ('fdi.new_projects', '2019-07', NULL, 20, 'projects', 'b'),
      ('fdi.new_projects', '2020-01', NULL, 99, 'projects', 'b');`);
    expect(findings.map((f) => [f.values["period"], f.values["whole_period"]])).toEqual([
      ["2019-03", "2019"],
      ["2019Q4", "2019"],
    ]);
    expect(findings[0]!.message.vi).toContain("kỳ 2019-03 là 25 projects, lớn hơn số cả năm 2019 là 20");
    expect(findings[0]!.message.en).toContain(
      "for 2019-03 is 25 projects, more than the whole year 2019 at 20",
    );
  });

  it("compares a month with its quarter and with a year-to-date figure, reporting it once against the smallest", async () => {
    const findings = await run(`INSERT INTO published_figures VALUES
      ('fdi.new_projects', '2019Q1', NULL, 10, 'projects', 'a'),
      ('fdi.new_projects', NULL, '2019-02-28', 8, 'projects', 'a'),
      ('fdi.new_projects', NULL, '2019-01-31', 1, 'projects', 'a'),
      ('fdi.new_projects', '2019-02', NULL, 12, 'projects', 'b');`);
    // 12 > 10 (Q1) and 12 > 8 (to 28/02); the year to 31/01 ends before February and is not a whole of it.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.values).toMatchObject({
      period: "2019-02",
      whole_kind: "to_date",
      whole_as_of: "2019-02-28",
      whole_value: 8,
    });
    expect(findings[0]!.message.vi).toContain("lũy kế đến 28/02/2019");
  });

  it("ignores stocks, shares and other units", async () => {
    const findings = await run(`INSERT INTO published_figures VALUES
      ('fdi.active_projects', '2019', NULL, 200, 'projects', 'a'),
      ('fdi.active_projects', '2019-03', NULL, 210, 'projects', 'a'),
      ('fdi.growth', '2019', NULL, 5, '%', 'a'),
      ('fdi.growth', '2019-03', NULL, 9, '%', 'a'),
      ('fdi.new_capital', '2019', NULL, 5, 'million USD', 'a'),
      ('fdi.new_capital', '2019-03', NULL, 9, 'billion VND', 'a');`);
    expect(findings).toEqual([]);
  });
});
