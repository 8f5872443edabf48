// Indicators defined by a developer, computed with the built-ins on the hand-built fixture.
// Delegations of the fixture (see fixture.ts):
//   D0 inbound  31/12/2017 LA department             4 members
//   D1 inbound  05/03/2019 LA department             6
//   D2 inbound  31/12/2019 LA provincial_leadership  5
//   D3 outbound 10/05/2019 KR provincial_leadership  3
//   D4 outbound 01/01/2020 JP department             2
//   D5 outbound 20/08/2019 KR business              10
// Agreements reported (reported_on): A6 05/01/2017, A1 10/05/2018, A2 16/03/2019, A3 16/01/2020.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  builtinRegistry,
  computeIndicators,
  createRegistry,
  defineIndicator,
  delegationsByStart,
  flowScan,
  indicatorById,
  type IndicatorSpec,
} from "../../../src/lib/index.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { asOf, openFixture } from "./fixture.ts";

const byStart = {
  vi: "Theo ngày bắt đầu (start_on)",
  en: "By start_on",
};

const leadershipInbound = defineIndicator({
  id: "delegations.leadership_inbound",
  label: { vi: "Đoàn vào cấp lãnh đạo tỉnh", en: "Inbound provincial-leadership delegations" },
  definition: {
    vi: "Số đoàn vào cấp lãnh đạo tỉnh bắt đầu trong kỳ",
    en: "Inbound delegations at provincial-leadership level starting in the period",
  },
  periodRule: byStart,
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'inbound' AND t.level = 'provincial_leadership')",
});

const averageMembers = defineIndicator({
  id: "delegations.average_members",
  label: { vi: "Số thành viên bình quân mỗi đoàn", en: "Average members per delegation" },
  definition: {
    vi: "Số thành viên bình quân của các đoàn ra và vào bắt đầu trong kỳ",
    en: "Average members of inbound and outbound delegations starting in the period",
  },
  periodRule: byStart,
  unit: "persons",
  direction: "up",
  dimensions: ["country", "direction", "level"],
  additive: false,
  empty: null,
  scan: delegationsByStart,
  value: () => "avg(t.members)",
});

const agreementsReported = defineIndicator({
  id: "agreements.reported",
  label: { vi: "Thỏa thuận đã báo cáo", en: "Agreements reported" },
  definition: {
    vi: "Số thỏa thuận được báo cáo lên cấp trên trong kỳ",
    en: "Agreements reported to the central level in the period",
  },
  periodRule: { vi: "Theo ngày báo cáo (reported_on)", en: "By reported_on" },
  unit: "count",
  direction: "up",
  dimensions: ["kind"],
  additive: true,
  scan: flowScan({
    id: "agreements by reported_on",
    table: "agreements t",
    date: "t.reported_on",
    dims: { kind: "t.kind" },
  }),
  value: () => "count(*)",
});

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());

const values = (rows: { indicator: string; period: string; value: number | null }[], id: string) =>
  Object.fromEntries(rows.filter((r) => r.indicator === id).map((r) => [r.period, r.value]));

