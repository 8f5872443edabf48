import { describe, expect, it } from "vitest";
import {
  endOutlook,
  pathValue,
  progressStatus,
  targetProgress,
} from "../../../src/data/planning/progress.ts";
import type { Target } from "../../../src/data/planning/strategy.ts";

const plan = "2026-2030";
const linear: Target = {
  indicator: "delegations.inbound",
  direction: "up",
  baseline: { period: "2025", value: 3 },
  end: 8,
  path: "linear",
};
const compound: Target = {
  indicator: "aid.committed_usd",
  direction: "up",
  baseline: { period: "2025", value: 100 },
  end: 200,
  path: "compound",
};
const yearly: Target = {
  indicator: "plan.approval_delay_days",
  direction: "down",
  baseline: { period: "2025", value: 45 },
  yearly: { "2026": 30, "2027": 15, "2029": 0 },
};

describe("path values", () => {
  it("linear: 3 → 8 over 2025–2030 is 3 + 5·k/5: 4, 5, 6, 7, 8", () => {
    expect([2026, 2027, 2028, 2029, 2030].map((y) => pathValue(linear, y, plan))).toEqual([4, 5, 6, 7, 8]);
  });
  it("compound: 100 → 200 over 5 years is 100·2^(k/5): 2026 ≈ 114,87, 2028 ≈ 151,57, 2030 = 200", () => {
    expect(pathValue(compound, 2026, plan)).toBeCloseTo(114.8698355, 6);
    expect(pathValue(compound, 2028, plan)).toBeCloseTo(151.5716567, 6);
    expect(pathValue(compound, 2030, plan)).toBeCloseTo(200, 9);
  });
  it("yearly: as given; a missing year has no path", () => {
    expect(pathValue(yearly, 2027, plan)).toBe(15);
    expect(pathValue(yearly, 2028, plan)).toBeNull();
  });
  it("the baseline year gives the baseline; years before it or after the plan give null", () => {
    expect(pathValue(linear, 2025, plan)).toBe(3);
    expect(pathValue(linear, 2024, plan)).toBeNull();
    expect(pathValue(linear, 2031, plan)).toBeNull();
  });
  it("a linear end with no path given defaults to linear", () => {
    const t: Target = { indicator: "x", direction: "up", baseline: { period: "2025", value: 0 }, end: 10 };
    expect(pathValue(t, 2027, plan)).toBe(4);
  });
});

describe("status at each threshold boundary (default: at risk within 10%)", () => {
  it("up, path 100: 100 on track, 99,99 at risk, 90 at risk, 89,99 off track", () => {
    expect(progressStatus(120, 100, "up")).toBe("on_track");
    expect(progressStatus(100, 100, "up")).toBe("on_track");
    expect(progressStatus(99.99, 100, "up")).toBe("at_risk");
    expect(progressStatus(90, 100, "up")).toBe("at_risk");
    expect(progressStatus(0.9 * 100, 100, "up")).toBe("at_risk");
    expect(progressStatus(89.99, 100, "up")).toBe("off_track");
  });
  it("down, path 30 days: 30 on track, 33 at risk, 33,01 off track", () => {
    expect(progressStatus(20, 30, "down")).toBe("on_track");
    expect(progressStatus(30, 30, "down")).toBe("on_track");
    expect(progressStatus(33, 30, "down")).toBe("at_risk");
    expect(progressStatus(33.01, 30, "down")).toBe("off_track");
  });
  it("a path of 0 has no at-risk band", () => {
    expect(progressStatus(0, 0, "down")).toBe("on_track");
    expect(progressStatus(1, 0, "down")).toBe("off_track");
    expect(progressStatus(0, 0, "up")).toBe("on_track");
  });
  it("thresholds are configurable: with 25%, 75 of 100 is at risk and 74 off track", () => {
    expect(progressStatus(75, 100, "up", { atRisk: 0.25 })).toBe("at_risk");
    expect(progressStatus(74, 100, "up", { atRisk: 0.25 })).toBe("off_track");
  });
  it("a null actual or path is no data", () => {
    expect(progressStatus(null, 100, "up")).toBe("no_data");
    expect(progressStatus(5, null, "up")).toBe("no_data");
  });
});

describe("targetProgress", () => {
  it("lists every plan year with path, actual, ratio and status", () => {
    const rows = targetProgress(linear, plan, { "2026": 4, "2027": 4.5, "2028": 5 });
    expect(rows.map((r) => [r.year, r.path, r.actual, r.status])).toEqual([
      [2026, 4, 4, "on_track"],
      [2027, 5, 4.5, "at_risk"],
      [2028, 6, 5, "off_track"],
      [2029, 7, null, "no_data"],
      [2030, 8, null, "no_data"],
    ]);
    expect(rows[1]!.ratio).toBeCloseTo(0.9, 12);
  });
});

describe("endOutlook", () => {
  it("compares the end-year forecast with the end target, and says whether the target is inside the interval", () => {
    const o = endOutlook(linear, plan, { t: 2030, value: 7.5, lower: 6, upper: 9 });
    expect(o.target).toBe(8);
    expect(o.status).toBe("at_risk");
    expect(o.targetWithinInterval).toBe(true);
  });
});
