import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { openFixture } from "./fixture.ts";
import { valuesBy, valuesByPeriod } from "./values.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

describe("delegations", () => {
  it("delegations.inbound counts a delegation spanning two years in the year it starts", async () => {
    // inbound: D0 starts 31/12/2017 (→ 2017, not 2018), D1 05/03/2019, D2 31/12/2019 → 02/01/2020 (→ 2019)
    expect(await valuesByPeriod(store, "delegations.inbound", ["2017", "2018", "2019", "2020"])).toEqual({
      "2017": 1,
      "2018": 0, // empty period: 0, not no data
      "2019": 2, // D1 + D2
      "2020": 0, // D2 ended in 2020 but started in 2019
    });
    // quarters: D1 in Q1, D2 on 31/12 in Q4
    expect(await valuesByPeriod(store, "delegations.inbound", ["2019Q1", "2019Q4", "2020Q1"])).toEqual({
      "2019Q1": 1,
      "2019Q4": 1,
      "2020Q1": 0,
    });
  });

  it("delegations.outbound counts the one starting on 01/01/2020 in 2020", async () => {
    // outbound: D3 10/05/2019, D5 20/08/2019, D4 01/01/2020
    expect(await valuesByPeriod(store, "delegations.outbound", ["2019", "2020", "2021"])).toEqual({
      "2019": 2,
      "2020": 1,
      "2021": 0,
    });
    // months: D3 in 2019-05; nothing in 2019-06
    expect(await valuesByPeriod(store, "delegations.outbound", ["2019-05", "2019-06"])).toEqual({
      "2019-05": 1,
      "2019-06": 0,
    });
  });

  it("delegations.person_trips sums members of inbound and outbound delegations", async () => {
    // 2019: D1 6 + D2 5 + D3 3 + D5 10 = 24; 2020: D4 2; 2018: none → 0
    expect(await valuesByPeriod(store, "delegations.person_trips", ["2018", "2019", "2020"])).toEqual({
      "2018": 0,
      "2019": 24,
      "2020": 2,
    });
    // by direction 2019: inbound 6 + 5 = 11, outbound 3 + 10 = 13
    expect(await valuesBy(store, "delegations.person_trips", "2019", "direction")).toEqual({
      inbound: 11,
      outbound: 13,
    });
  });

  it("delegations.in_plan_rate is no data when no delegation starts in the period", async () => {
    // 2019: in plan D1, D3 of D1, D2, D3, D5 → 2/4 = 0.5; 2020: D4 not in plan → 0/1 = 0; 2018: 0/0 → null
    expect(await valuesByPeriod(store, "delegations.in_plan_rate", ["2018", "2019", "2020"])).toEqual({
      "2018": null,
      "2019": 0.5,
      "2020": 0,
    });
    // by direction 2019: inbound D1 yes, D2 no → 1/2; outbound D3 yes, D5 no → 1/2
    expect(await valuesBy(store, "delegations.in_plan_rate", "2019", "direction")).toEqual({
      inbound: 0.5,
      outbound: 0.5,
    });
  });

  it("delegations.cost converts USD costs to VND at the rate of the start date", async () => {
    // 2019: D1 10 000 000 VND
    //     + D2 1 000 USD on 31/12/2019 × 23 500 (rate of 01/07/2019) = 23 500 000
    //     + D3 2 000 USD on 10/05/2019 × 23 000 (rate of 01/01/2018, the July rate is later) = 46 000 000
    //     + D5 no cost (not added) = 79 500 000
    // 2020: D4 500 USD on 01/01/2020 × 23 200 (rate of that very day) = 11 600 000
    // 2018: no delegation → 0; 2017: D0 only, without cost → no data
    expect(await valuesByPeriod(store, "delegations.cost", ["2017", "2018", "2019", "2020"])).toEqual({
      "2017": null,
      "2018": 0,
      "2019": 79_500_000,
      "2020": 11_600_000,
    });
  });
});

describe("investment.promotion_trips", () => {
  it("counts outbound investment-promotion delegations only", async () => {
    // D3 (10/05/2019, KR) and D4 (01/01/2020, JP) are outbound investment_promotion; D5 is trade
    expect(
      await valuesByPeriod(store, "investment.promotion_trips", ["2019", "2020", "2019Q2", "2019Q4"]),
    ).toEqual({
      "2019": 1,
      "2020": 1,
      "2019Q2": 1,
      "2019Q4": 0,
    });
    expect(await valuesBy(store, "investment.promotion_trips", "2019", "country")).toEqual({ KR: 1, LA: 0 });
  });
});
