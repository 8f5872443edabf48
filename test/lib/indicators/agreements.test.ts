import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { openFixture } from "./fixture.ts";
import { valuesBy, valuesByPeriod } from "./values.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

describe("agreements", () => {
  it("agreements.active counts agreements active on the period's last day (or asOf when earlier)", async () => {
    // 31/12/2018: A1 (A6 is terminated: never counted) → 1
    // 30/09/2019: A1, A2 → 2
    // 31/12/2019: A1, A2 (expires 31/12/2019, still active that day), A3 (signed that day) → 3;
    //             not A4 (signed 01/01/2020), not A5 (draft)
    // 2020 → asOf 30/06/2020: A1, A3, A4 (A2 expired) → 3
    expect(await valuesByPeriod(store, "agreements.active", ["2018", "2019Q3", "2019", "2020"])).toEqual({
      "2018": 1,
      "2019Q3": 2,
      "2019": 3,
      "2020": 3,
    });
    // the stock is read at asOf when the period ends later: at 31/12/2019 → 3 as well
    expect(await valuesByPeriod(store, "agreements.active", ["2020"], { asOf: "2019-12-31" })).toEqual({
      "2020": 3,
    });
    expect(await valuesBy(store, "agreements.active", "2019", "country")).toEqual({ LA: 1, KR: 1, JP: 1 });
  });

  it("agreements.signed leaves out drafts and counts 31/12 and 01/01 in their own years", async () => {
    // 2019: A2 (01/03), A3 (31/12); A5 is a draft → 2. 2020: A4 (01/01) → 1. 2021: none → 0
    expect(await valuesByPeriod(store, "agreements.signed", ["2019", "2020", "2021"])).toEqual({
      "2019": 2,
      "2020": 1,
      "2021": 0,
    });
    expect(await valuesBy(store, "agreements.signed", "2019", "kind")).toEqual({ mou: 1, agreement: 1 });
  });

  it("agreements.reported_on_time_rate accepts 15 days and not 16", async () => {
    // 2019: A2 signed 01/03, reported 16/03 (15 days ✓); A3 signed 31/12, reported 16/01/2020 (16 days ✗) → 1/2
    // 2020: A4 not reported → 0/1 = 0; 2021: nothing signed → no data
    expect(await valuesByPeriod(store, "agreements.reported_on_time_rate", ["2019", "2020", "2021"])).toEqual(
      {
        "2019": 0.5,
        "2020": 0,
        "2021": null,
      },
    );
  });

  it("agreements.follow_through leaves cancelled activities out of the denominator", async () => {
    // due 2019: X1 done, X2 done, X3 cancelled (out), X4 planned → 2/3
    // due 2020: X5 (01/01/2020) done → 1/1; due 2018: none → no data
    const v = await valuesByPeriod(store, "agreements.follow_through", ["2018", "2019", "2020"]);
    expect(v["2018"]).toBeNull();
    expect(v["2019"]).toBeCloseTo(2 / 3, 12);
    expect(v["2020"]).toBe(1);
    // by partner 2019: LP (A1): X1, X2 done, X3 cancelled → 2/2 = 1; KG (A2): X4 → 0/1 = 0
    expect(await valuesBy(store, "agreements.follow_through", "2019", "partner")).toEqual({ LP: 1, KG: 0 });
    // 2019Q3: only X3, cancelled → empty denominator → no data (not 0%)
    expect(await valuesByPeriod(store, "agreements.follow_through", ["2019Q3"])).toEqual({ "2019Q3": null });
  });

  it("agreements.on_time_rate counts activities done in the period, done on the due day is on time", async () => {
    // done 2019: X1 (20/04, due 30/04 ✓), X2 (15/07, due 30/06 ✗) → 1/2
    // done 2020: X5 (01/01/2020, due 01/01/2020 ✓) → 1/1; 2018: none → no data
    expect(await valuesByPeriod(store, "agreements.on_time_rate", ["2018", "2019", "2020"])).toEqual({
      "2018": null,
      "2019": 0.5,
      "2020": 1,
    });
  });

  it("agreements.dormant: 12 months old or more, no activity done and no delegation in the 12 months up to the period end", async () => {
    // 31/12/2018: active A1 (signed 01/05/2018, 7 months: new, not dormant, although D0 of 31/12/2017 is
    //   outside the window) → 0
    // 30/06/2019 (2019Q2): A1 has X1 done 20/04/2019, A2 has D3 on 10/05/2019 → 0
    // 31/12/2019: A1 (X1, X2 done), A2 (D3), A3 (signed that day: new) → 0
    // 2020 → asOf 30/06/2020, window 01/07/2019..30/06/2020: A1 (X2 done 15/07/2019), A3 (X5 01/01/2020),
    //   A4 (signed 01/01/2020: new) → 0
    expect(await valuesByPeriod(store, "agreements.dormant", ["2018", "2019Q2", "2019", "2020"])).toEqual({
      "2018": 0,
      "2019Q2": 0,
      "2019": 0,
      "2020": 0,
    });
    // 31/12/2020, window 01/01/2020..31/12/2020: A1 (last event 15/07/2019) dormant; A3 (X5 01/01/2020) busy;
    //   A4 (signed 01/01/2020) 11 months old: new → 1
    expect(await valuesByPeriod(store, "agreements.dormant", ["2020"], { asOf: "2020-12-31" })).toEqual({
      "2020": 1,
    });
    // 01/01/2021, window 02/01/2020..01/01/2021: A1; A3 (X5 now outside); A4 12 months old, nothing → 3
    expect(await valuesByPeriod(store, "agreements.dormant", ["2021"], { asOf: "2021-01-01" })).toEqual({
      "2021": 3,
    });
    expect(await valuesBy(store, "agreements.dormant", "2021", "partner", { asOf: "2021-01-01" })).toEqual({
      LP: 2,
      JC: 1,
    });
  });
});
