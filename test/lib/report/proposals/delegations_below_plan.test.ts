import { describe, expect, it } from "vitest";
import { delegationsBelowPlan } from "../../../../src/lib/report/proposals/delegations_below_plan.ts";
import { fineReview } from "./reviewFixture.ts";

function withPlan(figures: [string, number, number][]) {
  const data = fineReview();
  for (const [id, value, plan] of figures) {
    const h = data.headline.find((x) => x.indicator === id)!;
    Object.assign(h, { value, plan, planRatio: value / plan });
  }
  return data;
}

describe("delegations_below_plan", () => {
  it("inbound and outbound below 90% of the plan make one proposal with both figures and the lower share", () => {
    const p = delegationsBelowPlan.propose(
      withPlan([
        ["delegations.inbound", 8, 10],
        ["delegations.outbound", 3, 5],
      ]),
      delegationsBelowPlan.thresholds,
    )!;
    expect(p).toMatchObject({ indicator: "delegations.inbound", value: 0.6, threshold: 0.9 });
    expect(p.finding.vi).toBe(
      "Năm 2030, đoàn vào đạt 80,0% kế hoạch (8/10); đoàn ra đạt 60,0% kế hoạch (3/5).",
    );
  });

  it("exactly 90% of the plan, or no plan at all, proposes nothing", () => {
    const t = delegationsBelowPlan.thresholds;
    expect(delegationsBelowPlan.propose(withPlan([["delegations.inbound", 9, 10]]), t)).toBeNull();
    expect(delegationsBelowPlan.propose(fineReview(), t)).toBeNull();
  });
});
