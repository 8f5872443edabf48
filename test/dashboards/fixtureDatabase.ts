import { openStore } from "../../src/lib/store/openStore.ts";

/**
 * Two small databases written with SQL INSERTs, so the dashboards can be built
 * before (and independently of) the sample generator. Variant "b" has other
 * counts everywhere, to show that the site shows the database it was built on.
 */
export type FixtureVariant = "a" | "b";

const common = [
  `INSERT INTO exchange_rates VALUES
     ('2020-01-01', 'USD', 23000, 'SBV'), ('2024-01-01', 'USD', 24000, 'SBV'), ('2025-01-01', 'USD', 25000, 'SBV'),
     ('2020-01-01', 'EUR', 25000, 'SBV'), ('2024-01-01', 'EUR', 26000, 'SBV'), ('2025-01-01', 'EUR', 27000, 'SBV'),
     ('2020-01-01', 'KRW', 18, 'SBV'), ('2024-01-01', 'KRW', 18, 'SBV')`,
  `INSERT INTO partners VALUES
     ('P-LPB', 'Luang Prabang', 'Luang Prabang (Lào)', 'locality', 'LA', 'Luang Prabang', NULL),
     ('P-GYE', 'Gyeonggi', 'Gyeonggi (Hàn Quốc)', 'locality', 'KR', 'Gyeonggi', NULL),
     ('P-JPE', 'JETRO', NULL, 'intl_org', 'JP', NULL, NULL)`,
  `INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES
     ('A-1', 'Biên bản ghi nhớ hợp tác Luang Prabang 2023-2027', 'P-LPB', 'mou', '2023-03-01', '2027-03-01', '2023-03-10', 'active', ['education', 'culture']),
     ('A-2', 'Thỏa thuận hợp tác Gyeonggi', 'P-GYE', 'agreement', '2024-06-15', NULL, '2024-07-20', 'active', ['investment', 'trade']),
     ('A-3', 'MOU xúc tiến đầu tư JETRO', 'P-JPE', 'mou', '2022-01-10', '2026-01-10', NULL, 'active', ['investment'])`,
  `INSERT INTO agreement_activities VALUES
     ('AC-1', 'A-1', 'Trao đổi sinh viên', '2024-09-01', 'done', '2024-08-20', NULL, NULL),
     ('AC-2', 'A-1', 'Tuần văn hóa', '2025-05-01', 'done', '2025-06-10', NULL, NULL),
     ('AC-3', 'A-2', 'Hội thảo đầu tư', '2025-03-01', 'planned', NULL, NULL, NULL),
     ('AC-4', 'A-3', 'Khảo sát khu công nghiệp', '2024-04-01', 'cancelled', NULL, NULL, NULL),
     ('AC-5', 'A-2', 'Đoàn doanh nghiệp', '2025-10-01', 'in_progress', NULL, NULL, NULL)`,
  `INSERT INTO ngos VALUES
     ('N-1', 'Plan International', 'GB', 'REG-01', '2020-01-01', '2026-12-31'),
     ('N-2', 'KOICA Friends', 'KR', 'REG-02', '2022-01-01', '2027-12-31')`,
  `INSERT INTO annual_plans VALUES (2024, '2023-12-31', '2023-12-10', '2024-01-20', 6, 3),
                                   (2025, '2024-12-31', '2024-12-01', '2024-12-28', 7, 4)`,
];

