import { describe, expect, it } from "vitest";
import { agreementsDormant } from "../../../../src/lib/report/proposals/agreements_dormant.ts";
import { agreementRow, fineReview } from "./reviewFixture.ts";

describe("agreements_dormant", () => {
  it("no dormant agreement proposes nothing", () => {
    expect(agreementsDormant.propose(fineReview(), {})).toBeNull();
  });

  it("K dormant agreements give the reinvigorate and termination lists from the portfolio review", () => {
    const data = fineReview({ "agreements.dormant": 2 });
    data.agreements.rows = [
      agreementRow({
        agreement_id: "A1",
        state: "dormant",
        dormant: true,
        recommendation: "review_for_termination",
      }),
      agreementRow({ agreement_id: "A2", state: "dormant", dormant: true, recommendation: "reinvigorate" }),
      agreementRow({ agreement_id: "A3", dormant: false, recommendation: "reinvigorate" }),
      agreementRow({ agreement_id: "A4", dormant: false, recommendation: "keep" }),
    ];
    const p = agreementsDormant.propose(data, {})!;
    expect(p).toMatchObject({ indicator: "agreements.dormant", value: 2, threshold: 0 });
    expect(p.finding.en).toContain(": A1, A2.");
    expect(p.proposal.en).toBe(
      "Approve a list of agreements to reinvigorate (A2, A3), each with a lead unit and concrete activities, and a list to review for termination (A1).",
    );
  });
});
