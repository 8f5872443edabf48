import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultProposalThresholds, proposalRules, proposeActions } from "../../../src/lib/report/index.ts";
import { fineReview } from "./proposals/reviewFixture.ts";

const ruleDir = fileURLToPath(new URL("../../../src/lib/report/proposals/", import.meta.url));
const testDir = fileURLToPath(new URL("./proposals/", import.meta.url));

describe("proposeActions runs every proposal rule", () => {
  it("proposes nothing when no figure crosses a rule", () => {
    expect(proposeActions(fineReview())).toEqual([]);
  });

  it("lists the proposals in the registry's order, each with its rule's id", () => {
    const data = fineReview(
      { "investment.registered": 7, "aid.disbursement_rate": 0.3, "agreements.reported_on_time_rate": 0.5 },
      { "investment.registered": 9 },
    );
    data.quality.errors = 4;
    expect(proposeActions(data).map((p) => [p.id, p.value, p.threshold])).toEqual([
      ["agreements_reported_late", 0.5, 1],
      ["investment_registrations_fell", 7, 9],
      ["aid_disbursement_low", 0.3, 0.5],
      ["data_quality", 4, 0],
    ]);
  });

  it("a threshold given by name replaces that rule's default only", () => {
    const data = fineReview({ "aid.disbursement_rate": 0.3, "agreements.follow_through": 0.45 });
    expect(proposeActions(data).map((p) => p.id)).toEqual(["follow_through_low", "aid_disbursement_low"]);
    expect(proposeActions(data, { disbursementRateBelow: 0.2 }).map((p) => p.id)).toEqual([
      "follow_through_low",
    ]);
    expect(defaultProposalThresholds).toMatchObject({ disbursementRateBelow: 0.5, followThroughBelow: 0.5 });
  });

  it("every rule file is in the registry once, and has its own test file", () => {
    const ids = proposalRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(ruleDir)
      .filter((f) => /^[a-z_]+\.ts$/.test(f) && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...ids].sort());
    const tests = readdirSync(testDir).filter((f) => f.endsWith(".test.ts"));
    expect(tests.sort()).toEqual(ids.map((id) => `${id}.test.ts`).sort());
  });
});
