import { describe, expect, it } from "vitest";
import {
  feasibility,
  predictiveDistribution,
  predictiveInterval,
  studentTQuantile,
} from "../../../../src/data/planning/forecast/index.ts";

// A random walk whose steps are +2 and −2 in turn: 100, 102, 100, 102, 100, 102 (t = 0…5).
// Backtest of naive (minTrain 3, horizon 1): origins after 3, 4 and 5 points forecast
// 100, 102, 100 against 102, 100, 102: errors +2, −2, +2, each over 1 year.
// Error scale per year s = √((4 + 4 + 4)/3) = 2, with m = 3 degrees of freedom.
// At t = 9 (h = 4 years after the last point) the value is 102 + 2·√4·T = 102 + 4·T, T ~ Student t(3).
const walk = [100, 102, 100, 102, 100, 102];

describe("feasibility on a hand-worked random walk", () => {
  const d = predictiveDistribution(walk, "naive", 9)!;

  it("the predictive distribution is 102 + 4·T, T Student t with 3 degrees of freedom", () => {
    expect(d.source).toBe("backtest");
    expect(d.mean).toBe(102);
    expect(d.scale).toBeCloseTo(4, 12);
    expect(d.df).toBe(3);
    expect(d.years).toBe(4);
  });

  it("reaching 102 (the point forecast) has probability 1/2", () => {
    expect(feasibility(d, 102, "up").probability).toBeCloseTo(0.5, 9);
    expect(feasibility(d, 102, "down").probability).toBeCloseTo(0.5, 9);
  });

  it("reaching 108 has probability 11,53%: a stretch", () => {
    // z = (108 − 102)/4 = 1,5. For 3 degrees of freedom the t CDF has a closed form:
    // F(z) = 1/2 + (1/π)·[ (z/√3)/(1 + z²/3) + atan(z/√3) ]
    // z/√3 = 0,866025; 1 + z²/3 = 1,75; (z/√3)/1,75 = 0,494872; atan(0,866025) = 0,713724
    // F(1,5) = 0,5 + (0,494872 + 0,713724)/π = 0,5 + 0,384711 = 0,884711
    // P(X ≥ 108) = 1 − 0,884711 = 0,115289
    const f = feasibility(d, 108, "up");
    expect(f.probability).toBeCloseTo(0.115289, 5);
    expect(f.flag).toBe("stretch");
  });

  it("a 'down' target of 108 (stay at or below) has probability 88,47%: realistic; of 110, too easy", () => {
    const f = feasibility(d, 108, "down");
    expect(f.probability).toBeCloseTo(0.884711, 5);
    expect(f.flag).toBe("realistic");
    // z = 2: F(2) = 0,5 + ((1,154701/2,333333) + atan(1,154701))/π = 0,5 + (0,494872 + 0,857072)/π = 0,930337
    const g = feasibility(d, 110, "down");
    expect(g.probability).toBeCloseTo(0.930337, 5);
    expect(g.flag).toBe("too_easy");
  });

  it("the bounds of the 80% interval are reached with probability 10% and 90%", () => {
    const { lower, upper } = predictiveInterval(d, 0.8);
    // t(3) at 0,9 is 1,6377 (tables): 102 ± 4·1,6377
    expect(upper).toBeCloseTo(102 + 4 * 1.6377, 3);
    expect(upper).toBeCloseTo(102 + 4 * studentTQuantile(0.9, 3), 9);
    expect(feasibility(d, upper, "up").probability).toBeCloseTo(0.1, 9);
    expect(feasibility(d, lower, "up").probability).toBeCloseTo(0.9, 9);
  });

  it("with one point there is no distribution; with three (no backtest error) the method's interval gives a normal one", () => {
    expect(predictiveDistribution([5], "naive", 3)).toBeNull();
    const d3 = predictiveDistribution([10, 12, 14], "naive", 4)!;
    // naive σ per year = √((4 + 4)/2) = 2; at h = 2 the 80% half-width is z·2·√2, so the scale is 2√2
    expect(d3.source).toBe("model");
    expect(d3.df).toBeNull();
    expect(d3.scale).toBeCloseTo(2 * Math.SQRT2, 9);
  });
});
