import { describe, expect, it } from "vitest";
import { agreementsDormant } from "../../../../src/lib/report/proposals/agreements_dormant.ts";
import { agreementRow, fineReview } from "./reviewFixture.ts";

describe("agreements_dormant", () => {
  it("no dormant agreement proposes nothing", () => {
    expect(agreementsDormant.propose(fineReview(), {})).toBeNull();
  });

  it("K dormant agreements give the reinvigorate and termination lists from the portfolio review", () => {
    const data = fineReview({ "agreements.dormant": 2 });
    const named = (id: string) => ({ label: { vi: `Đối tác ${id}`, en: `Partner ${id}` } });
    data.agreements.rows = [
      agreementRow({
        ...named("A1"),
        agreement_id: "A1",
        state: "dormant",
        dormant: true,
        recommendation: "review_for_termination",
      }),
      agreementRow({
        ...named("A2"),
        agreement_id: "A2",
        state: "dormant",
        dormant: true,
        recommendation: "reinvigorate",
      }),
      agreementRow({ ...named("A3"), agreement_id: "A3", dormant: false, recommendation: "reinvigorate" }),
      agreementRow({ ...named("A4"), agreement_id: "A4", dormant: false, recommendation: "keep" }),
    ];
    const p = agreementsDormant.propose(data, {})!;
    expect(p).toMatchObject({ indicator: "agreements.dormant", value: 2, threshold: 0 });
    expect(p.finding.en).toBe(
      "2 agreements in force had no activity done and no delegation in the 12 months to 31/12/2030: Partner A1; Partner A2.",
    );
    expect(p.proposal.en).toBe(
      "Approve a list of agreements to reinvigorate (Partner A2; Partner A3), each with a lead unit and concrete activities, and a list to review for termination (Partner A1).",
    );
  });

  it("with nothing to reinvigorate or end, the proposal names no empty list", () => {
    const data = fineReview({ "agreements.dormant": 1 });
    data.agreements.rows = [agreementRow({ agreement_id: "A5", recommendation: "keep" })];
    const p = agreementsDormant.propose(data, {})!;
    expect(p.proposal.vi).not.toContain("(—)");
    expect(p.proposal.vi).not.toContain("()");
    expect(p.proposal.vi).toContain("rà soát từng thỏa thuận không hoạt động");
  });
});
