import { describe, expect, it } from "vitest";
import { followThroughLow } from "../../../../src/lib/report/proposals/follow_through_low.ts";
import { fineReview } from "./reviewFixture.ts";

describe("follow_through_low", () => {
  const t = followThroughLow.thresholds;
  it("follow-through of exactly 50% is not below the threshold; 49% proposes a programme per MOU", () => {
    expect(followThroughLow.propose(fineReview({ "agreements.follow_through": 0.5 }), t)).toBeNull();
    expect(followThroughLow.propose(fineReview({ "agreements.follow_through": 0.49 }), t)).toMatchObject({
      indicator: "agreements.follow_through",
      value: 0.49,
      threshold: 0.5,
    });
  });

  it("follow-through with no activity due (no data) fires nothing", () => {
    expect(followThroughLow.propose(fineReview({ "agreements.follow_through": null }), t)).toBeNull();
  });
});
