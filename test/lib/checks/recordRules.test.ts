import { describe, expect, it } from "vitest";
import { runChecks } from "../../../src/lib/checks/index.ts";
import { storeWith } from "./checkFixtures.ts";

const asOf = "2020-12-31";

const base = `
INSERT INTO exchange_rates VALUES
  ('2019-01-02', 'USD', 23000, NULL),
  ('2019-01-02', 'EUR', 26000, NULL),
  ('2019-07-01', 'USD', 23300, NULL),
  ('2019-07-01', 'EUR', 27000, NULL);
INSERT INTO ngos VALUES ('N1', 'Tổ chức Đông Á', 'KR', NULL, '2019-01-01', '2019-01-01');
`;

async function check(rule: string, sql: string) {
  const store = await storeWith(base, sql);
  const findings = await runChecks(store, { asOf, rules: [rule] });
  store.close();
  return findings;
}

describe("dates.end_before_start", () => {
  it("accepts an end on the start day and an open end", async () => {
    const findings = await check(
      "dates.end_before_start",
      `INSERT INTO consular_cases VALUES ('K1', '2019-02-01', '2019-02-01', 'other', NULL), ('K2', '2019-02-01', NULL, 'other', NULL);`,
    );
    expect(findings).toEqual([]);
  });
});

describe("aid.disbursed_over_committed", () => {
  it("compares in the project's currency when every disbursement shares it (no exchange-rate noise)", async () => {
    // 100.000 EUR committed on 02/2019 (26.000 VND/EUR ÷ 23.000 = 113.043 USD) and
    // disbursed in full in 07/2019 (27.000 ÷ 23.300 = 115.880 USD): more in USD, equal in EUR.
    const findings = await check(
      "aid.disbursed_over_committed",
      `INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES ('P1', 'N1', 'x', '12220', NULL, '2019-02-01', NULL, NULL, 100000, 'EUR', 'ongoing');
       INSERT INTO aid_disbursements VALUES ('P1', '2019-08-01', 100000, 'EUR');`,
    );
    expect(findings).toEqual([]);
  });

  it("compares in USD at each date's rate when currencies differ", async () => {
    // 1.000 USD committed; 600 USD + 11.650.000 VND at 23.300 VND/USD = 600 + 500 = 1.100 USD.
    const findings = await check(
      "aid.disbursed_over_committed",
      `INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES ('P1', 'N1', 'x', '12220', NULL, '2019-02-01', NULL, NULL, 1000, 'USD', 'ongoing');
       INSERT INTO aid_disbursements VALUES ('P1', '2019-08-01', 600, 'USD'), ('P1', '2019-09-01', 11650000, 'VND');`,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.values).toEqual({
      currency: "USD",
      converted_to_usd: true,
      committed: 1000,
      disbursed: 1100,
    });
    expect(findings[0]!.message.vi).toContain(
      "Đã giải ngân 1.100,00 USD, vượt giá trị cam kết 1.000,00 USD (thừa 100,00 USD), quy đổi USD",
    );
  });
});

describe("money.missing_rate", () => {
  it("names the missing currency and date for every money column, budgets at 31/12 of their year", async () => {
    const findings = await check(
      "money.missing_rate",
      `INSERT INTO budgets VALUES (2018, 'reception', 500000000, NULL, 'VND');
       INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES ('P1', 'N1', 'x', '12220', NULL, '2018-06-01', NULL, NULL, 5000, 'EUR', 'ongoing'),
                                       ('P2', 'N1', 'y', '12220', NULL, '2019-06-01', NULL, NULL, 5000, 'GBP', 'ongoing');`,
    );
    expect(findings.map((f) => [f.entity, f.key, f.values["rate_date"], f.values["missing_rates"]])).toEqual([
      ["aid_projects", "project_id=P1", "2018-06-01", "EUR, USD"],
      ["aid_projects", "project_id=P2", "2019-06-01", "GBP"],
      ["budgets", "year=2018, line=reception", "2018-12-31", "USD"],
    ]);
    expect(findings[2]!.message.vi).toContain(
      "Dự toán (allocated) 500.000.000 ₫ không quy đổi được sang VND/USD: thiếu tỷ giá USD vào hoặc trước ngày 31/12/2018",
    );
  });
});

