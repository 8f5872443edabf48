import { describe, expect, it } from "vitest";
import { agreementsExpired } from "../../../../src/lib/report/proposals/agreements_expired.ts";
import { agreementRow, fineReview } from "./reviewFixture.ts";

describe("agreements_expired", () => {
  it("no expired agreement proposes nothing", () => {
    expect(agreementsExpired.propose(fineReview(), {})).toBeNull();
  });

  it("an MOU expired on 14/01 before the report is named with its date; renewed when active, closed when not", () => {
    const data = fineReview();
    data.agreements.rows = [
      agreementRow({
        agreement_id: "E1",
        state: "expired",
        expiredOn: "2031-01-14",
        recommendation: "renew",
      }),
      agreementRow({
        agreement_id: "E2",
        state: "expired",
        expiredOn: "2031-02-01",
        recommendation: "close",
      }),
      agreementRow({ agreement_id: "K", recommendation: "keep" }),
    ];
    const p = agreementsExpired.propose(data, {})!;
    expect(p.value).toBe(2);
    expect(p.finding.vi).toBe(
      "2 thỏa thuận hết hạn sau ngày 31/12/2030, trước ngày báo cáo: p (Lào) · MOU 2020 E1 ngày 14/01/2031, p (Lào) · MOU 2020 E2 ngày 01/02/2031.",
    );
    expect(p.proposal.en).toBe(
      "Renew the agreements with recent activity (p (Laos) · MOU 2020 E1), each with a programme of activities for its next term; close the agreements without recent activity (p (Laos) · MOU 2020 E2) and inform the partners.",
    );
  });
});
