import { describe, expect, it } from "vitest";
import { investmentRegistrationsFell } from "../../../../src/lib/report/proposals/investment_registrations_fell.ts";
import { fineReview } from "./reviewFixture.ts";

describe("investment_registrations_fell", () => {
  it("as many registrations as last year, or no previous year, proposes nothing", () => {
    expect(investmentRegistrationsFell.propose(fineReview(), {})).toBeNull();
    expect(
      investmentRegistrationsFell.propose(
        fineReview({ "investment.registered": 7 }, { "investment.registered": null }),
        {},
      ),
    ).toBeNull();
  });

  it("7 after 9 proposes following up investors met, with both years' figures", () => {
    const p = investmentRegistrationsFell.propose(
      fineReview({ "investment.registered": 7 }, { "investment.registered": 9 }),
      {},
    )!;
    expect(p).toMatchObject({ value: 7, threshold: 9 });
    expect(p.finding.en).toBe("Investors met who registered fell from 9 (2029) to 7 (2030).");
  });
});
