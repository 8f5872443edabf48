import type { Migration } from "../Migration.ts";

/**
 * Schema version 3: the office profiles (src/data/officeProfile.ts): one row per office, keyed
 * by office_id; doingoai_meta `office_id` names the office the database's
 * documents speak for.
 */
export const v3: Migration = {
  version: 3,
  description: "office profiles (province, agency, number symbol, signer, recipients)",
  sql: `CREATE TABLE office_profiles (
  office_id VARCHAR PRIMARY KEY,
  province VARCHAR NOT NULL,
  province_en VARCHAR,
  agency VARCHAR NOT NULL,
  agency_en VARCHAR,
  agency_code VARCHAR NOT NULL,
  number_symbol VARCHAR,
  signer_authority VARCHAR,
  signer_title VARCHAR,
  signer_name VARCHAR,
  recipients VARCHAR[] NOT NULL,
  updated_at TIMESTAMP NOT NULL
);`,
};
