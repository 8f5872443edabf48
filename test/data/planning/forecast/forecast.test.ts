import { describe, expect, it } from "vitest";
import {
  backtest,
  chooseMethod,
  dampedSum,
  fitHoltDamped,
  holtFilter,
  fitLinearTrend,
  fitNaive,
  forecast,
  normalQuantile,
  periodTime,
  studentTQuantile,
  toSeries,
  yearFraction,
} from "../../../../src/data/planning/forecast/index.ts";

describe("time in years", () => {
  it("end of 2021 and end of 2023 are exactly 2 years apart", () => {
    expect(yearFraction("2021-12-31")).toBe(2022);
    expect(yearFraction("2023-12-31") - yearFraction("2021-12-31")).toBe(2);
  });
  it("30/06/2019 is 181/365 into 2019", () => {
    expect(yearFraction("2019-06-30")).toBeCloseTo(2019 + 181 / 365, 12);
  });
  it("period ids map to the start of the period", () => {
    expect(periodTime("2019")).toBe(2019);
    expect(periodTime("2019Q3")).toBe(2019.5);
    expect(periodTime("2019-04")).toBe(2019.25);
  });
  it("plain values become points at 0, 1, 2 and points are sorted", () => {
    expect(toSeries([5, 6])).toEqual([
      { t: 0, value: 5 },
      { t: 1, value: 6 },
    ]);
    expect(
      toSeries([
        { t: 3, value: 1 },
        { t: 1, value: 2 },
      ]).map((p) => p.t),
    ).toEqual([1, 3]);
  });
  it("two points at the same time are refused", () => {
    expect(() =>
      toSeries([
        { t: 1, value: 1 },
        { t: 1, value: 2 },
      ]),
    ).toThrow(/duplicate time/);
  });
});

describe("quantiles", () => {
  it("normal 0.9 quantile is 1.2816 and 0.975 is 1.96", () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815516, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
  });
  it("Student t quantiles match the tables (df 1: 3.0777, df 2: 1.8856, df 10: 1.3722 at 0.9)", () => {
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(3.077684, 5);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(1.885618, 5);
    expect(studentTQuantile(0.9, 10)).toBeCloseTo(1.372184, 5);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.570582, 5);
  });
});

describe("naive", () => {
  it("forecasts a constant exactly, with a zero-width interval", () => {
    const r = forecast([4, 4, 4, 4], { method: "naive", horizon: 3 });
    expect(r.points.map((p) => p.value)).toEqual([4, 4, 4]);
    expect(r.points.map((p) => [p.lower, p.upper])).toEqual([
      [4, 4],
      [4, 4],
      [4, 4],
    ]);
  });
  it("random-walk interval: σ² = Σ Δy²/Δt / (n−1), half-width z·σ·√h", () => {
    // steps +2 over 1 year and −2 over 4 years: σ² = (4/1 + 4/4)/2 = 2.5
    const m = fitNaive([
      { t: 0, value: 10 },
      { t: 1, value: 12 },
      { t: 5, value: 10 },
    ]);
    expect(m.sigma).toBeCloseTo(Math.sqrt(2.5), 12);
    const p = m.predict(9, 0.8); // h = 4
    expect(p.value).toBe(10);
    expect(p.upper! - p.value).toBeCloseTo(1.2815516 * Math.sqrt(2.5) * 2, 5);
  });
});

describe("linear trend", () => {
  it("forecasts a straight line exactly, with a zero-width interval", () => {
    const line = [0, 1, 2, 3, 4].map((i) => ({ t: 2020 + i, value: 5 + 3 * i }));
    const r = forecast(line, { method: "linear", horizon: 3 });
    expect(r.points.map((p) => p.t)).toEqual([2025, 2026, 2027]);
    r.points.forEach((p, i) => {
      expect(p.value).toBeCloseTo(20 + 3 * i, 9);
      expect(p.upper! - p.lower!).toBeCloseTo(0, 9);
    });
  });
  it("OLS on (0,1),(1,2),(2,4): slope 1.5, intercept 5/6, s = √(1/6)", () => {
    const m = fitLinearTrend(toSeries([1, 2, 4]));
    expect(m.params["slope"]).toBeCloseTo(1.5, 12);
    expect(m.params["intercept"]).toBeCloseTo(5 / 6, 12);
    // residuals 1/6, −1/3, 1/6 → SSE = 1/6, s = √(SSE/1)
    expect(m.sigma).toBeCloseTo(Math.sqrt(1 / 6), 12);
    // at t=3: half = t_{1,0.9}·s·√(1 + 1/3 + 4/2)
    const p = m.predict(3, 0.8);
    expect(p.value).toBeCloseTo(16 / 3, 12);
    expect(p.upper! - p.value).toBeCloseTo(3.077684 * Math.sqrt(1 / 6) * Math.sqrt(10 / 3), 4);
  });
  it("has no interval with only 2 points", () => {
    const p = forecast([1, 2], { method: "linear" }).points[0]!;
    expect(p.value).toBeCloseTo(3, 12);
    expect(p.lower).toBeNull();
  });
});

