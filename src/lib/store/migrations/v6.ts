import type { Migration } from "../Migration.ts";

/**
 * Schema version 6: two optional columns of aid_projects for IATI —
 * `iati_identifier` (the activity's identifier as the donor publishes it,
 * matched by `doingoai iati compare`) after `project_id`, and `title_en` (the
 * English title the IATI export carries beside the Vietnamese one) after
 * `title`. The table is rebuilt so the columns sit where the templates list
 * them (ALTER TABLE ADD COLUMN would append them at the end); existing rows
 * keep every value and get NULL in both. `v_aid_projects` is recreated with the
 * same money columns as version 1 plus the two new ones.
 */
export const v6: Migration = {
  version: 6,
  description: "aid_projects.iati_identifier and aid_projects.title_en (optional)",
  sql: `CREATE TABLE "aid_projects_v6" (
  "project_id" VARCHAR NOT NULL,
  "iati_identifier" VARCHAR,
  "ngo_id" VARCHAR NOT NULL,
  "title" VARCHAR NOT NULL,
  "title_en" VARCHAR,
  "sector" VARCHAR NOT NULL,
  "location" VARCHAR,
  "approved_on" DATE NOT NULL,
  "start_on" DATE,
  "end_on" DATE,
  "committed_amount" DOUBLE NOT NULL,
  "currency" VARCHAR NOT NULL,
  "status" VARCHAR NOT NULL
);

INSERT INTO "aid_projects_v6" ("project_id", "ngo_id", "title", "sector", "location", "approved_on", "start_on", "end_on", "committed_amount", "currency", "status")
SELECT "project_id", "ngo_id", "title", "sector", "location", "approved_on", "start_on", "end_on", "committed_amount", "currency", "status"
FROM "aid_projects";

DROP TABLE "aid_projects";

ALTER TABLE "aid_projects_v6" RENAME TO "aid_projects";

CREATE OR REPLACE VIEW "v_aid_projects" AS
SELECT t."project_id",
  t."iati_identifier",
  t."ngo_id",
  t."title",
  t."title_en",
  t."sector",
  t."location",
  t."approved_on",
  t."start_on",
  t."end_on",
  t."committed_amount",
  t."currency",
  t."status",
  CASE WHEN t."currency" = 'VND' THEN t."committed_amount" ELSE t."committed_amount" * r0.vnd_per_unit END AS "committed_amount_vnd",
  CASE WHEN t."currency" = 'USD' THEN t."committed_amount" ELSE t."committed_amount" * (CASE WHEN t."currency" = 'VND' THEN 1 ELSE r0.vnd_per_unit END) / u0.vnd_per_unit END AS "committed_amount_usd",
  r0."on" AS "committed_amount_rate_on",
  u0."on" AS "committed_amount_usd_rate_on"
FROM (SELECT *, approved_on AS __date0 FROM "aid_projects") t
ASOF LEFT JOIN exchange_rates r0 ON r0.currency = t."currency" AND r0."on" <= t.__date0
ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u0 ON u0."on" <= t.__date0
;`,
};
