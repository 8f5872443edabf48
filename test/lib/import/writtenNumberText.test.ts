import { describe, expect, it } from "vitest";
import { JsonNumber, parseJsonNumbersAsWritten } from "../../../src/lib/import/parseJsonNumbersAsWritten.ts";
import { writtenNumberText } from "../../../src/lib/import/writtenNumberText.ts";

describe("writtenNumberText", () => {
  it.each([
    ["1e-25", "0.0000000000000000000000001"],
    ["12345678901234567890", "12345678901234567890"],
    ["1.5E+3", "1500"],
    ["1e+21", "1000000000000000000000"],
    ["-0.50", "-0.5"],
    ["1.234", "1.2340"],
    ["1.234e0", "1.2340"],
    ["0", "0"],
    ["-0", "0"],
    ["0x1F", "0x1F"],
  ])("writes %s as %s, digit for digit", (written, plain) => {
    expect(writtenNumberText(written)).toBe(plain);
  });

  it("writes 5e-324 with all 324 decimals, so it reads back as the same double", () => {
    const text = writtenNumberText(String(5e-324));
    expect(text).toBe(`0.${"0".repeat(323)}5`);
    expect(Number(text)).toBe(5e-324);
  });
});

describe("parseJsonNumbersAsWritten", () => {
  it("keeps a 17-digit literal with a point in it (1234567.1234567891) as written, which JSON.parse rounds", () => {
    expect(String(JSON.parse("[1234567.1234567891]")[0])).not.toBe("1234567.1234567891");
    const [n] = parseJsonNumbersAsWritten('[1234567.1234567891, "1e5 is text", 3]') as unknown[];
    expect(n).toEqual(new JsonNumber("1234567.1234567891"));
  });

  it("leaves digits inside strings alone and gives short numbers as JSON.parse does", () => {
    const parsed = parseJsonNumbersAsWritten('[{"a": "12345678901234567890", "b": 1.5, "c": [1e-25, "x"]}]');
    expect(parsed).toEqual([{ a: "12345678901234567890", b: 1.5, c: [new JsonNumber("1e-25"), "x"] }]);
  });

  it("reports a syntax error as JSON.parse does for the file's own text", () => {
    expect(() => parseJsonNumbersAsWritten("[12345678901234567890,]")).toThrow(SyntaxError);
  });
});
