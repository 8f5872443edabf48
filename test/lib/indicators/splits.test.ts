import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeIndicators, listIndicators } from "../../../src/lib/indicators/index.ts";
import { DoingoaiError } from "../../../src/lib/DoingoaiError.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { asOf, openFixture } from "./fixture.ts";
import { valuesByPeriod } from "./values.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

const periods = ["2018", "2019", "2020", "2019Q4"];

describe("splits and filters", () => {
  const additive = listIndicators().filter((d) => d.additive);

  it("every count and sum is additive and every ratio is not", () => {
    for (const d of listIndicators()) {
      if (d.unit === "percent" || d.unit === "days") expect(d.additive, d.id).toBe(false);
    }
    expect(additive.length).toBeGreaterThanOrEqual(15);
  });

  for (const def of additive) {
    it(`${def.id}: the sum over each split equals the unsplit value`, async () => {
      const total = await computeIndicators(store, { asOf, indicators: [def.id], periods });
      for (const dim of def.dimensions) {
        const split = await computeIndicators(store, { asOf, indicators: [def.id], periods, by: [dim] });
        for (const row of total.rows) {
          const sum = split.rows
            .filter((r) => r.period === row.period)
            .reduce((s, r) => s + (r.value ?? 0), 0);
          expect(sum, `${def.id} by ${dim} in ${row.period}`).toBeCloseTo(row.value ?? 0, 6);
        }
      }
    });
  }

  it("aid.ngos_licensed is not additive: an NGO with projects in two sectors counts once", async () => {
    // 2019: N1 has P1 (sector 12220) and P2 (11220), N3 has P4 (31120): 2 NGOs, but 1 + 1 + 1 = 3 over sectors
    const split = await computeIndicators(store, {
      asOf,
      indicators: ["aid.ngos_licensed"],
      periods: ["2019"],
      by: ["sector"],
    });
    expect(split.rows.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(3);
    expect(await valuesByPeriod(store, "aid.ngos_licensed", ["2019"])).toEqual({ "2019": 2 });
  });

  it("a filter value with quotes, semicolons and SQL keywords is a plain value", async () => {
    const evil = "LA'; DROP TABLE delegations; --";
    // every indicator that allows country: one query per scan, each with the value bound
    const result = await computeIndicators(store, { asOf, periods: ["2019"], where: { country: evil } });
    expect(result.rows).toHaveLength(22); // all but plan.approval_delay_days and budget.reception_utilisation
    // no match: counts and sums are 0, ratios no data — and no error
    for (const row of result.rows) {
      expect(row.value, row.indicator).toBe(row.unit === "percent" ? null : 0);
    }
    // the tables are intact: 6 delegations, and LA still matches
    const [{ n }] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM delegations");
    expect(n).toBe(6n);
    expect(
      await valuesByPeriod(store, "delegations.inbound", ["2019"], { where: { country: "LA" } }),
    ).toEqual({
      "2019": 2,
    });
    // the same value in a split dimension name is refused as an unknown dimension
    await expect(computeIndicators(store, { asOf, periods: ["2019"], by: [evil] })).rejects.toBeInstanceOf(
      DoingoaiError,
    );
  });

  it("several values of one filter are alternatives", async () => {
    // 2019 delegations: LA D1, D2; KR D3, D5 → 4 person-trip groups: 6 + 5 + 3 + 10 = 24; LA only: 11
    expect(
      await valuesByPeriod(store, "delegations.person_trips", ["2019"], { where: { country: ["LA", "KR"] } }),
    ).toEqual({ "2019": 24 });
    expect(
      await valuesByPeriod(store, "delegations.person_trips", ["2019"], { where: { country: ["LA"] } }),
    ).toEqual({ "2019": 11 });
    expect(
      await valuesByPeriod(store, "delegations.person_trips", ["2019"], { where: { country: [] } }),
    ).toEqual({
      "2019": 0,
    });
  });

  it("a split by two dimensions gives every combination seen", async () => {
    // 2019: inbound LA department (D1), LA provincial_leadership (D2); outbound rows appear with 0 inbound
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound"],
      periods: ["2019"],
      by: ["country", "level"],
      where: { country: "LA" },
    });
    expect(result.rows.map((r) => [r.dims["country"], r.dims["level"], r.value])).toEqual([
      ["LA", "department", 1],
      ["LA", "provincial_leadership", 1],
    ]);
  });

  it("without named indicators, only those allowing the dimensions are computed", async () => {
    const result = await computeIndicators(store, { asOf, periods: ["2019"], by: ["channel"] });
    expect([...new Set(result.rows.map((r) => r.indicator))]).toEqual([
      "investment.contacts",
      "investment.registered",
      "investment.registered_capital_usd",
      "investment.conversion_rate",
    ]);
  });

  it("a dimension a named indicator does not allow is an error that names the allowed ones", async () => {
    const error = await computeIndicators(store, {
      asOf,
      periods: ["2019"],
      indicators: ["plan.approval_delay_days"],
      by: ["country"],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DoingoaiError);
    expect((error as DoingoaiError).exitCode).toBe(2);
    expect((error as DoingoaiError).text.en).toContain("plan.approval_delay_days");
  });
});
