import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  isSectorCode,
  sectorCategories,
  sectorCategory,
  sectorName,
  sectors,
} from "../../src/data/sectors.ts";

describe("DAC sectors", () => {
  test("knows the 5-digit purpose codes of the IATI Sector codelist", () => {
    expect(isSectorCode("12220")).toBe(true); // Basic health care
    expect(isSectorCode("11110")).toBe(true); // first code of the list
    expect(isSectorCode("99820")).toBe(true); // last code of the list
    expect(isSectorCode("12264")).toBe(true); // COVID-19 control, added 2020
    expect(isSectorCode("15120")).toBe(true); // withdrawn, kept for older records
    expect(isSectorCode("11260")).toBe(true); // Lower secondary education, added 2020
  });
  test("rejects categories, made-up codes and padded text", () => {
    expect(isSectorCode("122")).toBe(false);
    expect(isSectorCode("12221")).toBe(false);
    expect(isSectorCode("99999")).toBe(false);
    expect(isSectorCode(" 12220")).toBe(false);
    expect(isSectorCode("")).toBe(false);
  });
  test("holds the 325 purpose codes of the June 2026 codelist and 50 categories, each code once", () => {
    expect(sectors).toHaveLength(325);
    expect(new Set(sectors.map((s) => s.code)).size).toBe(325);
    expect(sectorCategories).toHaveLength(50);
  });
  test("is the repository's copy of the IATI Sector.xml: the same codes, each with its English name, status and withdrawal date", () => {
    const xml = readFileSync(new URL("../fixtures/iati/codelists/Sector.xml", import.meta.url), "utf8");
    const items = [
      ...xml.matchAll(
        /<codelist-item ([^>]*)>\s*<code>(\d+)<\/code>\s*<name>\s*<narrative>([^<]*)<\/narrative>/g,
      ),
    ].map((m) => ({
      code: m[2],
      status: /status="(\w+)"/.exec(m[1]!)?.[1],
      withdrawnOn: /withdrawal-date="([\d-]+)"/.exec(m[1]!)?.[1],
      en: m[3]!.replace(/&amp;/g, "&").replace(/\s+/g, " ").trim(),
    }));
    expect(items).toHaveLength(325);
    expect(
      sectors.map((s) => ({ code: s.code, status: s.status, withdrawnOn: s.withdrawnOn, en: s.name.en })),
    ).toEqual(items.sort((a, b) => a.code!.localeCompare(b.code!)));
  });
  test("keeps the 30 withdrawn codes with their status, e.g. 15120 withdrawn on 28/02/2020", () => {
    expect(sectors.filter((s) => s.status === "withdrawn")).toHaveLength(30);
    expect(sectors.find((s) => s.code === "15120")).toMatchObject({
      status: "withdrawn",
      withdrawnOn: "2020-02-28",
    });
    expect(sectors.find((s) => s.code === "12220")).toMatchObject({ status: "active" });
    expect(sectors.find((s) => s.code === "12220")?.withdrawnOn).toBeUndefined();
  });
  test("names the codes added since 2020 in Vietnamese (written by hand in the generator)", () => {
    expect(sectorName("11260")).toBe("Giáo dục trung học cơ sở");
    expect(sectorName("11260", "en")).toBe("Lower secondary education");
    expect(sectorName("12264")).toBe("Phòng chống COVID-19");
  });
  test("every purpose code rolls up to a listed category with both names", () => {
    const categories = new Set(sectorCategories.map((c) => c.code));
    for (const s of sectors) {
      expect(s.code).toMatch(/^\d{5}$/);
      expect(categories.has(s.category)).toBe(true);
    }
    for (const c of sectorCategories) {
      expect(c.name.vi.length).toBeGreaterThan(0);
      expect(c.name.en.length).toBeGreaterThan(0);
    }
  });
  test("sectorCategory maps a purpose code to its 3-digit category", () => {
    expect(sectorCategory("12220")).toBe("122");
    expect(sectorCategory("14031")).toBe("140");
    expect(sectorCategory("23010")).toBe("230");
    expect(sectorCategory("72010")).toBe("720");
    expect(sectorCategory("99999")).toBeUndefined();
  });
  test("names categories in Vietnamese and English", () => {
    expect(sectorName("121")).toBe("Y tế tổng quát");
    expect(sectorName("121", "en")).toBe("Health, general");
    expect(sectorName("122")).toBe("Y tế cơ bản");
    expect(sectorName("122", "en")).toBe("Basic health");
    expect(sectorName("140")).toBe("Cấp nước và vệ sinh");
    expect(sectorName("140", "en")).toBe("Water supply and sanitation");
  });
  test("names purpose codes, falling back to English where no Vietnamese name is kept", () => {
    expect(sectorName("12220", "en")).toBe("Basic health care");
    expect(sectorName("12220")).toBe("Chăm sóc sức khỏe cơ bản");
    expect(sectorName("15121")).toBe("Foreign affairs");
    expect(sectorName("15121", "en")).toBe("Foreign affairs");
  });
  test("an unknown code is named by itself", () => {
    expect(sectorName("99999")).toBe("99999");
  });
});
