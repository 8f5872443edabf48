import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forecast, yearFraction } from "../../../src/data/planning/forecast/index.ts";
import { forecastIndicator, indicatorSeries } from "../../../src/lib/planning/forecastIndicator.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { runCli } from "../../helpers/runCli.ts";

const fdi = [
  ["2017-08-31", 126],
  ["2019-06-30", 135],
  ["2021-12-31", 170],
  ["2023-12-31", 211],
  ["2024-09-30", 197],
  ["2026-03-31", 263],
] as const;

let dbPath: string;
let store: Store;

// Inbound delegations from LA: 1 in 2019, 2 in 2020, …, 5 in 2023 (a straight line); one from KR in 2021.
beforeAll(async () => {
  dbPath = join(tempDir(), "f.duckdb");
  store = await openStore({ path: dbPath });
  await store.run(
    `INSERT INTO published_figures (indicator, as_of, value, unit, source) VALUES ${fdi
      .map(([d, v]) => `('fdi.active_projects', DATE '${d}', ${v}, 'projects', 'published')`)
      .join(", ")}`,
  );
  const rows: string[] = [];
  let n = 0;
  for (let year = 2019; year <= 2023; year++) {
    for (let i = 0; i < year - 2018; i++) {
      rows.push(
        `('D${++n}', 'inbound', DATE '${year}-05-0${i + 1}', DATE '${year}-05-0${i + 1}', 'LA', 'department', 'cooperation', 4, true)`,
      );
    }
  }
  rows.push(
    `('K1', 'inbound', DATE '2021-03-03', DATE '2021-03-04', 'KR', 'business', 'investment_promotion', 3, false)`,
  );
  await store.run(
    `INSERT INTO delegations (delegation_id, direction, start_on, end_on, country, level, purpose, members, in_plan) VALUES ${rows.join(", ")}`,
  );
});
afterAll(() => store.close());

describe("forecasting indicators from the database", () => {
  it("a registry indicator split by country is a yearly series; leading zero years are left out", async () => {
    const s = await indicatorSeries(store, {
      indicator: "delegations.inbound",
      where: { country: "LA" },
      asOf: "2024-06-30",
    });
    expect(s.source).toBe("indicators");
    expect(s.points.map((p) => [p.label, p.value])).toEqual([
      ["2019", 1],
      ["2020", 2],
      ["2021", 3],
      ["2022", 4],
      ["2023", 5],
    ]);
  });

  it("the straight line 1..5 is forecast exactly by the chosen linear trend: 6 in 2024, 8 in 2026", async () => {
    const f = await forecastIndicator(store, {
      indicator: "delegations.inbound",
      where: { country: "LA" },
      asOf: "2024-06-30",
      until: 2026,
    });
    expect(f.method).toBe("linear");
    expect(f.forecast.map((p) => p.label)).toEqual(["2024", "2025", "2026"]);
    f.forecast.forEach((p, i) => expect(p.value).toBeCloseTo(6 + i, 9));
  });

  it("a published series not in the registry is read from published_figures at its as-of dates", async () => {
    const f = await forecastIndicator(store, {
      indicator: "fdi.active_projects",
      until: 2027,
      method: "linear",
    });
    expect(f.series.source).toBe("published_figures");
    expect(f.series.points.map((p) => p.label)).toEqual([
      "31/08/2017",
      "30/06/2019",
      "31/12/2021",
      "31/12/2023",
      "30/09/2024",
      "31/03/2026",
    ]);
    expect(f.forecast.map((p) => p.label)).toEqual(["31/12/2026", "31/12/2027"]);
    // periods are named as the CLI names them: the forecast at 31/12/2026 (t = 2027.0) is period "2026"
    expect(f.series.points.map((p) => p.period)).toEqual([
      "2017-08",
      "2019Q2",
      "2021",
      "2023",
      "2024Q3",
      "2026Q1",
    ]);
    expect(f.forecast.map((p) => [p.period, p.t])).toEqual([
      ["2026", 2027],
      ["2027", 2028],
    ]);
    const direct = forecast(
      fdi.map(([d, v]) => ({ t: yearFraction(d), value: v })),
      { method: "linear", at: [yearFraction("2026-12-31"), yearFraction("2027-12-31")] },
    );
    expect(f.forecast.map((p) => p.value)).toEqual(direct.points.map((p) => p.value));
    expect(f.backtests.map((b) => b.method)).toEqual(["naive", "linear", "compound", "holt", "combo"]);
  });
});

describe("doingoai forecast", () => {
  it("prints the forecast table and JSON", async () => {
    const table = await runCli([
      "forecast",
      "--indicator",
      "fdi.active_projects",
      "--until",
      "2030",
      "--db",
      dbPath,
      "--lang",
      "en",
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("published figures");
    expect(table.stdout).toContain("31/12/2030");
    expect(table.stdout).toMatch(/compound growth \(log-linear\) \*/);
    const json = await runCli([
      "forecast",
      "--indicator",
      "delegations.inbound",
      "--where",
      "country=LA",
      "--until",
      "2025",
      "--as-of",
      "2024-06-30",
      "--format",
      "json",
      "--db",
      dbPath,
    ]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      method: string;
      forecast: { period: string; label: string; value: number }[];
    };
    expect(parsed.forecast.map((p) => p.label)).toEqual(["2024", "2025"]);
    expect(parsed.forecast.map((p) => p.period)).toEqual(["2024", "2025"]);
    expect(parsed.forecast[1]!.value).toBeCloseTo(7, 9);
  });

  it("an unknown indicator, a filter on a published series and a series with no data get bilingual errors", async () => {
    const unknown = await runCli([
      "forecast",
      "--indicator",
      "fdi.activ_projects",
      "--until",
      "2030",
      "--db",
      dbPath,
      "--lang",
      "en",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown indicator");
    expect(unknown.stderr).toContain("fdi.active_projects");
    const split = await runCli([
      "forecast",
      "--indicator",
      "fdi.active_projects",
      "--where",
      "country=LA",
      "--until",
      "2030",
      "--db",
      dbPath,
    ]);
    expect(split.code).toBe(2);
    const empty = await runCli([
      "forecast",
      "--indicator",
      "delegations.outbound",
      "--until",
      "2030",
      "--as-of",
      "2024-06-30",
      "--db",
      dbPath,
    ]);
    expect(empty.code).toBe(3);
    expect(empty.stderr).toContain("Không đủ số liệu để dự báo delegations.outbound");
    expect((await runCli(["forecast", "--indicator", "delegations.inbound", "--db", dbPath])).code).toBe(2);
  });
});
