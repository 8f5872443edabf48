import { describe, expect, it } from "vitest";
import { computeIndicators, importFiles, listIndicators, openStore } from "../../src/lib/index.ts";
import { validFolder } from "../helpers/fixtures.ts";

describe("the public API", () => {
  it("lets a developer import files and read an indicator in four lines", async () => {
    const store = await openStore({ path: ":memory:" });
    await importFiles(store, [validFolder]);
    const result = await computeIndicators(store, {
      indicators: ["delegations.inbound", "delegations.outbound", "delegations.person_trips"],
      periods: ["2019"],
    });
    const value = (id: string) => result.rows.find((r) => r.indicator === id)?.value;
    // fixture: D1 inbound (5 people), D2 and D3 outbound (7 and 6 people), all in 2019
    expect(value("delegations.inbound")).toBe(1);
    expect(value("delegations.outbound")).toBe(2);
    expect(value("delegations.person_trips")).toBe(18);
    expect(listIndicators().length).toBeGreaterThanOrEqual(24);
    store.close();
  });
});
