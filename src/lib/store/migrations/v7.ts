import type { Migration } from "../Migration.ts";

/**
 * Schema version 7: the merges an office records (src/data/officeMerge.ts): the absorbing
 * office, the absorbed office and province, and the day the merger took effect (Bắc Kạn into
 * Thái Nguyên on 01/07/2025). Records are never re-keyed: the absorbed office's export is read
 * beside the office's own (`doingoai indicators --also DIR`). (Numbered 7: version 6 is the
 * aid projects' title_en and iati_identifier, written on another branch.)
 */
export const v7: Migration = {
  version: 7,
  description: "office merges (absorbed office, province, date)",
  sql: `CREATE TABLE office_merges (
  office_id VARCHAR NOT NULL,
  absorbed_office_id VARCHAR NOT NULL,
  absorbed_province VARCHAR NOT NULL,
  merged_on DATE NOT NULL,
  PRIMARY KEY (office_id, absorbed_office_id)
);`,
};
