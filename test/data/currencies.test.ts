import { describe, expect, test } from "vitest";
import { isCurrencyCode } from "../../src/data/currencies.ts";

describe("isCurrencyCode", () => {
  test("accepts the ISO 4217 codes an office records", () => {
    for (const code of ["VND", "USD", "EUR", "JPY", "KRW", "LAK", "KHR", "CNY", "THB", "AUD"]) {
      expect(isCurrencyCode(code)).toBe(true);
    }
  });
  test("rejects lower case, unknown and long-dead codes", () => {
    expect(isCurrencyCode("vnd")).toBe(false);
    expect(isCurrencyCode("ABC")).toBe(false);
    expect(isCurrencyCode("DEM")).toBe(false);
    expect(isCurrencyCode("US")).toBe(false);
    expect(isCurrencyCode("")).toBe(false);
  });
});
