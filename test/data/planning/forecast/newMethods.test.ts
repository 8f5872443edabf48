import { describe, expect, it } from "vitest";
import {
  backtest,
  chooseMethod,
  fitCombination,
  fitCompoundTrend,
  fitHoltDamped,
  fitLinearTrend,
  fitNaive,
  forecast,
  naiveScale,
  selectionBacktest,
} from "../../../../src/data/planning/forecast/index.ts";

describe("compound growth (log-linear trend)", () => {
  it("forecasts a series growing 10% a year exactly: 100, 110, 121 → 133,1 and 146,41", () => {
    const r = forecast([100, 110, 121], { method: "compound", horizon: 2 });
    expect(r.params["growth"]).toBeCloseTo(0.1, 12);
    expect(r.points[0]!.value).toBeCloseTo(133.1, 9);
    expect(r.points[1]!.value).toBeCloseTo(146.41, 9);
    // exact fit: zero residuals, zero-width interval
    expect(r.points[1]!.upper! - r.points[1]!.lower!).toBeCloseTo(0, 9);
  });
  it("its interval is the log-scale interval taken back with e^x: asymmetric, above 0", () => {
    const model = fitCompoundTrend([
      { t: 0, value: 10 },
      { t: 1, value: 14 },
      { t: 2, value: 18 },
      { t: 3, value: 30 },
    ]);
    const p = model.predict(6, 0.8);
    expect(p.lower!).toBeGreaterThan(0);
    expect(p.upper! - p.value).toBeGreaterThan(p.value - p.lower!);
  });
  it("is not offered for a series with a zero or negative value", () => {
    expect(() =>
      fitCompoundTrend([
        { t: 0, value: 0 },
        { t: 1, value: 3 },
      ]),
    ).toThrow(/positive/);
    const [compound] = backtest([0, 1, 2, 3, 4], { methods: ["compound"] });
    expect(compound!.forecasts).toEqual([]);
    expect(chooseMethod([0, 1, 2, 3, 4, 5]).method).not.toBe("compound");
  });
});

describe("equal-weight combination", () => {
  it("is the mean of naive, linear, compound and Holt on a positive series of 4 points", () => {
    const series = [
      { t: 0, value: 10 },
      { t: 1, value: 13 },
      { t: 2, value: 15 },
      { t: 3, value: 19 },
    ];
    const members = [
      fitNaive(series),
      fitLinearTrend(series),
      fitCompoundTrend(series),
      fitHoltDamped(series),
    ];
    const expected = members.reduce((s, m) => s + m.predict(5, 0.8).value, 0) / 4;
    const combo = fitCombination(series);
    expect(combo.predict(5, 0.8).value).toBeCloseTo(expected, 12);
    expect(combo.params).toEqual({ naive: 1, linear: 1, compound: 1, holt: 1 });
  });
  it("leaves out compound when a value is 0, and Holt with 2 points", () => {
    const two = fitCombination([
      { t: 0, value: 0 },
      { t: 1, value: 4 },
    ]);
    expect(two.params).toEqual({ naive: 1, linear: 1, compound: 0, holt: 0 });
    // naive 4, linear 8 at t = 2
    expect(two.predict(2, 0.8).value).toBeCloseTo(6, 12);
  });
});

describe("irregular spacing", () => {
  it("a missing year counts by its length: 10, 12, (no 2022), 16 has naive error per year (2 + 4/2)/2 = 2", () => {
    const series = [
      { t: 2020, value: 10 },
      { t: 2021, value: 12 },
      { t: 2023, value: 16 },
    ];
    expect(naiveScale(series)).toBe(2);
    // a yearly-by-position reading would call the last step 4 and the scale 3
    const linear = fitLinearTrend(series);
    expect(linear.params["slope"]).toBeCloseTo(2, 12);
  });
  it("a backtest forecast across the missing year is scaled by Q·2: naive from 10, 12 to 16 in 2023 → 4 / (2·2) = 1", () => {
    const [naive] = backtest(
      [
        { t: 2020, value: 10 },
        { t: 2021, value: 12 },
        { t: 2023, value: 16 },
      ],
      { minTrain: 2, methods: ["naive"] },
    );
    expect(naive!.forecasts[0]!.years).toBe(2);
    expect(naive!.forecasts[0]!.scaledError).toBe(1);
  });
  it("mid-year figures are forecast at their own dates: a linear trend through 30/06 points predicts 31/12 on the line", () => {
    const series = [
      { t: 2019.5, value: 100 },
      { t: 2020.5, value: 110 },
      { t: 2021.5, value: 120 },
    ];
    const r = forecast(series, { method: "linear", at: [2023] });
    expect(r.points[0]!.value).toBeCloseTo(135, 9);
  });
});

describe("the backtest of choosing by backtest", () => {
  it("at each origin the method is chosen on the training window only", () => {
    const series = [2, 4, 6, 8, 10, 12, 14];
    const s = selectionBacktest(series);
    // origin 3: too few points to backtest → naive; from origin 4 the straight line wins
    expect(s.forecasts.map((f) => f.method)).toEqual(["naive", "linear", "linear", "linear"]);
    expect(s.forecasts[0]!.predicted).toBe(6);
    // naive error 2 over a step of 2: scaled 1; the linear forecasts are exact
    expect(s.mase).toBeCloseTo(1 / 4, 12);
  });
});
