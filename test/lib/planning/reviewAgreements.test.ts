import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assessAgreement,
  monthsBetween,
  reviewAgreements,
  type AgreementReview,
} from "../../../src/lib/planning/reviewAgreements.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { join } from "node:path";
import { tempDir } from "../../helpers/fixtures.ts";
import { runCli } from "../../helpers/runCli.ts";

const asOf = "2025-12-31";
let store: Store;
let reviews: AgreementReview[];
const byId = (id: string) => reviews.find((r) => r.agreement_id === id)!;

beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
  await store.run(`INSERT INTO partners (partner_id, name, kind, country) VALUES
    ('P-LA', 'Luang Prabang', 'locality', 'LA'), ('P-KR', 'Gyeongsangbuk-do', 'locality', 'KR'), ('P-TH', 'Udon Thani', 'locality', 'TH')`);
  await store.run(`INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, status) VALUES
    ('A-OK', 'MOU Luang Prabang', 'P-LA', 'mou', DATE '2022-10-14', DATE '2027-10-13', 'active'),
    ('A-DORM', 'MOU Udon Thani', 'P-TH', 'mou', DATE '2018-03-14', NULL, 'active'),
    ('A-LATE', 'MOU Gyeongsangbuk', 'P-KR', 'mou', DATE '2023-05-16', DATE '2028-05-15', 'active'),
    ('A-OLD', 'Old agreement', 'P-LA', 'agreement', DATE '2015-04-09', DATE '2020-04-08', 'expired')`);
  await store.run(`INSERT INTO agreement_activities (activity_id, agreement_id, title, due_on, status, done_on) VALUES
    ('H1', 'A-OK', 'Students', DATE '2023-06-30', 'done', DATE '2023-06-20'),
    ('H2', 'A-OK', 'Visit', DATE '2024-06-30', 'done', DATE '2024-06-25'),
    ('H3', 'A-OK', 'Training', DATE '2025-06-30', 'done', DATE '2025-07-15'),
    ('H4', 'A-OK', 'Fair', DATE '2026-06-30', 'planned', NULL),
    ('H5', 'A-OK', 'Dropped', DATE '2025-03-31', 'cancelled', NULL),
    ('D1', 'A-DORM', 'Trade week', DATE '2018-12-31', 'done', DATE '2019-02-15'),
    ('D2', 'A-DORM', 'Tourism forum', DATE '2019-12-31', 'planned', NULL),
    ('D3', 'A-DORM', 'Exchange', DATE '2020-06-30', 'cancelled', NULL),
    ('L1', 'A-LATE', 'Conference', DATE '2024-03-31', 'done', DATE '2024-05-20'),
    ('L2', 'A-LATE', 'Workers', DATE '2025-03-31', 'in_progress', NULL),
    ('L3', 'A-LATE', 'Teachers', DATE '2025-09-30', 'done', DATE '2025-09-15'),
    ('L4', 'A-LATE', 'Forum', DATE '2025-11-30', 'planned', NULL)`);
  await store.run(`INSERT INTO delegations (delegation_id, direction, start_on, end_on, country, agreement_id, level, purpose, members, in_plan) VALUES
    ('DL1', 'inbound', DATE '2025-11-20', DATE '2025-11-23', 'LA', 'A-OK', 'department', 'cooperation', 6, true),
    ('DL2', 'outbound', DATE '2019-05-10', DATE '2019-05-14', 'TH', 'A-DORM', 'department', 'trade', 5, true)`);
  await store.run(`INSERT INTO investment_contacts (contact_id, company, country, first_contact_on, channel, registered_on) VALUES
    ('C1', 'Lao Agro', 'LA', DATE '2023-05-01', 'inbound_visit', DATE '2024-01-10'),
    ('C2', 'Daegu Parts', 'KR', DATE '2023-08-01', 'conference', NULL),
    ('C3', 'Seoul Tech', 'KR', DATE '2022-01-01', 'embassy', DATE '2022-06-01')`);
  await store.run(`INSERT INTO ngos (ngo_id, name, country) VALUES ('N1', 'Hanul Sharing', 'KR')`);
  await store.run(`INSERT INTO aid_projects (project_id, ngo_id, title, sector, approved_on, committed_amount, currency, status) VALUES
    ('AP1', 'N1', 'Clinic', '12220', DATE '2024-04-01', 100000, 'USD', 'ongoing'),
    ('AP2', 'N1', 'School', '11220', DATE '2024-05-01', 50000, 'USD', 'cancelled')`);
  reviews = await reviewAgreements(store, { asOf });
});
afterAll(() => store.close());

