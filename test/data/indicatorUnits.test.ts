import { describe, expect, it } from "vitest";
import { indicatorUnitNames, indicatorUnitSchema, indicatorUnits } from "../../src/data/indicatorUnits.ts";
import { listIndicators } from "../../src/lib/indicators/registry.ts";

describe("the one unit list", () => {
  it("holds the unit of every built-in indicator", () => {
    for (const d of listIndicators()) expect(indicatorUnits).toContain(d.unit);
  });

  it("names every unit in Vietnamese and English", () => {
    expect(Object.keys(indicatorUnitNames).sort()).toEqual([...indicatorUnits].sort());
    for (const u of indicatorUnits) {
      expect(indicatorUnitNames[u].vi).not.toBe("");
      expect(indicatorUnitNames[u].en).not.toBe("");
    }
  });

  it("parses the listed units and refuses any other (a unit is added in one place or not at all)", () => {
    expect(indicatorUnitSchema.parse("persons")).toBe("persons");
    expect(indicatorUnitSchema.safeParse("EUR").success).toBe(false);
  });
});
