import { describe, expect, it } from "vitest";
import { agreementsWithoutProgramme } from "../../../../src/lib/report/proposals/agreements_without_programme.ts";
import { agreementRow, fineReview } from "./reviewFixture.ts";

describe("agreements_without_programme", () => {
  it("an agreement 12 months old with no activity at all needs a programme; 11 months old does not yet", () => {
    const t = agreementsWithoutProgramme.thresholds;
    const data = fineReview();
    data.agreements.rows = [agreementRow({ agreement_id: "B1", ageMonths: 11, activities: 0 })];
    expect(agreementsWithoutProgramme.propose(data, t)).toBeNull();
    data.agreements.rows = [agreementRow({ agreement_id: "B1", ageMonths: 12, activities: 0 })];
    const p = agreementsWithoutProgramme.propose(data, t)!;
    expect(p).toMatchObject({ indicator: "agreement_activities", value: 1, threshold: 0 });
    expect(p.proposal.vi).toBe(
      "Xây dựng chương trình hoạt động cho thỏa thuận p (Lào) · MOU 2020 B1: hoạt động, thời hạn, đơn vị chủ trì.",
    );
  });

  it("an expired agreement without a programme is not asked for one (it is renewed or closed instead)", () => {
    const data = fineReview();
    data.agreements.rows = [
      agreementRow({
        agreement_id: "B2",
        ageMonths: 30,
        activities: 0,
        state: "expired",
        recommendation: "close",
      }),
    ];
    expect(agreementsWithoutProgramme.propose(data, agreementsWithoutProgramme.thresholds)).toBeNull();
  });
});
