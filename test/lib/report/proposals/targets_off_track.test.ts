import { describe, expect, it } from "vitest";
import { targetsOffTrack } from "../../../../src/lib/report/proposals/targets_off_track.ts";
import type { TargetRow } from "../../../../src/lib/report/index.ts";
import { fineReview } from "./reviewFixture.ts";

const target = (id: string, status: TargetRow["status"]): TargetRow => ({
  id,
  goal: { vi: "Mục tiêu", en: "Goal" },
  indicator: "delegations.inbound",
  label: { vi: "Đoàn vào", en: "Inbound delegations" },
  unit: "count",
  where: {},
  direction: "up",
  path: 10,
  actual: status === "off_track" ? 5 : 10,
  status,
  outlook: null,
});

describe("targets_off_track", () => {
  it("no strategy, or targets at risk only, proposes nothing", () => {
    expect(targetsOffTrack.propose(fineReview(), {})).toBeNull();
    const data = fineReview();
    data.strategy.targets = [target("T1", "at_risk")];
    expect(targetsOffTrack.propose(data, {})).toBeNull();
  });

  it("two targets off track are named, and asked about in the next year's first quarter", () => {
    const data = fineReview();
    data.strategy.targets = [target("T1", "off_track"), target("T2", "on_track"), target("T3", "off_track")];
    const p = targetsOffTrack.propose(data, {})!;
    expect(p).toMatchObject({ indicator: "strategy", value: 2, threshold: 0 });
    expect(p.finding.vi).toBe("2 chỉ tiêu chiến lược chậm tiến độ năm 2030: T1, T3.");
    expect(p.proposal.en).toContain("first quarter of 2031");
  });
});
