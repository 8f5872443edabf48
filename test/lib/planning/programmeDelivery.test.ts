import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programmeDelivery } from "../../../src/lib/planning/programmeDelivery.ts";
import type { Strategy } from "../../../src/data/planning/strategy.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";

let store: Store;
beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
  await store.run(`INSERT INTO partners VALUES
    ('P-LA', 'Luang Prabang', 'Luông Pha Băng', 'locality', 'LA', NULL, NULL),
    ('P-KR', 'Gyeongbuk', NULL, 'locality', 'KR', NULL, NULL)`);
  await store.run(`INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES
    ('AG-A', 'MOU A', 'P-LA', 'mou', DATE '2022-03-01', NULL, NULL, 'active', NULL),
    ('AG-B', 'MOU B', 'P-KR', 'mou', DATE '2023-05-01', NULL, NULL, 'active', NULL)`);
  // AG-A: two programme activities (one done in 2026, one cancelled), one other done in 2026;
  // AG-B: its last activity done on 10/01/2025, its programme activity due 30/06/2026 not done.
  await store.run(`INSERT INTO agreement_activities VALUES
    ('A1', 'AG-A', 'exchange', DATE '2026-03-31', 'done', DATE '2026-03-20', NULL, NULL),
    ('A2', 'AG-A', 'joint event', DATE '2026-09-30', 'cancelled', NULL, NULL, NULL),
    ('A3', 'AG-A', 'visit', DATE '2026-05-31', 'done', DATE '2026-06-02', NULL, NULL),
    ('A4', 'AG-A', 'training', DATE '2027-06-30', 'planned', NULL, NULL, NULL),
    ('B1', 'AG-B', 'fair', DATE '2025-01-15', 'done', DATE '2025-01-10', NULL, NULL),
    ('B2', 'AG-B', 'workers', DATE '2026-06-30', 'planned', NULL, NULL, NULL)`);
});
afterAll(() => store.close());

const strategy: Strategy = {
  plan_period: "2026-2030",
  title: { vi: "C", en: "S" },
  goals: [
    {
      id: "G1",
      title: { vi: "g", en: "g" },
      objectives: [{ id: "O1", title: { vi: "o", en: "o" }, targets: [] }],
    },
  ],
  roadmap: [],
  programmes: [
    { agreement_id: "AG-A", activities: ["A1", "A2", "A4"] },
    {
      agreement_id: "AG-B",
      activities: ["B2", { id: "B3", title: { vi: "mới", en: "new" }, due: "2027-03-31" }],
    },
  ],
};

describe("programmeDelivery", () => {
  it("counts a programme's activities due and done per year, cancelled ones excluded, and others done beside", async () => {
    const [a] = await programmeDelivery(store, strategy, { asOf: "2026-12-31" });
    expect(a!.partner).toBe("Luông Pha Băng");
    expect(a!.years.slice(0, 2)).toEqual([
      { year: 2026, planned: 1, delivered: 1, otherDone: 1 },
      { year: 2027, planned: 1, delivered: 0, otherDone: 0 },
    ]);
    expect(a!.lastDeliveredOn).toBe("2026-06-02");
    expect(a!.stalled).toBe(false);
    expect(a!.reason).toBeNull();
  });

  it("flags a programme with nothing done in the 12 months to the review date, with the last date and overdue count", async () => {
    const b = (await programmeDelivery(store, strategy, { asOf: "2026-07-01" }))[1]!;
    expect(b.stalled).toBe(true);
    expect(b.reason).toEqual({
      vi: "Không có kết quả nào trong 12 tháng đến ngày 01/07/2026: hoạt động gần nhất thực hiện ngày 10/01/2025; 1 hoạt động của chương trình đã quá hạn mà chưa thực hiện.",
      en: "No result delivered in the 12 months to 01/07/2026: the last activity was done on 10/01/2025; 1 of the programme's activities are overdue and not done.",
    });
    expect(b.years[1]).toEqual({ year: 2027, planned: 1, delivered: 0, otherDone: 0 });
  });

  it("the 12-month window is (asOf − 12 months, asOf]: done exactly 12 months before is stalled, a day later is not", async () => {
    const on = await programmeDelivery(store, strategy, { asOf: "2026-01-10" });
    expect(on[1]!.stalled).toBe(true);
    const dayBefore = await programmeDelivery(store, strategy, { asOf: "2026-01-09" });
    expect(dayBefore[1]!.stalled).toBe(false);
  });

  it("activities done after the review date do not count", async () => {
    const [a] = await programmeDelivery(store, strategy, { asOf: "2026-03-01" });
    expect(a!.years[0]).toEqual({ year: 2026, planned: 1, delivered: 0, otherDone: 0 });
    expect(a!.lastDeliveredOn).toBeNull();
    expect(a!.reason?.en).toBe("No activity done since signing on 01/03/2022.");
  });
});