describe("names.likely_duplicate", () => {
  it("matches names without accents, case and punctuation in the same country only", async () => {
    const findings = await check(
      "names.likely_duplicate",
      `INSERT INTO ngos VALUES ('N2', 'TO CHUC DONG A', 'KR', NULL, NULL, NULL), ('N3', 'Tổ chức Đông Á', 'JP', NULL, NULL, NULL);`,
    );
    expect(findings.map((f) => f.key)).toEqual(["ngo_id=N1", "ngo_id=N2"]);
  });
});

describe("agreements.not_reported", () => {
  it("flags a report 16 days after signing, not one on day 15, and skips drafts", async () => {
    const findings = await check(
      "agreements.not_reported",
      `INSERT INTO partners VALUES ('P', 'Partner', NULL, 'locality', 'LA', NULL, NULL);
       INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES
         ('A1', 't', 'P', 'mou', '2019-03-01', NULL, '2019-03-16', 'active', NULL),
         ('A2', 't', 'P', 'mou', '2019-03-01', NULL, '2019-03-17', 'active', NULL),
         ('A3', 't', 'P', 'mou', '2019-03-01', NULL, NULL, 'draft', NULL);`,
    );
    expect(findings.map((f) => [f.key, f.values["days_late"]])).toEqual([["agreement_id=A2", 1]]);
  });
});

describe("activities.done_without_date", () => {
  it("also flags a done date on an activity still planned", async () => {
    const findings = await check(
      "activities.done_without_date",
      `INSERT INTO partners VALUES ('P', 'Partner', NULL, 'locality', 'LA', NULL, NULL);
       INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES ('A1', 't', 'P', 'mou', '2019-03-01', NULL, '2019-03-05', 'active', NULL);
       INSERT INTO agreement_activities VALUES ('X1', 'A1', 't', '2019-06-30', 'planned', '2019-06-01', NULL, NULL);`,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.en).toContain("Has done_on 01/06/2019 but status planned");
  });
});

describe("dates.out_of_sequence", () => {
  it("flags a disbursement before its project's approval and a plan approved before it was submitted", async () => {
    const findings = await check(
      "dates.out_of_sequence",
      `INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES ('P1', 'N1', 'x', '12220', NULL, '2019-06-01', NULL, NULL, 1000, 'USD', 'ongoing');
       INSERT INTO aid_disbursements VALUES ('P1', '2019-05-31', 100, 'USD'), ('P1', '2019-06-01', 100, 'USD');
       INSERT INTO annual_plans VALUES (2020, '2019-12-31', '2020-01-10', '2020-01-09', NULL, NULL);`,
    );
    expect(findings.map((f) => f.key).sort()).toEqual([
      "project_id=P1, disbursed_on=2019-05-31, currency=USD",
      "year=2020",
    ]);
    const disbursement = findings.find((f) => f.entity === "aid_disbursements")!;
    expect(disbursement.message.en).toContain("before approved on (approved_on) of project_id=P1 01/06/2019");
  });
});

describe("published.conflicting_figures", () => {
  it("compares figures of the same indicator, unit and period or date only", async () => {
    const findings = await check(
      "published.conflicting_figures",
      `INSERT INTO published_figures VALUES
        ('fdi.active_projects', '2021', NULL, 170, 'projects', 'A'),
        ('fdi.active_projects', NULL, '2021-12-31', 171, 'projects', 'B'),
        ('fdi.active_projects', '2021', NULL, 170, 'projects', 'C'),
        ('fdi.active_projects', '2021', NULL, 172, 'dự án', 'D');`,
    );
    expect(findings).toEqual([]);
  });
});