describe("MOU portfolio review at 31/12/2025", () => {
  it("reviews the agreements in force only: the expired one is left out", () => {
    expect(reviews.map((r) => r.agreement_id)).toEqual(["A-DORM", "A-LATE", "A-OK"]);
  });

  it("healthy: 3/3 due done, 2/3 on time, delegation 1 month ago → score round(100·(0,5 + 0,2·2/3 + 0,3)) = 93, keep", () => {
    const r = byId("A-OK");
    expect(r.ageMonths).toBe(38);
    expect(r.activities).toEqual({
      total: 4,
      due: 3,
      doneOfDue: 3,
      done: 3,
      doneOnTime: 2,
      overdue: 0,
      done12m: 1,
    });
    expect(r.lastActivityOn).toBe("2025-11-20");
    expect(r.monthsSinceActivity).toBe(1);
    expect(r.dormant).toBe(false);
    expect(r.components).toEqual({ followThrough: 1, onTime: 2 / 3, recency: 1 });
    expect(r.score).toBe(93);
    expect(r.recommendation).toBe("keep");
    expect(r.links).toMatchObject({
      delegations: 1,
      delegations12m: 1,
      investmentContacts: 1,
      investmentRegistered: 1,
      aidProjects: 0,
    });
    expect(r.reasons.map((x) => x.en)).toEqual([
      "3 of 3 activities due are done (100.0%)",
      "2 of 3 activities done on time",
      "last activity on 20/11/2025",
    ]);
  });

  it("dormant: 1/2 due done (late), last delegation 05/2019 (79 months) → score round(100·(0,25 + 0 + 0)) = 25, review for termination", () => {
    const r = byId("A-DORM");
    expect(r.ageMonths).toBe(93);
    expect(r.activities).toEqual({
      total: 2,
      due: 2,
      doneOfDue: 1,
      done: 1,
      doneOnTime: 0,
      overdue: 1,
      done12m: 0,
    });
    expect(r.lastActivityOn).toBe("2019-05-10");
    expect(r.monthsSinceActivity).toBe(79);
    expect(r.dormant).toBe(true);
    expect(r.components).toEqual({ followThrough: 0.5, onTime: 0, recency: 0 });
    expect(r.score).toBe(25);
    expect(r.recommendation).toBe("review_for_termination");
    expect(r.reasons[0]).toEqual({
      vi: "không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng qua (lần gần nhất 10/05/2019)",
      en: "no activity done and no delegation in the last 12 months (last on 10/05/2019)",
    });
    expect(r.reasons.at(-1)!.en).toBe("signed 93 months ago, score 25/100 (below 40)");
  });

  it("late: 2/4 due done, 1/2 on time, 2 overdue, last done 3 months ago → score round(100·(0,25 + 0,1 + 0,3)) = 65, reinvigorate", () => {
    const r = byId("A-LATE");
    expect(r.ageMonths).toBe(31);
    expect(r.activities).toEqual({
      total: 4,
      due: 4,
      doneOfDue: 2,
      done: 2,
      doneOnTime: 1,
      overdue: 2,
      done12m: 1,
    });
    expect(r.monthsSinceActivity).toBe(3);
    expect(r.dormant).toBe(false);
    expect(r.score).toBe(65);
    expect(r.recommendation).toBe("reinvigorate");
    expect(r.reasons.map((x) => x.vi)).toContain("2 hoạt động quá hạn chưa hoàn thành");
    expect(r.reasons.at(-1)!.vi).toBe("2/4 hoạt động đến hạn bị quá hạn (từ 1/5 trở lên)");
    // links from the partner's country since signing: C3 (met before signing) and AP2 (cancelled) are left out
    expect(r.links).toMatchObject({
      investmentContacts: 1,
      investmentRegistered: 0,
      aidProjects: 1,
      aidCommittedUsd: 100000,
    });
  });

  it("scope 'all' includes the expired agreement", async () => {
    const all = await reviewAgreements(store, { asOf, scope: "all" });
    expect(all.map((r) => r.agreement_id)).toEqual(["A-DORM", "A-LATE", "A-OK", "A-OLD"]);
  });
});

