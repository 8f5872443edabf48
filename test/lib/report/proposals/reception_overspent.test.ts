import { describe, expect, it } from "vitest";
import { receptionOverspent } from "../../../../src/lib/report/proposals/reception_overspent.ts";
import { fineReview } from "./reviewFixture.ts";

describe("reception_overspent", () => {
  it("a reception budget used exactly 100% proposes nothing", () => {
    expect(receptionOverspent.propose(fineReview({ "budget.reception_utilisation": 1 }), {})).toBeNull();
  });

  it("124% proposes raising it or moving it to the lead agency named in the data, with the amounts", () => {
    const data = fineReview({ "budget.reception_utilisation": 1.24 });
    data.receptionBudget = { allocatedVnd: 1_000_000_000, spentVnd: 1_240_000_000 };
    const p = receptionOverspent.propose(data, {})!;
    expect(p).toMatchObject({ value: 1.24, threshold: 1 });
    expect(p.finding.vi).toContain(
      "đã sử dụng 124,0% dự toán được giao (chi 1.240.000.000 ₫, được giao 1.000.000.000 ₫)",
    );
    expect(p.finding.en).toContain("(spent 1,240,000,000 VND, allocated 1,000,000,000 VND)");
    expect(p.proposal.vi).toContain("dự toán của Văn phòng UBND tỉnh");
    expect(p.proposal.en).toContain("budget of the Office of the Provincial People's Committee");
  });
});
