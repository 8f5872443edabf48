// The agreements and aid pages must not grow with the records: the loaders
// count the agreements' activities by month and list the most recent aid
// projects, with every project in a CSV download. On the sample at scale 3
// (three times every record list), the grouped and capped data still give the
// figures the records give.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timelineOf, type AgreementsData } from "../../src/dashboards/components/agreementViews.ts";
import { agreementsDataset } from "../../src/dashboards/data/datasets/agreements.ts";
import { aidDataset, aidProjectsCsvDataset, projectsShown } from "../../src/dashboards/data/datasets/aid.ts";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../src/lib/store/openStore.ts";

let store: Store;
beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
  await loadSample(store, { scale: 3 });
}, 120_000);
afterAll(() => store.close());

describe("the agreements page's activities, counted by agreement, status and month", () => {
  it("add up to every activity of each agreement and status, in fewer groups than activities", async () => {
    const data = agreementsDataset.schema.parse(await agreementsDataset.build(store)) as AgreementsData;
    const raw = await store.all<{ agreement: string; status: string; n: bigint }>(
      "SELECT agreement_id AS agreement, status, count(*) AS n FROM agreement_activities GROUP BY ALL",
    );
    const counted = new Map<string, number>();
    for (const a of data.activities)
      counted.set(`${a.agreement}|${a.status}`, (counted.get(`${a.agreement}|${a.status}`) ?? 0) + a.count);
    expect(counted).toEqual(new Map(raw.map((r) => [`${r.agreement}|${r.status}`, Number(r.n)])));
    const total = raw.reduce((sum, r) => sum + Number(r.n), 0);
    expect(data.activities.length).toBeLessThan(total);
  });

  it("show as overdue, at each year's review date, exactly the activities not done or cancelled due before it", async () => {
    const data = agreementsDataset.schema.parse(await agreementsDataset.build(store)) as AgreementsData;
    let seen = 0;
    for (const year of data.years) {
      const reviews = data.reviews.filter((r) => r.year === year);
      if (reviews.length === 0) continue;
      const overdue = timelineOf(data, year, (n) => n)
        .filter((t) => t.status === "overdue")
        .reduce((sum, t) => sum + (t.count ?? 1), 0);
      const reviewed = new Set(reviews.map((r) => r.agreement));
      const due = await store.all<{ agreement: string; n: bigint }>(
        `SELECT agreement_id AS agreement, count(*) AS n FROM agreement_activities
          WHERE status NOT IN ('done', 'cancelled') AND due_on < CAST(? AS DATE) GROUP BY ALL`,
        [reviews[0]!.asOf],
      );
      const expected = due.filter((d) => reviewed.has(d.agreement)).reduce((sum, d) => sum + Number(d.n), 0);
      expect(overdue, year).toBe(expected);
      seen += overdue;
    }
    expect(seen, "overdue activities in some year").toBeGreaterThan(0);
  });
});

describe("the aid page's projects", () => {
  it(`list, for every year, the ${projectsShown} most recently approved up to it, and count all of them`, async () => {
    const data = aidDataset.schema.parse(await aidDataset.build(store));
    const all = await store.all<{ id: string; year: number }>(
      "SELECT project_id AS id, year(approved_on) AS year FROM v_aid_projects ORDER BY approved_on DESC, project_id",
    );
    expect(all.length).toBeGreaterThan(projectsShown);
    for (const year of data.years) {
      const upTo = all.filter((p) => p.year <= Number(year));
      expect(data.projectsUpTo[year], year).toBe(upTo.length);
      const shown = data.projects.filter((p) => p.approved.slice(0, 4) <= year).slice(0, projectsShown);
      expect(
        shown.map((p) => p.project),
        year,
      ).toEqual(upTo.slice(0, projectsShown).map((p) => p.id));
    }
    expect(data.projects.length).toBeLessThan(all.length);
  });

  it("are all in aidProjects.csv, one line each under a header in both languages, dates dd/mm/yyyy", async () => {
    const projects = aidProjectsCsvDataset.schema.parse(await aidProjectsCsvDataset.build(store));
    const text = aidProjectsCsvDataset.write!(projects);
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    const [count] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM v_aid_projects");
    expect(lines.length - 1).toBe(Number(count!.n));
    expect(lines[0]).toContain("Dự án / Project");
    expect(lines[1]).toMatch(/,\d{2}\/\d{2}\/\d{4},/);
  });
});
