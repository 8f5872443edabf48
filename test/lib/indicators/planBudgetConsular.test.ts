import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { openFixture } from "./fixture.ts";
import { valuesBy, valuesByPeriod } from "./values.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

describe("plan, budget, consular", () => {
  it("plan.approval_delay_days is approved_on − due_on, due 31/12 of the year before by default", async () => {
    // 2019: no due_on → 31/12/2018; approved 20/01/2019 → 20 days
    // 2020: due 15/12/2019, not approved → no data
    // 2021: due 31/12/2020, approved 20/12/2020 → −11 (early)
    // 2018: no plan → no data
    expect(await valuesByPeriod(store, "plan.approval_delay_days", ["2018", "2019", "2020", "2021"])).toEqual(
      {
        "2018": null,
        "2019": 20,
        "2020": null,
        "2021": -11,
      },
    );
    // only years have a plan: quarters and months are no data
    expect(await valuesByPeriod(store, "plan.approval_delay_days", ["2019Q1", "2019-01"])).toEqual({
      "2019Q1": null,
      "2019-01": null,
    });
  });

  it("budget.reception_utilisation is spent / allocated of the reception line, in VND at the year-end rate", async () => {
    // 2019 reception: 150 000 000 / 200 000 000 = 0,75 (the outbound line is ignored)
    // 2020 reception in USD: 5 800 × 23 200 / (10 000 × 23 200) = 0,58
    // 2021: allocated 0 → empty denominator → no data; 2018: no budget → no data
    expect(
      await valuesByPeriod(store, "budget.reception_utilisation", ["2018", "2019", "2020", "2021"]),
    ).toEqual({
      "2018": null,
      "2019": 0.75,
      "2020": 0.58,
      "2021": null,
    });
    expect(await valuesByPeriod(store, "budget.reception_utilisation", ["2019Q4"])).toEqual({
      "2019Q4": null,
    });
  });

  it("consular.cases counts cases opened in the period, 01/01 and 31/12 included", async () => {
    // 2019: K1 01/01, K4 15/06, K2 31/12 → 3; 2020: K3 01/01 → 1; 2018: 0
    expect(await valuesByPeriod(store, "consular.cases", ["2018", "2019", "2020"])).toEqual({
      "2018": 0,
      "2019": 3,
      "2020": 1,
    });
    // a case with no country is its own group (null)
    expect(await valuesBy(store, "consular.cases", "2020", "country")).toEqual({ null: 1 });
    expect(await valuesBy(store, "consular.cases", "2019", "kind")).toEqual({
      citizen_protection: 2,
      legalisation: 1,
    });
  });
});