describe("doingoai agreements review", () => {
  it("prints a table and JSON for the same agreements; no database is exit code 4", async () => {
    const dir = tempDir();
    const db = join(dir, "r.duckdb");
    const file = await openStore({ path: db });
    await file.run(
      `INSERT INTO partners (partner_id, name, kind, country) VALUES ('P-TH', 'Udon Thani', 'locality', 'TH')`,
    );
    await file.run(
      `INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, status) VALUES ('A-DORM', 'MOU Udon Thani', 'P-TH', 'mou', DATE '2018-03-14', 'active')`,
    );
    file.close();
    const table = await runCli(["agreements", "review", "--as-of", asOf, "--db", db, "--lang", "en"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("review for termination");
    expect(table.stdout).toContain("no concrete programme of activities");
    const json = await runCli(["agreements", "review", "--as-of", asOf, "--db", db, "--format", "json"]);
    const rows = JSON.parse(json.stdout) as AgreementReview[];
    expect(rows.map((r) => [r.agreement_id, r.score, r.recommendation])).toEqual([
      ["A-DORM", 0, "review_for_termination"],
    ]);
    const missing = await runCli(["agreements", "review", "--db", join(dir, "none.duckdb")]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain("Chưa có cơ sở dữ liệu");
    expect((await runCli(["agreements", "review", "--format", "xml", "--db", db])).code).toBe(2);
  });
});

describe("assessAgreement rules", () => {
  const young = {
    agreement_id: "A-NEW",
    title: "New MOU",
    partner_id: "P",
    partner_name: null,
    country: "JP",
    kind: "mou",
    status: "active",
    signed_on: "2025-09-01",
    expires_on: null,
    as_of: asOf,
    activities: { total: 0, due: 0, doneOfDue: 0, done: 0, doneOnTime: 0, overdue: 0, done12m: 0 },
    lastDoneOn: null,
    links: {
      delegations: 0,
      delegations12m: 0,
      lastDelegationOn: null,
      investmentContacts: 0,
      investmentRegistered: 0,
      aidProjects: 0,
      aidCommittedUsd: 0,
    },
  };
  it("a 3-month-old agreement with nothing yet scores 0,5·0,5 + 0,2·0,5 + 0,3·1 = 65 and is kept", () => {
    const r = assessAgreement(young);
    expect(r.score).toBe(65);
    expect(r.recommendation).toBe("keep");
    expect(r.reasons[0]!.en).toBe("recently signed, no activity due yet");
  });
  it("the same agreement two years on with no programme scores 0 and is reviewed for termination", () => {
    const r = assessAgreement({ ...young, as_of: "2027-09-01" });
    expect(r.ageMonths).toBe(24);
    expect(r.score).toBe(0);
    expect(r.recommendation).toBe("review_for_termination");
    expect(r.reasons.map((x) => x.en)).toContain("no concrete programme of activities");
  });
  it("recency is linear between 6 and 24 months: 15 months → (24 − 15)/18 = 0,5", () => {
    const r = assessAgreement({ ...young, signed_on: "2020-01-01", lastDoneOn: "2024-09-30" });
    expect(r.monthsSinceActivity).toBe(15);
    expect(r.components.recency).toBe(0.5);
  });
  it("dormant for 36 months or more is reviewed for termination even with a score of 40 or more", () => {
    // 4/4 due done, all on time, last done 40 months ago: 0,5 + 0,2 + 0 → 70
    const r = assessAgreement({
      ...young,
      signed_on: "2018-01-01",
      activities: { total: 4, due: 4, doneOfDue: 4, done: 4, doneOnTime: 4, overdue: 0, done12m: 0 },
      lastDoneOn: "2022-08-31",
    });
    expect(r.monthsSinceActivity).toBe(40);
    expect(r.score).toBe(70);
    expect(r.recommendation).toBe("review_for_termination");
    expect(r.reasons.at(-1)!.en).toBe("40 months without activity (36 or more), score 70/100");
  });
  it("one overdue activity in ten does not stop a healthy agreement being kept; two in ten asks to reinvigorate", () => {
    const healthy = {
      ...young,
      signed_on: "2020-01-01",
      activities: { total: 10, due: 10, doneOfDue: 9, done: 9, doneOnTime: 9, overdue: 1, done12m: 3 },
      lastDoneOn: "2025-11-30",
    };
    expect(assessAgreement(healthy).recommendation).toBe("keep");
    const r = assessAgreement({
      ...healthy,
      activities: { ...healthy.activities, doneOfDue: 8, done: 8, doneOnTime: 8, overdue: 2 },
    });
    expect(r.score).toBe(90);
    expect(r.recommendation).toBe("reinvigorate");
    expect(r.reasons.at(-1)!.en).toBe("2 of 10 activities due are overdue (a fifth or more)");
  });
  it("a new MOU (11 months old, nothing done in 12 months) is new and kept, never dormant or to reinvigorate", () => {
    const r = assessAgreement({ ...young, signed_on: "2025-01-01" });
    expect(r.ageMonths).toBe(11);
    expect(r.score).toBeLessThan(60);
    expect([r.state, r.dormant, r.recommendation]).toEqual(["new", false, "keep"]);
  });
  it("the same MOU at 12 months with nothing done is dormant and to reinvigorate", () => {
    const r = assessAgreement({ ...young, signed_on: "2024-12-31" });
    expect(r.ageMonths).toBe(12);
    expect([r.state, r.dormant, r.recommendation]).toEqual(["dormant", true, "reinvigorate"]);
  });
  it("an MOU in force at 31/12 that expires on 14/01 before a report of 25/02 is expired with its date; renewed when it was active", () => {
    const facts = {
      ...young,
      signed_on: "2020-01-15",
      expires_on: "2026-01-14",
      reported_on: "2026-02-25",
      activities: { total: 4, due: 4, doneOfDue: 4, done: 4, doneOnTime: 4, overdue: 0, done12m: 1 },
      lastDoneOn: "2025-10-01",
    };
    const r = assessAgreement(facts);
    expect([r.state, r.expiredOn, r.recommendation]).toEqual(["expired", "2026-01-14", "renew"]);
    expect(r.reasons[0]!.vi).toBe("hết hạn ngày 14/01/2026");
    // without the report date it is still in force at 31/12 (and its expiry within 6 months is a reason)
    const inForce = assessAgreement({ ...facts, reported_on: "2025-12-31" });
    expect([inForce.state, inForce.recommendation]).toEqual(["active", "keep"]);
    expect(inForce.reasons.map((x) => x.en)).toContain("expires on 14/01/2026: decide on renewal");
    // expired with nothing done in its last 12 months: close
    const quiet = assessAgreement({ ...facts, activities: { ...facts.activities, done12m: 0 } });
    expect([quiet.state, quiet.recommendation]).toEqual(["expired", "close"]);
  });
  it("status expired and terminated are their own states, recommended to close", () => {
    expect(assessAgreement({ ...young, signed_on: "2015-01-01", status: "expired" }).state).toBe("expired");
    const t = assessAgreement({ ...young, signed_on: "2015-01-01", status: "terminated" });
    expect([t.state, t.recommendation]).toEqual(["terminated", "close"]);
  });
  it("reviewAgreements with reportedOn reports an MOU expiring after the review date as expired", async () => {
    const s = await openStore({ path: ":memory:" });
    try {
      await s.run(
        `INSERT INTO partners (partner_id, name, kind, country) VALUES ('P', 'Gunma', 'locality', 'JP')`,
      );
      await s.run(`INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, status, lead_unit) VALUES
        ('E', 'MOU', 'P', 'mou', DATE '2020-01-15', DATE '2025-01-14', 'active', 'Phòng Hợp tác quốc tế'),
        ('N', 'MOU 2', 'P', 'mou', DATE '2024-06-01', NULL, 'active', NULL)`);
      const rs = await reviewAgreements(s, { asOf: "2024-12-31", reportedOn: "2025-02-25" });
      expect(rs.map((r) => [r.agreement_id, r.state, r.expiredOn, r.recommendation, r.lead_unit])).toEqual([
        ["E", "expired", "2025-01-14", "close", "Phòng Hợp tác quốc tế"],
        ["N", "new", null, "keep", null],
      ]);
    } finally {
      s.close();
    }
  });
  it("monthsBetween counts whole months", () => {
    expect(monthsBetween("2024-03-15", "2025-03-14")).toBe(11);
    expect(monthsBetween("2024-03-15", "2025-03-15")).toBe(12);
  });
});
