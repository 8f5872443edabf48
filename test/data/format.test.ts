import { formatLocale } from "d3-format";
import { timeFormatLocale } from "d3-time-format";
import { describe, expect, test } from "vitest";
import {
  enLocale,
  formatDate,
  formatDateLong,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  noData,
  viLocale,
  viTimeLocale,
} from "../../src/data/format.ts";

describe("formatNumber", () => {
  test("groups thousands with . and uses , for decimals in Vietnamese", () => {
    expect(formatNumber(1234567.89)).toBe("1.234.567,89");
    expect(formatNumber(1234567.89, { lang: "vi" })).toBe("1.234.567,89");
  });
  test("groups thousands with , and uses . for decimals in English", () => {
    expect(formatNumber(1234567.89, { lang: "en" })).toBe("1,234,567.89");
  });
  test("shows at most two decimals by default and drops trailing zeros", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(1234)).toBe("1.234");
    expect(formatNumber(2.456)).toBe("2,46");
  });
  test("digits fixes the number of decimals", () => {
    expect(formatNumber(1234.5, { digits: 2 })).toBe("1.234,50");
    expect(formatNumber(9.99, { digits: 0 })).toBe("10");
    expect(formatNumber(0.125, { digits: 2, lang: "en" })).toBe("0.13");
  });
  test("rounds the decimal value as written, half away from zero", () => {
    expect(formatNumber(1.005, { digits: 2 })).toBe("1,01");
    expect(formatNumber(-2.5, { digits: 0 })).toBe("-3");
  });
  test("writes negative numbers with a leading minus", () => {
    expect(formatNumber(-1234567.89)).toBe("-1.234.567,89");
    expect(formatNumber(-1234567.89, { lang: "en" })).toBe("-1,234,567.89");
  });
  test("writes zero as 0 and never as -0", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.001, { digits: 2 })).toBe("0,00");
  });
  test("reads BIGINT values from DuckDB", () => {
    expect(formatNumber(12345678901234567890n)).toBe("12.345.678.901.234.567.890");
  });
  test("a missing value reads as no data", () => {
    expect(formatNumber(null)).toBe("không có dữ liệu");
    expect(formatNumber(undefined, { lang: "en" })).toBe("no data");
    expect(formatNumber(Number.NaN)).toBe("không có dữ liệu");
    expect(formatNumber(Number.POSITIVE_INFINITY, { lang: "en" })).toBe("no data");
  });
  test("rejects a digits value that is not a small whole number", () => {
    expect(() => formatNumber(1, { digits: 1.5 })).toThrow(RangeError);
  });
});

describe("formatInteger", () => {
  test("rounds to a whole number with grouping", () => {
    expect(formatInteger(1234.5)).toBe("1.235");
    expect(formatInteger(1234.4, { lang: "en" })).toBe("1,234");
    expect(formatInteger(-1234567)).toBe("-1.234.567");
    expect(formatInteger(0)).toBe("0");
    expect(formatInteger(null)).toBe("không có dữ liệu");
  });
});

describe("formatPercent", () => {
  test("writes a fraction as a percentage with one decimal", () => {
    expect(formatPercent(0.596)).toBe("59,6%");
    expect(formatPercent(0.596, { lang: "en" })).toBe("59.6%");
    expect(formatPercent(0.59649)).toBe("59,6%");
    expect(formatPercent(0.59651)).toBe("59,7%");
  });
  test("digits sets the decimals of the percentage", () => {
    expect(formatPercent(0.5, { digits: 0 })).toBe("50%");
    expect(formatPercent(0.145, { digits: 0 })).toBe("15%");
    expect(formatPercent(1 / 3, { digits: 2 })).toBe("33,33%");
  });
  test("handles 0, 100%, above 100% and negative shares", () => {
    expect(formatPercent(0)).toBe("0,0%");
    expect(formatPercent(1)).toBe("100,0%");
    expect(formatPercent(12.345)).toBe("1.234,5%");
    expect(formatPercent(-0.052)).toBe("-5,2%");
  });
  test("an empty denominator reads as no data, never 0%", () => {
    expect(formatPercent(null)).toBe("không có dữ liệu");
    expect(formatPercent(null, { lang: "en" })).toBe("no data");
    expect(formatPercent(0 / 0)).toBe("không có dữ liệu");
  });
});

