// Hand-built fixtures for the data-quality rules, as SQL INSERTs into a fresh
// store. `cleanFixture` breaks no rule (checked on 2020-02-25); `brokenFixture`
// adds records that each break one rule once, named in `brokenRecords`.
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";

/** The check date the fixtures are written for. */
export const fixtureAsOf = "2020-02-25";

export const cleanFixture = `
INSERT INTO exchange_rates VALUES
  ('2018-01-01', 'USD', 22700, 'synthetic'),
  ('2018-01-01', 'EUR', 27000, 'synthetic'),
  ('2019-06-28', 'USD', 23300, 'synthetic');
INSERT INTO partners VALUES
  ('LPB', 'Luang Prabang Province', 'tỉnh Luông Pha Bang', 'locality', 'LA', 'Luang Prabang', NULL),
  ('KR-GG', 'Gyeonggi Province', 'tỉnh Gyeonggi', 'locality', 'KR', 'Gyeonggi', NULL);
INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES
  ('A1', 'MOU hợp tác Luang Prabang', 'LPB', 'mou', '2018-03-15', '2023-03-15', '2018-03-25', 'active', ['education', 'culture']),
  ('A2', 'Thỏa thuận Gyeonggi', 'KR-GG', 'agreement', '2019-10-01', NULL, '2019-10-10', 'active', ['investment']);
INSERT INTO delegations VALUES
  ('D1', 'inbound', '2019-02-25', '2019-02-27', 'LA', 'LPB', 'A1', 'department', 'cooperation', 5, true, 12500000, 'VND', 'provincial_budget', NULL),
  ('D2', 'outbound', '2019-05-10', '2019-05-14', 'LA', 'LPB', 'A1', 'provincial_leadership', 'cooperation', 7, true, 3000, 'USD', 'provincial_budget', NULL);
INSERT INTO agreement_activities VALUES
  ('AC1', 'A1', 'Trao đổi đoàn', '2019-06-30', 'done', '2019-05-10', 'D2', NULL),
  ('AC2', 'A1', 'Học bổng', '2019-12-31', 'cancelled', NULL, NULL, NULL),
  ('AC3', 'A2', 'Hội thảo đầu tư', '2020-06-30', 'planned', NULL, NULL, NULL);
INSERT INTO ngos VALUES
  ('N1', 'Good Neighbors', 'KR', '123/ĐK', '2018-01-01', '2022-12-31'),
  ('N2', 'Plan International', 'GB', NULL, NULL, NULL);
INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES
  ('P1', 'N1', 'Nước sạch', '14030', 'huyện Võ Nhai', '2019-04-15', '2019-05-01', '2021-04-30', 250000, 'USD', 'ongoing'),
  ('P2', 'N2', 'Y tế cơ sở', '12220', NULL, '2019-06-20', NULL, NULL, 100000, 'EUR', 'approved');
INSERT INTO aid_disbursements VALUES
  ('P1', '2019-07-01', 50000, 'USD'),
  ('P1', '2020-01-01', 1000000000, 'VND'),
  ('P2', '2019-07-01', 100000, 'EUR');
INSERT INTO investment_contacts VALUES
  ('C1', 'Hanwha', 'KR', 'electronics', '2019-09-02', 'promotion_trip', NULL, '2019-10-10', NULL, NULL, NULL, 50000000, NULL, NULL),
  ('C2', 'Foxconn', 'TW', NULL, '2019-03-12', 'inbound_visit', NULL, NULL, NULL, '2019-11-15', NULL, NULL, 20000000, '1234567890');
INSERT INTO annual_plans VALUES (2019, '2018-12-31', '2018-12-15', '2019-02-20', 20, 10);
INSERT INTO budgets VALUES (2019, 'reception', 500000000, 620000000, 'VND');
INSERT INTO consular_cases VALUES ('K1', '2019-01-05', '2019-01-20', 'citizen_protection', 'LA');
INSERT INTO published_figures VALUES
  ('fdi.active_projects', NULL, '2017-08-31', 126, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', NULL, '2019-06-30', 135, 'projects', 'Thái Nguyên'),
  ('fdi.active_projects', '2021', NULL, 170, 'projects', 'Thái Nguyên'),
  ('fdi.new_capital_usd', '2019', NULL, 500, 'million USD', 'Sở KH&ĐT'),
  ('fdi.new_capital_usd', '2019Q1', NULL, 200, 'million USD', 'Sở KH&ĐT'),
  ('fdi.new_capital_usd', '2019-03', NULL, 100, 'million USD', 'Sở KH&ĐT'),
  ('fdi.new_capital_usd', NULL, '2019-06-30', 300, 'million USD', 'Sở KH&ĐT');
`;

