// The dashboards' font is declared from woff2 files (components/fontFaces.ts);
// the browser fetches a subset only for text in its unicode range, so the
// ranges must be the font package's own.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { fontSubsets, fontUnicodeRanges, fontWeights } from "../../src/dashboards/components/fontFaces.ts";

const dir = dirname(createRequire(import.meta.url).resolve("@fontsource/be-vietnam-pro/package.json"));

describe("the dashboards' font faces", () => {
  it("declare each subset with the unicode range @fontsource/be-vietnam-pro gives it", () => {
    const ranges = JSON.parse(readFileSync(join(dir, "unicode.json"), "utf8")) as Record<string, string>;
    for (const subset of fontSubsets) expect(fontUnicodeRanges[subset], subset).toBe(ranges[subset]);
  });

  it("cover every letter of Vietnamese (with its tone marks) in some subset's range", () => {
    const inRange = (cp: number) =>
      Object.values(fontUnicodeRanges).some((ranges) =>
        ranges.split(",").some((r) => {
          const [a, b] = r.replace(/^U\+/, "").split("-");
          return cp >= parseInt(a!, 16) && cp <= parseInt(b ?? a!, 16);
        }),
      );
    const letters =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ₫";
    for (const ch of letters + letters.toUpperCase()) expect(inRange(ch.codePointAt(0)!), ch).toBe(true);
  });

  it("name woff2 files the font package ships, for every subset and weight", () => {
    for (const subset of fontSubsets)
      for (const weight of fontWeights)
        expect(
          readFileSync(join(dir, "files", `be-vietnam-pro-${subset}-${weight}-normal.woff2`))
            .subarray(0, 4)
            .toString(),
        ).toBe("wOF2");
  });
});