const byVariant: Record<FixtureVariant, string[]> = {
  a: [
    `INSERT INTO delegations VALUES
       ('D-1', 'inbound', '2024-03-05', '2024-03-08', 'LA', 'P-LPB', 'A-1', 'provincial_leadership', 'cooperation', 8, true, 120000000, 'VND', 'provincial_budget', NULL),
       ('D-2', 'inbound', '2024-09-10', '2024-09-12', 'KR', 'P-GYE', NULL, 'business', 'investment_promotion', 5, false, 40000000, 'VND', 'provincial_budget', NULL),
       ('D-3', 'outbound', '2024-11-02', '2024-11-09', 'JP', 'P-JPE', 'A-3', 'provincial_leadership', 'investment_promotion', 6, true, 600000000, 'VND', 'provincial_budget', NULL),
       ('D-4', 'inbound', '2025-02-20', '2025-02-23', 'LA', 'P-LPB', 'A-1', 'department', 'culture', 12, true, 90000000, 'VND', 'provincial_budget', NULL),
       ('D-5', 'inbound', '2025-06-01', '2025-06-03', 'KR', 'P-GYE', 'A-2', 'provincial_leadership', 'cooperation', 7, true, 150000000, 'VND', 'provincial_budget', NULL),
       ('D-6', 'inbound', '2025-08-15', '2025-08-16', 'JP', NULL, NULL, 'business', 'trade', 4, false, NULL, NULL, NULL, NULL),
       ('D-7', 'outbound', '2025-04-10', '2025-04-16', 'LA', 'P-LPB', 'A-1', 'provincial_leadership', 'cooperation', 9, true, 300000000, 'VND', 'provincial_budget', NULL),
       ('D-8', 'outbound', '2025-10-05', '2025-10-12', 'KR', 'P-GYE', NULL, 'provincial_leadership', 'investment_promotion', 10, true, 20000, 'USD', 'provincial_budget', NULL)`,
    `INSERT INTO investment_contacts VALUES
       ('C-1', 'Samsung Display', 'KR', 'electronics', '2024-02-01', 'embassy', NULL, '2024-04-01', '2024-08-01', '2025-01-15', NULL, 50000000, 45000000, 'PRJ-1'),
       ('C-2', 'Toyota Boshoku', 'JP', 'automotive', '2024-11-05', 'promotion_trip', 'D-3', '2025-01-10', NULL, NULL, NULL, 20000000, NULL, NULL),
       ('C-3', 'Lao Brewery', 'LA', 'food', '2025-03-01', 'inbound_visit', NULL, NULL, NULL, NULL, '2025-07-01', 2000000, NULL, NULL),
       ('C-4', 'LG Innotek', 'KR', 'electronics', '2025-10-08', 'promotion_trip', 'D-8', '2025-11-01', '2025-11-20', '2025-12-10', NULL, 30000000, 28000000, 'PRJ-2'),
       ('C-5', 'Daikin', 'JP', 'machinery', '2025-05-05', 'conference', NULL, '2025-06-01', NULL, NULL, NULL, 10000000, NULL, NULL)`,
    `INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES
       ('AP-1', 'N-1', 'Nước sạch vùng cao', '14030', 'Định Hóa', '2024-03-01', '2024-04-01', '2026-03-31', 500000, 'USD', 'ongoing'),
       ('AP-2', 'N-2', 'Y tế cơ sở', '12220', 'Phú Lương', '2025-02-01', '2025-03-01', '2027-12-31', 400000, 'EUR', 'ongoing'),
       ('AP-3', 'N-1', 'Giáo dục mầm non', '11240', 'Võ Nhai', '2025-07-01', NULL, NULL, 150000, 'USD', 'approved')`,
    `INSERT INTO aid_disbursements VALUES
       ('AP-1', '2024-06-01', 200000, 'USD'), ('AP-1', '2025-03-01', 150000, 'USD'), ('AP-2', '2025-05-01', 100000, 'EUR')`,
    `INSERT INTO budgets VALUES (2024, 'reception', 800000000, 700000000, 'VND'), (2025, 'reception', 800000000, 880000000, 'VND'),
                                (2025, 'outbound', 2000000000, 1500000000, 'VND')`,
    `INSERT INTO consular_cases VALUES ('CC-1', '2025-02-01', '2025-02-10', 'citizen_protection', 'LA')`,
  ],
  b: [
    `INSERT INTO delegations VALUES
       ('D-1', 'inbound', '2024-05-05', '2024-05-08', 'LA', 'P-LPB', 'A-1', 'provincial_leadership', 'cooperation', 6, true, 100000000, 'VND', 'provincial_budget', NULL),
       ('D-2', 'outbound', '2025-03-10', '2025-03-15', 'JP', 'P-JPE', 'A-3', 'provincial_leadership', 'investment_promotion', 5, true, 500000000, 'VND', 'provincial_budget', NULL),
       ('D-3', 'inbound', '2025-09-10', '2025-09-12', 'DE', NULL, NULL, 'business', 'trade', 3, false, NULL, NULL, NULL, NULL)`,
    `INSERT INTO investment_contacts VALUES
       ('C-1', 'Bosch', 'DE', 'machinery', '2025-02-01', 'embassy', NULL, '2025-03-01', NULL, NULL, NULL, 15000000, NULL, NULL),
       ('C-2', 'Canon', 'JP', 'electronics', '2025-03-12', 'promotion_trip', 'D-2', '2025-04-01', '2025-06-01', '2025-09-01', NULL, 60000000, 55000000, 'PRJ-9')`,
    `INSERT INTO aid_projects (project_id, ngo_id, title, sector, location, approved_on, start_on, end_on, committed_amount, currency, status) VALUES
       ('AP-1', 'N-2', 'Sinh kế nông thôn', '31120', 'Đại Từ', '2025-04-01', NULL, NULL, 250000, 'USD', 'approved')`,
    `INSERT INTO aid_disbursements VALUES ('AP-1', '2025-08-01', 50000, 'USD')`,
    `INSERT INTO budgets VALUES (2025, 'reception', 500000000, 250000000, 'VND')`,
  ],
};

/** Creates (or overwrites the contents of) a doingoai database at `path` with fixture `variant`. */
export async function createFixtureDatabase(path: string, variant: FixtureVariant): Promise<void> {
  const store = await openStore({ path });
  try {
    await store.transaction(async () => {
      for (const sql of [...common, ...byVariant[variant]]) await store.run(sql);
      await store.run(
        `INSERT INTO import_log (started_at, finished_at, command, sources, rows_by_entity)
         VALUES (TIMESTAMP '2025-12-01 09:00:00', TIMESTAMP '2025-12-01 09:00:02', 'fixture', ['fixture-${variant}.sql'], '{"delegations": {"rows": 8, "inserted": 8, "updated": 0}}')`,
      );
    });
  } finally {
    store.close();
  }
}