export const brokenFixture = `
-- dates.end_before_start, once in each of the five tables
INSERT INTO delegations VALUES
  ('D90', 'inbound', '2019-03-05', '2019-03-01', 'LA', NULL, NULL, 'department', 'culture', 3, false, NULL, NULL, NULL, NULL);
INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES
  ('P90', 'N1', 'Trường học', '11120', NULL, '2019-05-01', '2019-06-01', '2019-01-01', 1000, 'USD', 'approved');
INSERT INTO consular_cases VALUES ('K90', '2019-02-01', '2019-01-01', 'legalisation', NULL);
INSERT INTO ngos VALUES ('N90', 'Save the Children', 'GB', NULL, '2018-06-01', '2017-12-31');
INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES
  ('A90', 'Thỏa thuận giáo dục', 'LPB', 'agreement', '2019-05-01', '2019-04-01', '2019-05-05', 'active', NULL);
-- agreements.activity_before_signing: A2 was signed 2019-10-01
INSERT INTO agreement_activities VALUES
  ('AC90', 'A2', 'Khảo sát', '2019-12-31', 'done', '2019-09-15', NULL, NULL);
-- aid.disbursed_over_committed: 6.000 + 5.000 USD against 10.000 USD
INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES
  ('P91', 'N2', 'Sinh kế', '31120', NULL, '2019-07-01', NULL, NULL, 10000, 'USD', 'ongoing');
INSERT INTO aid_disbursements VALUES ('P91', '2019-08-01', 6000, 'USD'), ('P91', '2019-09-01', 5000, 'USD');
-- money.missing_rate: no JPY rate at all
INSERT INTO delegations VALUES
  ('D91', 'inbound', '2019-08-01', '2019-08-03', 'JP', NULL, NULL, 'business', 'investment_promotion', 4, false, 500, 'JPY', 'partner', NULL);
-- published.month_above_year: May 2019 above the whole year 2019 (500)
INSERT INTO published_figures VALUES ('fdi.new_capital_usd', '2019-05', NULL, 600, 'million USD', 'Báo Thái Nguyên');
-- published.stock_falls: 170 at the end of 2021, then 150
INSERT INTO published_figures VALUES ('fdi.active_projects', NULL, '2022-06-30', 150, 'projects', 'Thái Nguyên');
-- names.likely_duplicate: the same partner again under another id
INSERT INTO partners VALUES ('LPB2', 'Luang  Prabang province.', NULL, 'locality', 'LA', NULL, NULL);
-- ids.look_alike: N1 again in lower case with a trailing zero-width space
INSERT INTO ngos VALUES ('n1\u200b', 'Good Neighbors Korea', 'KR', NULL, NULL, NULL);
-- activities.done_without_date
INSERT INTO agreement_activities VALUES ('AC91', 'A1', 'Triển lãm ảnh', '2019-09-30', 'done', NULL, NULL, NULL);
-- activities.overdue: due 01/12/2019, still planned on 25/02/2020
INSERT INTO agreement_activities VALUES ('AC92', 'A1', 'Trao đổi sinh viên', '2019-12-01', 'planned', NULL, NULL, NULL);
-- agreements.not_reported: signed 02/01/2020, due 17/01/2020, not reported by 25/02/2020
INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES ('A91', 'Thỏa thuận du lịch', 'KR-GG', 'mou', '2020-01-02', NULL, NULL, 'active', ['tourism']);
-- investment.registered_without_capital
INSERT INTO investment_contacts VALUES
  ('C90', 'Samsung', 'KR', NULL, '2019-06-01', 'conference', NULL, NULL, NULL, '2019-12-01', NULL, NULL, NULL, NULL);
-- dates.out_of_sequence: a site visit before the first contact
INSERT INTO investment_contacts VALUES
  ('C91', 'Kyocera', 'JP', NULL, '2019-10-01', 'embassy', NULL, '2019-09-01', NULL, NULL, NULL, NULL, NULL, NULL);
-- published.conflicting_figures: a second source gives 136 for 30/06/2019 (the first says 135)
INSERT INTO published_figures VALUES ('fdi.active_projects', NULL, '2019-06-30', 136, 'projects', 'Báo Thái Nguyên');
-- delegations.in_plan_without_plan: in plan in 2018, which has no plan
INSERT INTO delegations VALUES
  ('D92', 'outbound', '2018-06-01', '2018-06-05', 'LA', 'LPB', NULL, 'department', 'cooperation', 2, true, NULL, NULL, NULL, NULL);
`;

/**
 * What the broken fixture must report: per rule, the keys of the records it
 * breaks (worked out by hand from the INSERTs above).
 */
export const brokenRecords: Record<string, string[]> = {
  "dates.end_before_start": [
    "delegation_id=D90",
    "project_id=P90",
    "case_id=K90",
    "ngo_id=N90",
    "agreement_id=A90",
  ],
  "dates.out_of_sequence": ["contact_id=C91"],
  "agreements.activity_before_signing": ["activity_id=AC90"],
  "aid.disbursed_over_committed": ["project_id=P91"],
  "money.missing_rate": ["delegation_id=D91"],
  "published.month_above_year": ["indicator=fdi.new_capital_usd, period=2019-05, source=Báo Thái Nguyên"],
  "published.stock_falls": ["indicator=fdi.active_projects, as_of=2022-06-30, source=Thái Nguyên"],
  "published.conflicting_figures": [
    "indicator=fdi.active_projects, as_of=2019-06-30, source=Báo Thái Nguyên",
    "indicator=fdi.active_projects, as_of=2019-06-30, source=Thái Nguyên",
  ],
  "names.likely_duplicate": ["partner_id=LPB", "partner_id=LPB2"],
  "ids.look_alike": ["ngo_id=N1", "ngo_id=n1\u200b"],
  "activities.done_without_date": ["activity_id=AC91"],
  "activities.overdue": ["activity_id=AC92"],
  "agreements.not_reported": ["agreement_id=A91"],
  "investment.registered_without_capital": ["contact_id=C90"],
  "delegations.in_plan_without_plan": ["delegation_id=D92"],
};

/** A fresh store with the given SQL run in it. */
export async function storeWith(...sql: string[]): Promise<Store> {
  const store = await openStore({ path: ":memory:" });
  for (const s of sql) await store.run(s);
  return store;
}
