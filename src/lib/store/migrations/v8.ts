import type { Migration } from "../Migration.ts";

/**
 * Schema version 8: closed periods (issue 20). One row per closure of a year or half-year
 * after its review was signed: who closed it, when, the signed report's number and date, the day its
 * figures were computed at, the review's headline figures as signed (JSON), the history rows of the closing and of the
 * reopening, and the reopening's author and reason. A period is closed while a closure of it
 * has no reopening.
 */
export const v8: Migration = {
  version: 8,
  description: "closed periods (period_closures)",
  sql: `CREATE TABLE period_closures (
  closed_change INTEGER PRIMARY KEY,
  period VARCHAR NOT NULL,
  closed_at TIMESTAMP NOT NULL,
  closed_by VARCHAR NOT NULL,
  report_number VARCHAR NOT NULL,
  report_date DATE NOT NULL,
  as_of DATE NOT NULL,
  figures JSON NOT NULL,
  reopened_change INTEGER,
  reopened_at TIMESTAMP,
  reopened_by VARCHAR,
  reopen_reason VARCHAR
);`,
};
