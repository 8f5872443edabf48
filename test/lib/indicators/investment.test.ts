import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { openFixture } from "./fixture.ts";
import { valuesBy, valuesByPeriod } from "./values.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

describe("investment", () => {
  it("investment.contacts counts first contacts, 31/12 in the old year and 01/01 in the new", async () => {
    // first_contact_on: C1 10/02/2019, C2 15/06/2019, C3 09/09/2019, C4 31/12/2019, C5 01/01/2020
    expect(await valuesByPeriod(store, "investment.contacts", ["2018", "2019", "2020"])).toEqual({
      "2018": 0,
      "2019": 4,
      "2020": 1,
    });
    expect(await valuesBy(store, "investment.contacts", "2019", "channel")).toEqual({
      promotion_trip: 1,
      conference: 1,
      inbound_visit: 1,
      embassy: 1,
    });
  });

  it("investment.registered counts registrations by registered_on, whenever first met", async () => {
    // registered_on: C1 01/11/2019; C2 30/06/2020, C3 01/07/2020, C5 01/02/2020; C4 never
    expect(
      await valuesByPeriod(store, "investment.registered", ["2019", "2020", "2020Q2", "2020Q3"]),
    ).toEqual({
      "2019": 1,
      "2020": 3,
      "2020Q2": 1, // C2 on 30/06
      "2020Q3": 1, // C3 on 01/07
    });
  });

  it("investment.registered_capital_usd leaves out registrations with no capital", async () => {
    // 2019: C1 5 000 000; 2020: C2 2 500 000 + C3 1 000 000 + C5 (no capital) = 3 500 000; 2021: none → 0
    expect(
      await valuesByPeriod(store, "investment.registered_capital_usd", ["2019", "2020", "2021"]),
    ).toEqual({
      "2019": 5_000_000,
      "2020": 3_500_000,
      "2021": 0,
    });
    expect(await valuesBy(store, "investment.registered_capital_usd", "2020", "country")).toEqual({
      JP: 2_500_000,
      KR: 1_000_000, // C3 1 000 000 + C5 nothing
    });
  });

  it("investment.conversion_rate counts registrations up to asOf, inclusive", async () => {
    // asOf 30/06/2020. Met in 2019: C1 (reg. 01/11/2019 ✓), C2 (reg. 30/06/2020 = asOf ✓),
    // C3 (reg. 01/07/2020, after asOf ✗), C4 (never ✗) → 2/4 = 0.5
    // Met in 2020: C5 (reg. 01/02/2020 ✓) → 1/1 = 1; met in 2018: nobody → null
    expect(await valuesByPeriod(store, "investment.conversion_rate", ["2018", "2019", "2020"])).toEqual({
      "2018": null,
      "2019": 0.5,
      "2020": 1,
    });
    // one day later C3 counts too: 3/4
    expect(
      await valuesByPeriod(store, "investment.conversion_rate", ["2019"], { asOf: "2020-07-01" }),
    ).toEqual({
      "2019": 0.75,
    });
  });
});