describe("custom indicators", () => {
  it("a definition reusing a built-in scan is computed beside the built-ins: 1 leadership delegation of 2 inbound in 2019", async () => {
    const { rows } = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.inbound", leadershipInbound],
      periods: ["2018", "2019", "2020"],
    });
    expect(values(rows, "delegations.inbound")).toEqual({ "2018": 0, "2019": 2, "2020": 0 });
    // only D2 is inbound at provincial_leadership level (D3 is outbound)
    expect(values(rows, "delegations.leadership_inbound")).toEqual({ "2018": 0, "2019": 1, "2020": 0 });
    const row2019 = rows.find(
      (r) => r.indicator === "delegations.leadership_inbound" && r.period === "2019",
    )!;
    // no delegation at all starts in 2018 (D0 starts on 31/12/2017): the previous year is "no data", not 0
    expect(row2019).toMatchObject({ unit: "count", value: 1, previous: null, change: null });
  });

  it("splits, filters and targets apply to a custom indicator as to a built-in", async () => {
    const split = await computeIndicators(store, {
      asOf,
      indicators: [leadershipInbound],
      periods: ["2019"],
      by: ["country"],
    });
    // countries with delegations in 2019: KR (D3, D5: none inbound) and LA (D1, D2: D2)
    expect(split.rows.map((r) => [r.dims["country"], r.value])).toEqual([
      ["KR", 0],
      ["LA", 1],
    ]);
    const filtered = await computeIndicators(store, {
      asOf,
      indicators: [leadershipInbound],
      periods: ["2019"],
      where: { country: "LA" },
      targets: [
        { indicator: "delegations.leadership_inbound", period: "2019", value: 2, where: { country: "LA" } },
      ],
    });
    expect(filtered.rows).toHaveLength(1);
    expect(filtered.rows[0]).toMatchObject({ value: 1, target: 2 });
  });

  it("an average sets empty: null, so a year without delegations is no data, not 0", async () => {
    const { rows } = await computeIndicators(store, {
      asOf,
      indicators: [averageMembers],
      periods: ["2018", "2019", "2020"],
    });
    // 2019: (6 + 5 + 3 + 10) / 4 = 6; 2020: D4 alone = 2; 2018: nothing
    expect(values(rows, "delegations.average_members")).toEqual({ "2018": null, "2019": 6, "2020": 2 });
    expect(rows.find((r) => r.period === "2019")).toMatchObject({ previous: null, change: null });
    const byDirection = await computeIndicators(store, {
      asOf,
      indicators: [averageMembers],
      periods: ["2019"],
      by: ["direction"],
    });
    // inbound (6 + 5) / 2 = 5,5; outbound (3 + 10) / 2 = 6,5
    expect(byDirection.rows.map((r) => [r.dims["direction"], r.value])).toEqual([
      ["inbound", 5.5],
      ["outbound", 6.5],
    ]);
  });

  it("a definition with its own scan (agreements by reported_on) counts one per year 2017–2020", async () => {
    const { rows } = await computeIndicators(store, {
      asOf,
      indicators: [agreementsReported],
      from: "2017",
      to: "2021",
    });
    expect(values(rows, "agreements.reported")).toEqual({
      "2017": 1,
      "2018": 1,
      "2019": 1,
      "2020": 1,
      "2021": 0,
    });
  });

  it("Arrow output carries the custom indicator's rows and split column", async () => {
    const result = await computeIndicators(store, {
      asOf,
      indicators: ["delegations.outbound", leadershipInbound],
      periods: ["2019"],
      by: ["country"],
    });
    const table = result.toArrow();
    expect(table.numRows).toBe(4);
    const rows = table.toArray().map((r) => r.toJSON() as Record<string, unknown>);
    expect(rows.map((r) => [r["indicator"], r["country"], r["value"]])).toEqual([
      ["delegations.outbound", "KR", 2],
      ["delegations.outbound", "LA", 0],
      ["delegations.leadership_inbound", "KR", 0],
      ["delegations.leadership_inbound", "LA", 1],
    ]);
  });

  it("a registry made with createRegistry resolves custom ids and includes them when no indicator is named", async () => {
    const registry = createRegistry([leadershipInbound, averageMembers]);
    expect(registry.specs).toHaveLength(builtinRegistry.specs.length + 2);
    expect(registry.get("delegations.inbound")).toBe(builtinRegistry.get("delegations.inbound"));
    const named = await computeIndicators(
      store,
      { asOf, indicators: ["delegations.leadership_inbound"], periods: ["2019"] },
      { registry },
    );
    expect(named.rows[0]?.value).toBe(1);
    // without the registry the id is unknown
    await expect(
      computeIndicators(store, { asOf, indicators: ["delegations.leadership_inbound"], periods: ["2019"] }),
    ).rejects.toThrow("Unknown indicator: delegations.leadership_inbound");
    // every indicator of the registry that splits by level: the built-ins that do, and the average
    const all = await computeIndicators(store, { asOf, periods: ["2019"], by: ["level"] }, { registry });
    const ids = new Set(all.rows.map((r) => r.indicator));
    expect(ids.has("delegations.average_members")).toBe(true);
    expect(ids.has("delegations.leadership_inbound")).toBe(false); // it does not allow level
    expect(ids.has("delegations.inbound")).toBe(true);
  });
});

describe("invalid custom indicators", () => {
  const base = { ...leadershipInbound } as IndicatorSpec;

  it("refuses a bad unit, naming the indicator and the field", () => {
    expect(() => defineIndicator({ ...base, unit: "percentage" as never })).toThrow(
      /invalid indicator: delegations\.leadership_inbound: unit: /,
    );
  });

  it("refuses a dimension its scan cannot compute", () => {
    expect(() => defineIndicator({ ...base, dimensions: ["country", "sector"] })).toThrow(
      'invalid indicator: delegations.leadership_inbound: dimensions: sector is not a dimension of scan "delegations by start_on"',
    );
  });

  it("refuses an id that is not area.name, a misspelt field and an empty aggregate", () => {
    expect(() => defineIndicator({ ...base, id: "Leadership Inbound" })).toThrow(
      /invalid indicator: Leadership Inbound: id: expected "area.name"/,
    );
    expect(() => defineIndicator({ ...base, dimension: ["country"] } as never)).toThrow(
      /invalid indicator: delegations\.leadership_inbound: .*dimension/,
    );
    expect(() => defineIndicator({ ...base, value: () => " " })).toThrow(
      "invalid indicator: delegations.leadership_inbound: value(ctx) must return the SQL of an aggregate",
    );
    expect(() => defineIndicator({ ...base, label: { vi: "", en: "x" } })).toThrow(
      "invalid indicator: delegations.leadership_inbound: label.vi: empty text",
    );
  });

  it("refuses an object in a query's indicators that is not a whole definition, naming the missing field", async () => {
    const { value: _value, ...noValue } = base;
    await expect(
      computeIndicators(store, { asOf, indicators: [noValue as IndicatorSpec], periods: ["2019"] }),
    ).rejects.toThrow("invalid indicator: delegations.leadership_inbound: value: expected a function");
  });

  it("refuses a definition that takes a built-in's id, in a query and in a registry", async () => {
    const clash = defineIndicator({ ...base, id: "delegations.inbound" });
    await expect(computeIndicators(store, { asOf, indicators: [clash], periods: ["2019"] })).rejects.toThrow(
      "invalid indicator: delegations.inbound: id already used by a built-in or registered indicator",
    );
    expect(() => createRegistry([clash])).toThrow(
      "invalid indicator: delegations.inbound: id already used by an indicator of the base registry",
    );
    expect(() => createRegistry([leadershipInbound, { ...leadershipInbound }])).toThrow(
      "invalid indicator: delegations.leadership_inbound: id given twice",
    );
    // the built-in object itself is of course accepted
    const builtin = builtinRegistry.get("delegations.inbound")!;
    expect(indicatorById("delegations.inbound")).toBe(builtin);
    const ok = await computeIndicators(store, { asOf, indicators: [builtin], periods: ["2019"] });
    expect(ok.rows[0]?.value).toBe(2);
  });
});