describe("Holt damped", () => {
  it("forecasts a constant exactly", () => {
    const r = forecast([7, 7, 7, 7, 7], { method: "holt", horizon: 4 });
    for (const p of r.points) expect(p.value).toBeCloseTo(7, 12);
  });
  it("damped trend multiplier D(h) = φ(1−φ^h)/(1−φ): D(2) at φ=0.9 is 1.71", () => {
    expect(dampedSum(0.9, 2)).toBeCloseTo(1.71, 12);
    expect(dampedSum(1, 2.5)).toBe(2.5);
  });
  it("yearly steps follow the textbook recursion: 10, 12, 15 with α=β=0,5, φ=0,9", () => {
    // ℓ0=10, b0=2; ŷ1=10+0,9·2=11,8, e=0,2, ℓ1=11,9, b1=0,5·1,9+0,5·0,9·2=1,85;
    // ŷ2=11,9+0,9·1,85=13,565, e=1,435, ℓ2=14,2825, b2=0,5·2,3825+0,5·0,9·1,85=2,02375
    const r = holtFilter(toSeries([10, 12, 15]), 0.5, 0.5, 0.9);
    expect(r.level).toBeCloseTo(14.2825, 12);
    expect(r.trend).toBeCloseTo(2.02375, 12);
    expect(r.sse).toBeCloseTo(0.04 + 1.435 ** 2, 12);
  });
  it("an irregular gap of 2 years uses D(2) = φ + φ² and a per-year trend", () => {
    // t = 0, 1, 3: step 2 has ŷ = 11,9 + 1,71·1,85 = 15,0635, e = −0,0635, ℓ = 15,03175,
    // b = 0,5·(15,03175 − 11,9)/2 + 0,5·0,81·1,85 = 1,5321875
    const r = holtFilter(
      [
        { t: 0, value: 10 },
        { t: 1, value: 12 },
        { t: 3, value: 15 },
      ],
      0.5,
      0.5,
      0.9,
    );
    expect(r.level).toBeCloseTo(15.03175, 12);
    expect(r.trend).toBeCloseTo(1.5321875, 12);
  });
  it("follows a straight line closely and damps it: the 10-year forecast is below the line", () => {
    const line = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => 10 + 2 * i);
    const m = fitHoltDamped(toSeries(line));
    expect(m.predict(8, 0.8).value).toBeCloseTo(26, 0);
    expect(m.predict(17, 0.8).value).toBeLessThan(44);
  });
});

describe("intervals widen with the horizon", () => {
  const series = [3, 5, 4, 7, 8, 7, 10, 12, 11, 14];
  for (const method of ["naive", "linear", "holt"] as const) {
    it(`${method}: width at h=1 < h=2 < h=5`, () => {
      const r = forecast(series, { method, horizon: 5 });
      const widths = r.points.map((p) => p.upper! - p.lower!);
      expect(widths[0]!).toBeLessThan(widths[1]!);
      expect(widths[1]!).toBeLessThan(widths[4]!);
    });
  }
  it("a wider level gives a wider interval", () => {
    const a = forecast(series, { method: "linear", level: 0.8 }).points[0]!;
    const b = forecast(series, { method: "linear", level: 0.95 }).points[0]!;
    expect(b.upper! - b.lower!).toBeGreaterThan(a.upper! - a.lower!);
  });
});

describe("backtest", () => {
  // Series 1, 2, 4, 7; minTrain 2, horizon 1: origins after 2 and 3 points.
  const results = backtest([1, 2, 4, 7], { minTrain: 2, horizon: 1, methods: ["naive", "linear"] });
  it("naive on 1,2,4,7: MAPE (50% + 3/7) / 2 = 46.43%, MASE (2/1 + 3/1.5)/2 = 2", () => {
    const naive = results.find((r) => r.method === "naive")!;
    expect(naive.forecasts.map((f) => f.predicted)).toEqual([2, 4]);
    expect(naive.mape).toBeCloseTo((50 + 300 / 7) / 2, 10);
    expect(naive.mase).toBeCloseTo(2, 12);
  });
  it("linear on 1,2,4,7: forecasts 3 and 16/3, MAPE (25% + (5/3)/7) / 2, MASE (1 + (5/3)/1.5) / 2", () => {
    const linear = results.find((r) => r.method === "linear")!;
    expect(linear.forecasts[0]!.predicted).toBeCloseTo(3, 12);
    expect(linear.forecasts[1]!.predicted).toBeCloseTo(16 / 3, 12);
    expect(linear.mape).toBeCloseTo((25 + (100 * 5) / 3 / 7) / 2, 10);
    expect(linear.mase).toBeCloseTo((1 + 5 / 3 / 1.5) / 2, 12);
  });
  it("chooseMethod picks the lower MASE (linear here)", () => {
    expect(chooseMethod([1, 2, 4, 7], { minTrain: 2, methods: ["naive", "linear"] }).method).toBe("linear");
  });
  it("on a tie the simpler method wins: a constant is forecast exactly by all, naive is chosen", () => {
    // flat training windows make MASE null; MAPE is 0 for all three → simplest
    const choice = chooseMethod([5, 5, 5, 5, 5]);
    expect(choice.backtests.every((b) => b.mape === 0)).toBe(true);
    expect(choice.method).toBe("naive");
  });
  it("forecast with method auto reports the choice", () => {
    const r = forecast([2, 4, 6, 8, 10, 12], { horizon: 2 });
    expect(r.method).toBe("linear");
    expect(r.choice?.method).toBe("linear");
    expect(r.points[1]!.value).toBeCloseTo(16, 9);
  });
});
