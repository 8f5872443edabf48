import { describe, expect, it } from "vitest";
import { roadmapStatus } from "../../../src/data/planning/roadmapStatus.ts";
import { validateStrategy, type Strategy } from "../../../src/data/planning/strategy.ts";

function strategy(): Strategy {
  const t = (id: string) => ({ vi: id, en: id });
  const r = validateStrategy({
    plan_period: "2026-2030",
    title: t("S"),
    goals: [{ id: "G", title: t("G"), objectives: [{ id: "O", title: t("O") }] }],
    roadmap: [
      { id: "M1", title: t("M1"), owner: "A", due: "2026-06-30", status: "done" },
      { id: "M2", title: t("M2"), owner: "A", due: "2026-09-30", depends_on: ["M1"], status: "in_progress" },
      { id: "M3", title: t("M3"), owner: "B", due: "2027-03-31", depends_on: ["M2"] },
      { id: "M4", title: t("M4"), owner: "B", due: "2026-01-31", status: "cancelled" },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.strategy;
}

describe("roadmapStatus", () => {
  it("on 10/10/2026: M2 is 10 days late, M3 waits on M2, done and cancelled milestones are never late", () => {
    const rows = roadmapStatus(strategy(), "2026-10-10");
    expect(rows.map((r) => [r.milestone.id, r.declared, r.status, r.daysLate, r.waitingOn])).toEqual([
      ["M1", "done", "done", 0, []],
      ["M2", "in_progress", "late", 10, []],
      ["M3", "planned", "planned", 0, ["M2"]],
      ["M4", "cancelled", "cancelled", 0, []],
    ]);
  });
  it("on the due date itself a milestone is not yet late", () => {
    expect(roadmapStatus(strategy(), "2026-09-30")[1]!.status).toBe("in_progress");
  });
});
