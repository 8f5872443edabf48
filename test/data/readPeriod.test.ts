// One parser reads every period someone gives: the command line (periodArg), the library's
// query (computeIndicators), a closure (parseClosablePeriod) and the report's --period.
import { describe, expect, it } from "vitest";
import { parseClosablePeriod } from "../../src/data/periodClosure.ts";
import { isPeriodOf, PeriodError, periodYears, readPeriod } from "../../src/data/readPeriod.ts";
import { periodArg } from "../../src/cli/argCheck.ts";
import { buildReviewData } from "../../src/lib/report/buildReviewData.ts";
import { computeIndicators } from "../../src/lib/indicators/computeIndicators.ts";
import { openStore } from "../../src/lib/store/openStore.ts";

function refusal(id: string, kinds?: Parameters<typeof readPeriod>[1]): PeriodError {
  try {
    readPeriod(id, kinds);
  } catch (e) {
    if (e instanceof PeriodError) return e;
    throw e;
  }
  throw new Error(`accepted: ${id}`);
}

describe("readPeriod, the one period parser", () => {
  it("reads each kind of period with its first and last day", () => {
    expect(readPeriod("2019")).toEqual({ id: "2019", kind: "year", start: "2019-01-01", end: "2019-12-31" });
    expect(readPeriod("2024H1")).toEqual({
      id: "2024H1",
      kind: "half",
      start: "2024-01-01",
      end: "2024-06-30",
    });
    expect(readPeriod("2024Q1")).toEqual({
      id: "2024Q1",
      kind: "quarter",
      start: "2024-01-01",
      end: "2024-03-31",
    });
    expect(readPeriod("2024-02")).toEqual({
      id: "2024-02",
      kind: "month",
      start: "2024-02-01",
      end: "2024-02-29",
    });
    expect(readPeriod("2026-2030")).toEqual({
      id: "2026-2030",
      kind: "plan",
      start: "2026-01-01",
      end: "2030-12-31",
    });
  });

  it("refuses what is not a period: 2019H3, 2019Q5, 2019-13, 2030-2026, 19, 2019h1, ' 2019'", () => {
    for (const id of ["2019H3", "2019Q5", "2019-13", "2030-2026", "19", "2019h1", " 2019", ""]) {
      expect(() => readPeriod(id), id).toThrow(PeriodError);
    }
  });

  it("holds years to 1900–2100, at both ends of a plan period", () => {
    expect(periodYears).toEqual({ first: 1900, last: 2100 });
    expect(readPeriod("1900").id).toBe("1900");
    expect(readPeriod("2100-12").id).toBe("2100-12");
    for (const id of ["1899", "2101", "0000", "1899Q4", "2099-2101", "1899-1905"]) {
      expect(() => readPeriod(id), id).toThrow(PeriodError);
    }
  });

  it("refuses a kind not allowed: a quarter where only years and halves are", () => {
    expect(readPeriod("2024H2", { kinds: ["year", "half"] }).kind).toBe("half");
    expect(() => readPeriod("2024Q1", { kinds: ["year", "half"] })).toThrow(PeriodError);
    expect(isPeriodOf("2024H1", ["year", "half"])).toBe(true);
    expect(isPeriodOf("2024Q1", ["year", "half"])).toBe(false);
    expect(isPeriodOf("2101", ["year"])).toBe(false);
  });

  it("says what it expected in Vietnamese and English, with the kinds and years allowed", () => {
    expect(refusal("2019Q5").text).toEqual({
      vi: "kỳ không hợp lệ «2019Q5»; cần năm (2019), nửa năm (2019H1), quý (2019Q1), tháng (2019-03) hoặc giai đoạn (2026-2030), năm từ 1900 đến 2100.",
      en: "invalid period «2019Q5»; expected a year (2019), half-year (2019H1), quarter (2019Q1), month (2019-03) or plan period (2026-2030), years 1900 to 2100.",
    });
    expect(refusal("2024Q1", { kinds: ["year", "half"] }).text).toEqual({
      vi: "kỳ không hợp lệ «2024Q1»; cần năm (2019) hoặc nửa năm (2019H1), năm từ 1900 đến 2100.",
      en: "invalid period «2024Q1»; expected a year (2019) or half-year (2019H1), years 1900 to 2100.",
    });
    expect(refusal("2101").message).toBe(refusal("2101").text.en);
  });
});

describe("every entry uses the one parser and its limits", () => {
  it("the review (buildReviewData) refuses a year the parser refuses, and a quarter as its period", async () => {
    const store = await openStore({ path: ":memory:" });
    try {
      await expect(buildReviewData(store, { year: 2101 })).rejects.toMatchObject({ exitCode: 2 });
      await expect(buildReviewData(store, { year: 2024, period: "2024Q1" })).rejects.toMatchObject({
        exitCode: 2,
      });
    } finally {
      store.close();
    }
  });

  it("the command line (periodArg) refuses what readPeriod refuses, with its words after the option", () => {
    expect(periodArg("--period", "2019Q1")).toBe("2019Q1");
    expect(() => periodArg("--period", "2101")).toThrow(`--period: ${refusal("2101").text.en}`);
    expect(() => periodArg("--from", "2019Q5")).toThrow(`--from: ${refusal("2019Q5").text.en}`);
  });

  it("computeIndicators refuses a year outside 1900–2100 as the command line does (exit code 2)", async () => {
    const store = await openStore({ path: ":memory:" });
    try {
      for (const query of [{ periods: ["2101"] }, { from: "1899", to: "1900" }, { periods: ["2019Q5"] }]) {
        const bad = query.periods?.[0] ?? query.from!;
        await expect(computeIndicators(store, query), bad).rejects.toMatchObject({
          exitCode: 2,
          text: refusal(bad).text,
        });
      }
      const ok = await computeIndicators(store, {
        periods: ["1900", "2100Q4"],
        indicators: ["delegations.inbound"],
      });
      expect(ok.rows.map((r) => r.period)).toEqual(["1900", "2100Q4"]);
    } finally {
      store.close();
    }
  });

  it("a closable period is a year or a half-year read by the same parser (lower-case h and spaces allowed)", () => {
    expect(parseClosablePeriod(" 2024h1 ").id).toBe("2024H1");
    expect(parseClosablePeriod("2024").kind).toBe("year");
    for (const id of ["2024Q1", "2024-03", "2026-2030", "1899", "2101H2"]) {
      expect(() => parseClosablePeriod(id), id).toThrow(`invalid closable period: ${id}`);
    }
  });
});
