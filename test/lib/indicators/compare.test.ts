import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeIndicators } from "../../../src/lib/indicators/index.ts";
import { DoingoaiError } from "../../../src/lib/DoingoaiError.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { asOf, openFixture } from "./fixture.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

describe("previous period, change and target", () => {
  it("compares each period with the previous one of the same kind", async () => {
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound"],
      periods: ["2019", "2020", "2019Q1", "2020-01"],
    });
    expect(result.rows.map((r) => [r.period, r.value, r.previous, r.change])).toEqual([
      ["2019", 2, null, null], // 2018: no delegation at all, so no data (not 0)
      ["2020", 0, 2, -2],
      ["2019Q1", 1, null, null], // 2018Q4: no delegation at all (D0 is 31/12/2017)
      ["2020-01", 0, 1, -1], // 2019-12: D2 on 31/12/2019
    ]);
  });

  it("vs the previous period is no data when that period holds no record of the table at all, and 0 when it holds records of other splits or filters", async () => {
    // 2018: no delegation at all → no data. 2020 vs 2019: 2019 holds delegations (D1, D2 to LA; D3, D5 to KR),
    // so 2020's LA-filtered inbound compares with 2 and KR's with 0, and JP's outbound (none in 2019) with 0.
    const none = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound", "delegations.person_trips"],
      periods: ["2019"],
      where: { country: "LA" },
    });
    expect(none.rows.map((r) => [r.indicator, r.previous, r.change])).toEqual([
      ["delegations.inbound", null, null],
      ["delegations.person_trips", null, null],
    ]);
    const some = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound"],
      periods: ["2020"],
      where: { country: "KR" },
    });
    expect(some.rows.map((r) => [r.value, r.previous, r.change])).toEqual([[0, 0, 0]]);
    const split = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.outbound"],
      periods: ["2020"],
      by: ["country"],
    });
    expect(split.rows.map((r) => [r.dims["country"], r.value, r.previous])).toEqual([["JP", 1, 0]]);
  });

  it("a change against no data is no data", async () => {
    // in_plan_rate 2018: no delegations → null; 2019: 0,5; 2020: 0
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.in_plan_rate"],
      from: "2019",
      to: "2020",
    });
    expect(result.rows.map((r) => [r.period, r.value, r.previous, r.change])).toEqual([
      ["2019", 0.5, null, null],
      ["2020", 0, 0.5, -0.5],
    ]);
  });

  it("a split row is compared with the same split in the previous period", async () => {
    // by country, inbound 2020: LA 0 (previous 2019: D1 + D2 = 2); KR appears in 2019 only through outbound rows
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.outbound"],
      periods: ["2020"],
      by: ["country"],
    });
    // outbound 2020: JP D4 = 1 (2019: 0); 2019 KR had D3, D5 but 2020 KR has no row (no 2020 record)
    expect(result.rows.map((r) => [r.dims["country"], r.value, r.previous, r.change])).toEqual([
      ["JP", 1, 0, 1],
    ]);
  });

  it("targets match by indicator, period and scope (split values and single filters)", async () => {
    const targets = [
      { indicator: "delegations.inbound", period: "2019", value: 3 },
      { indicator: "delegations.inbound", period: "2019", value: 2, where: { country: "LA" } },
    ];
    const total = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound"],
      periods: ["2019"],
      targets,
    });
    expect(total.rows.map((r) => r.target)).toEqual([3]);
    const split = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound"],
      periods: ["2019"],
      by: ["country"],
      targets,
    });
    expect(split.rows.map((r) => [r.dims["country"], r.target])).toEqual([
      ["KR", null],
      ["LA", 2],
    ]);
    const filtered = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound"],
      periods: ["2019"],
      where: { country: "LA" },
      targets,
    });
    expect(filtered.rows.map((r) => r.target)).toEqual([2]);
  });
});

describe("results", () => {
  it("come as Arrow with nulls kept, and as IPC bytes that read back", async () => {
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.person_trips", "delegations.in_plan_rate"],
      periods: ["2018"],
      by: ["direction"],
    });
    // 2018 has no delegations at all: a split has no combinations → no rows
    expect(result.rows).toEqual([]);
    const rows = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.person_trips", "delegations.in_plan_rate"],
      periods: ["2018", "2019"],
      by: ["direction"],
    });
    const table = rows.toArrow();
    expect(table.numRows).toBe(rows.rows.length);
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      "indicator",
      "period",
      "unit",
      "value",
      "previous",
      "change",
      "target",
      "direction",
    ]);
    const back = tableFromIPC(rows.toIPC());
    const plain = back.toArray().map((r) => r.toJSON());
    expect(plain).toEqual(
      rows.rows.map((r) => ({
        indicator: r.indicator,
        period: r.period,
        unit: r.unit,
        value: r.value,
        previous: r.previous,
        change: r.change,
        target: r.target,
        direction: r.dims["direction"],
      })),
    );
    // in_plan_rate 2018 inbound: no delegation → null survives the round trip
    expect(
      plain.find((r) => r.indicator === "delegations.in_plan_rate" && r.period === "2018")?.value,
    ).toBeNull();
  });

  it("a periods range lists every period in order and rejects mixed kinds", async () => {
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["consular.cases"],
      from: "2019Q3",
      to: "2020Q1",
    });
    // K2 31/12/2019 in Q4; K3 01/01/2020 in 2020Q1
    expect(result.rows.map((r) => [r.period, r.value])).toEqual([
      ["2019Q3", 0],
      ["2019Q4", 1],
      ["2020Q1", 1],
    ]);
    await expect(computeIndicators(store, { from: "2019", to: "2020Q1" })).rejects.toBeInstanceOf(
      DoingoaiError,
    );
    await expect(computeIndicators(store, { periods: ["2019Q5"] })).rejects.toBeInstanceOf(DoingoaiError);
    await expect(computeIndicators(store, { indicators: ["delegations.nope"] })).rejects.toBeInstanceOf(
      DoingoaiError,
    );
  });

  it("a plan period counts the records of its five years", async () => {
    // consular cases 2016-2020: K1, K4, K2 (2019) + K3 (2020) = 4
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["consular.cases"],
      periods: ["2016-2020"],
    });
    // 2011-2015 holds no consular case at all: no data
    expect(result.rows.map((r) => [r.period, r.value, r.previous])).toEqual([["2016-2020", 4, null]]);
    // money over a plan period: cost 2017 (D0, none) + 2019 (79 500 000) + 2020 (11 600 000) = 91 100 000;
    // committed 2018 120 000 + 2019 1 290 000 + 2020 100 000 = 1 510 000 USD
    const money = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.cost", "aid.committed_usd"],
      periods: ["2016-2020"],
    });
    expect(money.rows[0]!.value).toBe(91_100_000);
    expect(money.rows[1]!.value).toBeCloseTo(1_510_000, 6);
  });

  it("a month period converts money too", async () => {
    // 2019-12: D2 1 000 USD × 23 500 = 23 500 000; 2019-05: D3 2 000 USD × 23 000 = 46 000 000
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.cost"],
      periods: ["2019-05", "2019-12"],
    });
    expect(result.rows.map((r) => [r.period, r.value])).toEqual([
      ["2019-05", 46_000_000],
      ["2019-12", 23_500_000],
    ]);
  });
});
