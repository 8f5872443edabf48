import { describe, expect, it } from "vitest";
import { delegationsOffPlan } from "../../../../src/lib/report/proposals/delegations_off_plan.ts";
import { fineReview } from "./reviewFixture.ts";

describe("delegations_off_plan", () => {
  it("exactly 80% in the plan is not below the default threshold; 75% is", () => {
    const t = delegationsOffPlan.thresholds;
    expect(delegationsOffPlan.propose(fineReview({ "delegations.in_plan_rate": 0.8 }), t)).toBeNull();
    const p = delegationsOffPlan.propose(fineReview({ "delegations.in_plan_rate": 0.75 }), t)!;
    expect(p).toMatchObject({ indicator: "delegations.in_plan_rate", value: 0.75, threshold: 0.8 });
    expect(p.finding.vi).toBe(
      "Chỉ 75,0% số đoàn ra, đoàn vào năm 2030 nằm trong kế hoạch được phê duyệt (ngưỡng 80,0%).",
    );
    expect(p.finding.en).toBe(
      "Only 75.0% of the 2030 delegations were in the approved plan (threshold 80.0%).",
    );
  });

  it("a caller's threshold replaces the default", () => {
    expect(
      delegationsOffPlan.propose(fineReview({ "delegations.in_plan_rate": 0.75 }), { inPlanRateBelow: 0.7 }),
    ).toBeNull();
  });
});
