import { describe, expect, it } from "vitest";
import { aidDisbursementLow } from "../../../../src/lib/report/proposals/aid_disbursement_low.ts";
import { fineReview } from "./reviewFixture.ts";

describe("aid_disbursement_low", () => {
  const t = aidDisbursementLow.thresholds;
  it("disbursement of exactly 50% is not low; 30% is, with the threshold written", () => {
    expect(aidDisbursementLow.propose(fineReview({ "aid.disbursement_rate": 0.5 }), t)).toBeNull();
    const p = aidDisbursementLow.propose(fineReview({ "aid.disbursement_rate": 0.3 }), t)!;
    expect(p).toMatchObject({ value: 0.3, threshold: 0.5 });
    expect(p.finding.vi).toContain("chỉ đạt 30,0% (ngưỡng 50,0%)");
  });
});
