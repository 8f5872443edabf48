import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dataYears } from "../../src/dashboards/data/datasets/defineDataset.ts";
import type { Store } from "../../src/lib/store/openStore.ts";
import { openFixture } from "../lib/indicators/fixture.ts";

let store: Store;
beforeAll(async () => {
  store = await openFixture();
});
afterAll(() => store.close());
afterEach(() => {
  delete process.env["DOINGOAI_YEARS"];
});

describe("the years the dashboards offer", () => {
  it("are every year from the first to the last dated record, gaps included", async () => {
    const years = await dataYears(store);
    expect(years.length).toBeGreaterThan(2);
    expect(years.map(Number)).toEqual(years.map((_, i) => Number(years[0]) + i));
  });

  it("are only those of doingoai build --years (DOINGOAI_YEARS) when it is given", async () => {
    const all = await dataYears(store);
    process.env["DOINGOAI_YEARS"] = `${all[1]}-${all[2]}`;
    expect(await dataYears(store)).toEqual([all[1], all[2]]);
    process.env["DOINGOAI_YEARS"] = "1990-1991";
    expect(await dataYears(store)).toEqual([]);
  });
});