describe("formatMoney", () => {
  test("VND has no decimals and the dong sign in Vietnamese", () => {
    expect(formatMoney(1234567, "VND")).toBe("1.234.567 ₫");
    expect(formatMoney(1234567.6, "VND")).toBe("1.234.568 ₫");
    expect(formatMoney(-23162, "VND")).toBe("-23.162 ₫");
    expect(formatMoney(0, "VND")).toBe("0 ₫");
  });
  test("VND reads with its code in English", () => {
    expect(formatMoney(1234567, "VND", { lang: "en" })).toBe("1,234,567 VND");
  });
  test("USD keeps two decimals and its code", () => {
    expect(formatMoney(12345.67, "USD")).toBe("12.345,67 USD");
    expect(formatMoney(12345.67, "USD", { lang: "en" })).toBe("12,345.67 USD");
    expect(formatMoney(5950000, "USD")).toBe("5.950.000,00 USD");
    expect(formatMoney(-0.005, "USD")).toBe("-0,01 USD");
  });
  test("other currencies keep their ISO 4217 decimals", () => {
    expect(formatMoney(1500000.4, "JPY")).toBe("1.500.000 JPY");
    expect(formatMoney(99.5, "eur", { lang: "en" })).toBe("99.50 EUR");
  });
  test("a missing amount reads as no data", () => {
    expect(formatMoney(null, "USD")).toBe("không có dữ liệu");
    expect(formatMoney(undefined, "VND", { lang: "en" })).toBe("no data");
  });
});

describe("formatDate", () => {
  test("writes an ISO date as dd/mm/yyyy, zero-padded, in both languages", () => {
    expect(formatDate("2020-02-25")).toBe("25/02/2020");
    expect(formatDate("2020-02-25", { lang: "en" })).toBe("25/02/2020");
    expect(formatDate("2019-03-04")).toBe("04/03/2019");
  });
  test("reads a Date at UTC, as DuckDB returns DATE values", () => {
    expect(formatDate(new Date(Date.UTC(2020, 1, 25)))).toBe("25/02/2020");
    expect(formatDate(new Date(Date.UTC(2019, 11, 31)))).toBe("31/12/2019");
  });
  test("keeps the date of an ISO timestamp as written", () => {
    expect(formatDate("2020-02-25T23:30:00+07:00")).toBe("25/02/2020");
  });
  test("a missing date reads as no data", () => {
    expect(formatDate(null)).toBe("không có dữ liệu");
    expect(formatDate(undefined, { lang: "en" })).toBe("no data");
  });
  test("an impossible or malformed date is an error, not a guess", () => {
    expect(() => formatDate("2019-02-31")).toThrow("invalid date: 2019-02-31");
    expect(() => formatDate("25/02/2020")).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("formatDateLong", () => {
  test("writes the Vietnamese administrative form", () => {
    expect(formatDateLong("2020-02-25")).toBe("ngày 25 tháng 02 năm 2020");
    expect(formatDateLong("2020-02-25", "vi")).toBe("ngày 25 tháng 02 năm 2020");
  });
  test("pads days below 10 and months 1 and 2 only (Decree 30/2020)", () => {
    expect(formatDateLong("2020-03-05")).toBe("ngày 05 tháng 3 năm 2020");
    expect(formatDateLong("2021-01-09")).toBe("ngày 09 tháng 01 năm 2021");
    expect(formatDateLong("2019-12-31")).toBe("ngày 31 tháng 12 năm 2019");
  });
  test("writes day, month name and year in English", () => {
    expect(formatDateLong("2020-02-25", "en")).toBe("25 February 2020");
    expect(formatDateLong(new Date(Date.UTC(2020, 2, 5)), { lang: "en" })).toBe("5 March 2020");
  });
  test("a missing date reads as no data", () => {
    expect(formatDateLong(null, "en")).toBe("no data");
  });
});

describe("noData", () => {
  test("says no data in Vietnamese by default and in English on request", () => {
    expect(noData()).toBe("không có dữ liệu");
    expect(noData("en")).toBe("no data");
  });
});

describe("d3 locales", () => {
  test("viLocale makes d3-format write Vietnamese numbers and dong", () => {
    const f = formatLocale(viLocale);
    expect(f.format(",.2f")(1234567.891)).toBe("1.234.567,89");
    expect(f.format("$,.0f")(1234567)).toBe("1.234.567 ₫");
    expect(f.format(".1%")(0.596)).toBe("59,6%");
    expect(f.format(",d")(-1234)).toBe("-1.234");
  });
  test("enLocale matches formatMoney in English", () => {
    expect(formatLocale(enLocale).format("$,.0f")(1234567)).toBe("1,234,567 VND");
  });
  test("viTimeLocale writes dd/mm/yyyy and Vietnamese month names", () => {
    const t = timeFormatLocale(viTimeLocale);
    const d = new Date(2020, 1, 25);
    expect(t.format("%x")(d)).toBe("25/02/2020");
    expect(t.format("%B %Y")(d)).toBe("Tháng 2 2020");
    expect(t.format("%A")(d)).toBe("Thứ Ba");
  });
});
