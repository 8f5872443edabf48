import { describe, expect, it } from "vitest";
import { agreementsDormant } from "../../../../src/lib/report/proposals/agreements_dormant.ts";
import { agreementRow, fineReview } from "./reviewFixture.ts";

describe("agreements_dormant", () => {
  it("no agreement to reinvigorate or review proposes nothing; a new one (never dormant) neither", () => {
    expect(agreementsDormant.propose(fineReview(), {})).toBeNull();
    const data = fineReview();
    data.agreements.rows = [agreementRow({ agreement_id: "N1", state: "new", ageMonths: 3, activities: 0 })];
    expect(agreementsDormant.propose(data, {})).toBeNull();
  });

  it("dormant agreements and those behind their programme give the reinvigorate and termination lists, by name with the lead unit", () => {
    const data = fineReview({ "agreements.dormant": 2 });
    data.agreements.rows = [
      agreementRow({
        agreement_id: "A1",
        state: "dormant",
        dormant: true,
        recommendation: "review_for_termination",
      }),
      agreementRow({
        agreement_id: "A2",
        state: "dormant",
        dormant: true,
        recommendation: "reinvigorate",
        lead_unit: "Phòng HTQT",
      }),
      agreementRow({ agreement_id: "A3", recommendation: "reinvigorate" }),
      agreementRow({ agreement_id: "A4", recommendation: "keep" }),
    ];
    const p = agreementsDormant.propose(data, {})!;
    expect(p).toMatchObject({ indicator: "agreements.dormant", value: 2, threshold: 0 });
    expect(p.finding.en).toBe(
      "2 agreements dormant (no activity done and no delegation in the 12 months to 31/12/2030): p (Laos) · MOU 2020 A1, p (Laos) · MOU 2020 A2; 1 agreement to reinvigorate, behind its programme: p (Laos) · MOU 2020 A3.",
    );
    expect(p.proposal.en).toBe(
      "Approve a list of agreements to reinvigorate (p (Laos) · MOU 2020 A2 (lead: Phòng HTQT), p (Laos) · MOU 2020 A3), each with a lead unit and concrete activities; and a list of agreements to review for termination (p (Laos) · MOU 2020 A1), consulting the partner before deciding.",
    );
  });

  it("only a termination list: no empty reinvigorate list and no (—)", () => {
    const data = fineReview();
    data.agreements.rows = [
      agreementRow({
        agreement_id: "A1",
        state: "dormant",
        dormant: true,
        recommendation: "review_for_termination",
      }),
    ];
    const p = agreementsDormant.propose(data, {})!;
    expect(p.proposal.vi).not.toContain("thúc đẩy lại");
    expect(p.proposal.vi).not.toContain("—");
  });
});
