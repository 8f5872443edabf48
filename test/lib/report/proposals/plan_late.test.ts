import { describe, expect, it } from "vitest";
import { planLate } from "../../../../src/lib/report/proposals/plan_late.ts";
import { fineReview } from "./reviewFixture.ts";

describe("plan_late", () => {
  it("a plan approved early or on its due date is not late", () => {
    expect(planLate.propose(fineReview({ "plan.approval_delay_days": -3 }), {})).toBeNull();
    expect(planLate.propose(fineReview({ "plan.approval_delay_days": 0 }), {})).toBeNull();
  });

  it("one day after is late, and the proposal names the next plan's deadline", () => {
    const data = fineReview({ "plan.approval_delay_days": 1 });
    data.plan = { ...data.plan!, approved_on: "2030-01-01" };
    const p = planLate.propose(data, {})!;
    expect(p).toMatchObject({ indicator: "plan.approval_delay_days", value: 1, threshold: 0 });
    expect(p.finding.vi).toBe(
      "Kế hoạch đối ngoại năm 2030 được phê duyệt ngày 01/01/2030, chậm 1 ngày so với hạn 31/12/2029.",
    );
    expect(p.proposal.vi).toContain("kế hoạch năm 2032 trước ngày 31/12/2031");
  });

  it("a year without a plan fires nothing even with a delay figure", () => {
    const data = fineReview({ "plan.approval_delay_days": 5 });
    data.plan = null;
    expect(planLate.propose(data, {})).toBeNull();
  });
});
