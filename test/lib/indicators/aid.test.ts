import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { openFixture } from "./fixture.ts";
import { valuesBy, valuesByPeriod } from "./values.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

describe("aid", () => {
  it("aid.ngos_licensed counts each NGO once however many projects it has", async () => {
    // approved 2019: P1 (N1), P2 (N1, 31/12), P4 (N3) → N1, N3 = 2; 2020: P3 (N2, 01/01) = 1; 2018: P5 (N2) = 1
    expect(await valuesByPeriod(store, "aid.ngos_licensed", ["2017", "2018", "2019", "2020"])).toEqual({
      "2017": 0,
      "2018": 1,
      "2019": 2,
      "2020": 1,
    });
    // country is the NGO's headquarters: N1 US, N3 JP
    expect(await valuesBy(store, "aid.ngos_licensed", "2019", "country")).toEqual({ US: 1, JP: 1 });
  });

  it("aid.projects_approved counts projects approved in the period, cancelled ones included", async () => {
    // 2019: P1, P2 (31/12/2019), P4 (cancelled later, but approved) = 3; 2020: P3 (01/01/2020) = 1
    expect(
      await valuesByPeriod(store, "aid.projects_approved", ["2019", "2020", "2019Q4", "2020Q1"]),
    ).toEqual({
      "2019": 3,
      "2020": 1,
      "2019Q4": 1,
      "2020Q1": 1,
    });
    expect(await valuesBy(store, "aid.projects_approved", "2019", "sector_category")).toEqual({
      "112": 1, // P2 11220
      "122": 1, // P1 12220
      "311": 1, // P4 31120
    });
  });

  it("aid.committed_usd converts at the rate of the approval date", async () => {
    // 2019: P1 1 000 000 USD + P2 200 000 EUR on 31/12/2019 (EUR 28 200 / USD 23 500 = 1,2) = 240 000
    //       + P4 50 000 USD = 1 290 000
    // 2020: P3 2 320 000 000 VND on 01/01/2020 / 23 200 = 100 000
    // 2018: P5 100 000 EUR on 01/06/2018 (27 600 / 23 000 = 1,2) = 120 000
    const v = await valuesByPeriod(store, "aid.committed_usd", ["2018", "2019", "2020", "2021"]);
    expect(v["2018"]).toBeCloseTo(120_000, 6);
    expect(v["2019"]).toBeCloseTo(1_290_000, 6);
    expect(v["2020"]).toBeCloseTo(100_000, 6);
    expect(v["2021"]).toBe(0);
  });

  it("aid.disbursed_usd converts each disbursement at the rate of its own date", async () => {
    // 2019: P1 300 000 USD on 30/06/2019 = 300 000
    // 2020: P1 200 000 USD + P2 50 000 EUR on 01/02/2020 (27 840 / 23 200 = 1,2) = 60 000 → 260 000
    // 2018: P5 60 000 EUR on 01/09/2018 (27 600 / 23 000 = 1,2) = 72 000
    const v = await valuesByPeriod(store, "aid.disbursed_usd", ["2018", "2019", "2020", "2019Q2", "2019Q3"]);
    expect(v["2018"]).toBeCloseTo(72_000, 6);
    expect(v["2019"]).toBeCloseTo(300_000, 6);
    expect(v["2020"]).toBeCloseTo(260_000, 6);
    expect(v["2019Q2"]).toBeCloseTo(300_000, 6); // 30/06 is the last day of Q2
    expect(v["2019Q3"]).toBe(0);
  });

  it("aid.disbursement_rate covers projects active in the period, not cancelled ones or ones ended before it", async () => {
    // 2019 active: P1 (approved 15/03/2019), P2 (31/12/2019); not P4 (cancelled), not P5 (ended 31/12/2018),
    //   not P3 (approved 2020). Committed 1 000 000 + 240 000 = 1 240 000;
    //   disbursed to 31/12/2019: P1 300 000 → 300 000 / 1 240 000
    // 2020 active: P1, P2, P3. Committed 1 000 000 + 240 000 + 100 000 = 1 340 000;
    //   disbursed to 31/12/2020: P1 300 000 + 200 000, P2 60 000 → 560 000 / 1 340 000
    // 2018 active: P5 only: 72 000 / 120 000 = 0,6
    // 2017: no active project → no data
    const v = await valuesByPeriod(store, "aid.disbursement_rate", ["2017", "2018", "2019", "2020"]);
    expect(v["2017"]).toBeNull();
    expect(v["2018"]).toBeCloseTo(0.6, 9);
    expect(v["2019"]).toBeCloseTo(300_000 / 1_240_000, 9);
    expect(v["2020"]).toBeCloseTo(560_000 / 1_340_000, 9);
    // 2019Q1: only P1 is active (approved 15/03), nothing disbursed by 31/03 → 0 / 1 000 000 = 0
    expect((await valuesByPeriod(store, "aid.disbursement_rate", ["2019Q1"]))["2019Q1"]).toBe(0);
  });
});
