import { describe, expect, it } from "vitest";
import { dataQuality } from "../../../../src/lib/report/proposals/data_quality.ts";
import { fineReview } from "./reviewFixture.ts";

describe("data_quality", () => {
  it("warnings alone propose nothing; 4 errors propose correcting them before reporting", () => {
    expect(dataQuality.propose(fineReview(), {})).toBeNull();
    const data = fineReview();
    data.quality.errors = 4;
    expect(dataQuality.propose(data, {})).toMatchObject({ indicator: "checks", value: 4, threshold: 0 });
  });
});
