// A small hand-built store for the indicator tests. Every expected value in the
// tests is worked out by hand from the rows below; keep the comments in step.
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";

/** "Now" for the tests: stock and "by now" indicators are read on this day. */
export const asOf = "2020-06-30";

/**
 * Exchange rates (VND per unit), the last one on or before a date applies:
 *   USD 2018-01-01 23 000 | 2019-07-01 23 500 | 2020-01-01 23 200
 *   EUR 2018-01-01 27 600 (1,2 USD) | 2019-01-01 25 300 (1,1 USD) | 2019-07-01 28 200 (1,2 USD)
 *       2020-01-01 27 840 (1,2 USD)
 */
const sql = `
INSERT INTO exchange_rates VALUES
  ('2018-01-01', 'USD', 23000, 'SBV'), ('2019-07-01', 'USD', 23500, 'SBV'), ('2020-01-01', 'USD', 23200, 'SBV'),
  ('2018-01-01', 'EUR', 27600, 'SBV'), ('2019-01-01', 'EUR', 25300, 'SBV'), ('2019-07-01', 'EUR', 28200, 'SBV'),
  ('2020-01-01', 'EUR', 27840, 'SBV');

INSERT INTO partners (partner_id, name, kind, country) VALUES
  ('LP', 'Luang Prabang', 'locality', 'LA'),
  ('KG', 'Gyeonggi', 'locality', 'KR'),
  ('JC', 'JICA', 'intl_org', 'JP');

-- agreements: A5 is a draft, A6 terminated (counts nowhere)
INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status) VALUES
  ('A1', 'MOU Luang Prabang', 'LP', 'mou',       '2018-05-01', NULL,         '2018-05-10', 'active'),
  ('A2', 'MOU Gyeonggi',      'KG', 'mou',       '2019-03-01', '2019-12-31', '2019-03-16', 'expired'),
  ('A3', 'JICA agreement',    'JC', 'agreement', '2019-12-31', NULL,         '2020-01-16', 'active'),
  ('A4', 'LP exchange',       'LP', 'other',     '2020-01-01', NULL,         NULL,         'active'),
  ('A5', 'KG draft',          'KG', 'mou',       '2019-06-01', NULL,         NULL,         'draft'),
  ('A6', 'JICA old',          'JC', 'mou',       '2017-01-01', NULL,         '2017-01-05', 'terminated');

INSERT INTO agreement_activities (activity_id, agreement_id, title, due_on, status, done_on) VALUES
  ('X1', 'A1', 'teacher exchange', '2019-04-30', 'done',      '2019-04-20'),
  ('X2', 'A1', 'trade fair',       '2019-06-30', 'done',      '2019-07-15'),
  ('X3', 'A1', 'youth camp',       '2019-09-30', 'cancelled', NULL),
  ('X4', 'A2', 'investor forum',   '2019-12-31', 'planned',   NULL),
  ('X5', 'A3', 'survey',           '2020-01-01', 'done',      '2020-01-01');

-- delegations: D0 starts 31/12/2017; D2 spans 31/12/2019 → 02/01/2020; D5 has no cost
INSERT INTO delegations (delegation_id, direction, start_on, end_on, country, partner_id, agreement_id,
                         level, purpose, members, in_plan, cost, cost_currency) VALUES
  ('D0', 'inbound',  '2017-12-31', '2018-01-02', 'LA', 'LP', 'A1', 'department',            'cooperation',          4,  true,  NULL,     NULL),
  ('D1', 'inbound',  '2019-03-05', '2019-03-07', 'LA', 'LP', 'A1', 'department',            'cooperation',          6,  true,  10000000, 'VND'),
  ('D2', 'inbound',  '2019-12-31', '2020-01-02', 'LA', 'LP', NULL, 'provincial_leadership', 'cooperation',          5,  false, 1000,     'USD'),
  ('D3', 'outbound', '2019-05-10', '2019-05-14', 'KR', 'KG', 'A2', 'provincial_leadership', 'investment_promotion', 3,  true,  2000,     'USD'),
  ('D4', 'outbound', '2020-01-01', '2020-01-05', 'JP', 'JC', NULL, 'department',            'investment_promotion', 2,  false, 500,      'USD'),
  ('D5', 'outbound', '2019-08-20', '2019-08-25', 'KR', NULL, NULL, 'business',              'trade',                10, false, NULL,     NULL);

INSERT INTO investment_contacts (contact_id, company, country, sector, first_contact_on, channel,
                                 registered_on, dropped_on, registered_capital_usd) VALUES
  ('C1', 'Hanil',   'KR', 'manufacturing', '2019-02-10', 'promotion_trip', '2019-11-01', NULL,         5000000),
  ('C2', 'Nippon',  'JP', 'electronics',   '2019-06-15', 'conference',     '2020-06-30', NULL,         2500000),
  ('C3', 'Daewon',  'KR', 'textiles',      '2019-09-09', 'inbound_visit',  '2020-07-01', NULL,         1000000),
  ('C4', 'Sino',    'CN', 'manufacturing', '2019-12-31', 'embassy',        NULL,         '2020-03-01', NULL),
  ('C5', 'Samil',   'KR', NULL,            '2020-01-01', 'referral',       '2020-02-01', NULL,         NULL);

INSERT INTO ngos (ngo_id, name, country) VALUES ('N1', 'Aid US', 'US'), ('N2', 'Hilfe', 'DE'), ('N3', 'Tomo', 'JP');

-- aid projects: P4 cancelled; P5 ended 31/12/2018
INSERT INTO aid_projects (project_id, ngo_id, title, sector, approved_on, start_on, end_on,
                          committed_amount, currency, status) VALUES
  ('P1', 'N1', 'clinics',     '12220', '2019-03-15', '2019-04-01', '2021-12-31', 1000000,    'USD', 'ongoing'),
  ('P2', 'N1', 'schools',     '11220', '2019-12-31', NULL,         NULL,         200000,     'EUR', 'approved'),
  ('P3', 'N2', 'water',       '12240', '2020-01-01', NULL,         NULL,         2320000000, 'VND', 'ongoing'),
  ('P4', 'N3', 'farming',     '31120', '2019-05-05', NULL,         NULL,         50000,      'USD', 'cancelled'),
  ('P5', 'N2', 'vaccination', '12220', '2018-06-01', '2018-06-01', '2018-12-31', 100000,     'EUR', 'completed');

INSERT INTO aid_disbursements VALUES
  ('P1', '2019-06-30', 300000, 'USD'),
  ('P1', '2020-03-01', 200000, 'USD'),
  ('P2', '2020-02-01', 50000,  'EUR'),
  ('P5', '2018-09-01', 60000,  'EUR');

INSERT INTO annual_plans (year, due_on, approved_on) VALUES
  (2019, NULL,         '2019-01-20'),
  (2020, '2019-12-15', NULL),
  (2021, '2020-12-31', '2020-12-20');

INSERT INTO budgets (year, line, allocated, spent, currency) VALUES
  (2019, 'reception', 200000000,  150000000, 'VND'),
  (2019, 'outbound',  1000000000, 900000000, 'VND'),
  (2020, 'reception', 10000,      5800,      'USD'),
  (2021, 'reception', 0,          0,         'VND');

INSERT INTO consular_cases (case_id, opened_on, kind, country) VALUES
  ('K1', '2019-01-01', 'citizen_protection', 'LA'),
  ('K2', '2019-12-31', 'legalisation',       'KR'),
  ('K3', '2020-01-01', 'visa_support',       NULL),
  ('K4', '2019-06-15', 'citizen_protection', 'LA');
`;

/** A fresh store (in memory unless a new file is named) holding the fixture rows above. */
export async function openFixture(path = ":memory:"): Promise<Store> {
  const store = await openStore({ path });
  await store.run(sql);
  return store;
}
