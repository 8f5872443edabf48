import { describe, expect, test } from "vitest";
import { codeLabel, formatChange, formatFigure, formatPointChange } from "../../src/data/format.ts";
import { sectorName } from "../../src/data/sectors.ts";
import { valueLabel } from "../../src/dashboards/components/labels.ts";
import { recommendationLabels } from "../../src/data/planning/agreementReviewLabels.ts";
import { progressStatusLabels } from "../../src/data/planning/progress.ts";
import { milestoneStatusLabels } from "../../src/data/planning/roadmapStatus.ts";

describe("formatPointChange: the one percentage-point rule", () => {
  test("writes the sign and points in both languages", () => {
    expect(formatPointChange(0.052)).toBe("+5,2 điểm %");
    expect(formatPointChange(0.052, { lang: "en" })).toBe("+5.2 pp");
    expect(formatPointChange(-0.03)).toBe("-3,0 điểm %");
    expect(formatPointChange(0)).toBe("0,0 điểm %");
  });
  test("a missing change is no data, never NaN", () => {
    expect(formatPointChange(null)).toBe("không có dữ liệu");
    expect(formatPointChange(Number.NaN, { lang: "en" })).toBe("no data");
  });
  test("formatChange uses it for percent and the figure's unit otherwise", () => {
    expect(formatChange(0.5, "percent", "vi")).toBe("+50,0 điểm %");
    expect(formatChange(11, "count", "en")).toBe("+11");
    expect(formatChange(-3, "days", "en")).toBe("-3 days");
    expect(formatFigure(1, "days", "en")).toBe("1 day");
    expect(formatFigure(1234567, "VND", "vi")).toBe("1.234.567 ₫");
  });
});

describe("code labels have one home", () => {
  test("sector categories are the IATI codelist's names (121 is 'Y tế tổng quát')", () => {
    expect(codeLabel("sectorCategory", "121", "vi")).toBe("Y tế tổng quát");
    expect(codeLabel("sectorCategory", "121", "vi")).toBe(sectorName("121", "vi"));
    expect(valueLabel("sectorCategory", "311", "en")).toBe(sectorName("311", "en"));
  });
  test("the pages' recommendation, progress and milestone labels are the library's", () => {
    for (const [k, v] of Object.entries(recommendationLabels))
      expect(valueLabel("recommendation", k, "vi")).toBe(v.vi);
    for (const [k, v] of Object.entries(progressStatusLabels))
      expect(valueLabel("progress", k, "en")).toBe(v.en);
    for (const [k, v] of Object.entries(milestoneStatusLabels))
      expect(valueLabel("milestoneStatus", k, "vi")).toBe(v.vi);
  });
  test("countries by name, unknown codes as themselves, empty as not recorded", () => {
    expect(codeLabel("country", "LA", "vi")).toBe("Lào");
    expect(valueLabel("country", "JP", "en")).toBe("Japan");
    expect(codeLabel("purpose", "no_such_code", "en")).toBe("no_such_code");
    expect(valueLabel("direction", null, "vi")).toBe("(không ghi)");
  });
});
