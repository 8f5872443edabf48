import type { Milestone, MilestoneStatus, Strategy } from "./strategy.ts";

/** A milestone as it stands at a date. */
export interface MilestoneState {
  milestone: Milestone;
  /** The status written in the file. */
  declared: MilestoneStatus;
  /**
   * The status at the review date: `late` when the due date has passed and the
   * milestone is neither done nor cancelled, else the declared status.
   */
  status: MilestoneStatus;
  /** Days past due (0 when not late). */
  daysLate: number;
  /** Dependencies not done yet (a milestone waiting on them cannot really start). */
  waitingOn: string[];
}

/** Bilingual labels of the milestone statuses. */
export const milestoneStatusLabels: Record<MilestoneStatus, { vi: string; en: string }> = {
  planned: { vi: "kế hoạch", en: "planned" },
  in_progress: { vi: "đang thực hiện", en: "in progress" },
  done: { vi: "hoàn thành", en: "done" },
  late: { vi: "chậm", en: "late" },
  cancelled: { vi: "hủy", en: "cancelled" },
};

const day = 86_400_000;

/**
 * The roadmap at a review date (ISO): each milestone's effective status, how
 * many days it is late, and which of its dependencies are not done. Pure,
 * browser-safe.
 */
export function roadmapStatus(strategy: Strategy, asOf: string): MilestoneState[] {
  const byId = new Map(strategy.roadmap.map((m) => [m.id, m]));
  return strategy.roadmap.map((m) => {
    const finished = m.status === "done" || m.status === "cancelled";
    const late = !finished && m.due < asOf;
    return {
      milestone: m,
      declared: m.status,
      status: late ? "late" : m.status,
      daysLate: late
        ? Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${m.due}T00:00:00Z`)) / day)
        : 0,
      waitingOn: m.depends_on.filter((id) => {
        const dep = byId.get(id);
        return dep !== undefined && dep.status !== "done" && dep.status !== "cancelled";
      }),
    };
  });
}
