import { describe, expect, it } from "vitest";
import { agreementsReportedLate } from "../../../../src/lib/report/proposals/agreements_reported_late.ts";
import { fineReview } from "./reviewFixture.ts";

describe("agreements_reported_late", () => {
  const t = agreementsReportedLate.thresholds;
  it("every agreement reported in 15 days, or none signed, proposes nothing", () => {
    expect(agreementsReportedLate.propose(fineReview(), t)).toBeNull();
    expect(
      agreementsReportedLate.propose(
        fineReview({ "agreements.signed": 0, "agreements.reported_on_time_rate": 0 }),
        t,
      ),
    ).toBeNull();
  });

  it("one of two reported late proposes reporting within 15 days, with the count and the share", () => {
    const p = agreementsReportedLate.propose(fineReview({ "agreements.reported_on_time_rate": 0.5 }), t)!;
    expect(p).toMatchObject({ value: 0.5, threshold: 1 });
    expect(p.finding.vi).toBe(
      "Trong 2 thỏa thuận ký năm 2030, 50,0% được báo cáo trong 15 ngày kể từ ngày ký.",
    );
  });
});
