import type { Migration } from "../Migration.ts";

/**
 * Schema version 1, frozen: the SQL that the entity schemas generated when it
 * was made (commit 6250c41), copied verbatim. Never edit it; a schema change is
 * a new numbered migration in its own file.
 */
export const v1: Migration = {
  version: 1,
  description: "tables of the data contract, import log, money views",
  sql: `CREATE TABLE doingoai_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

CREATE SEQUENCE import_log_seq START 1;

CREATE TABLE import_log (
  import_id INTEGER PRIMARY KEY DEFAULT nextval('import_log_seq'),
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  command VARCHAR NOT NULL,
  sources VARCHAR[] NOT NULL,
  rows_by_entity JSON NOT NULL
);

CREATE TABLE "exchange_rates" (
  "on" DATE NOT NULL,
  "currency" VARCHAR NOT NULL,
  "vnd_per_unit" DOUBLE NOT NULL,
  "source" VARCHAR
);

CREATE TABLE "partners" (
  "partner_id" VARCHAR NOT NULL,
  "name" VARCHAR NOT NULL,
  "name_vi" VARCHAR,
  "kind" VARCHAR NOT NULL,
  "country" VARCHAR NOT NULL,
  "locality" VARCHAR,
  "notes" VARCHAR
);

CREATE TABLE "agreements" (
  "agreement_id" VARCHAR NOT NULL,
  "title" VARCHAR NOT NULL,
  "partner_id" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "signed_on" DATE NOT NULL,
  "expires_on" DATE,
  "reported_on" DATE,
  "status" VARCHAR NOT NULL,
  "areas" VARCHAR[]
);

CREATE TABLE "delegations" (
  "delegation_id" VARCHAR NOT NULL,
  "direction" VARCHAR NOT NULL,
  "start_on" DATE NOT NULL,
  "end_on" DATE NOT NULL,
  "country" VARCHAR NOT NULL,
  "partner_id" VARCHAR,
  "agreement_id" VARCHAR,
  "level" VARCHAR NOT NULL,
  "purpose" VARCHAR NOT NULL,
  "members" INTEGER NOT NULL,
  "in_plan" BOOLEAN NOT NULL,
  "cost" DOUBLE,
  "cost_currency" VARCHAR,
  "funding" VARCHAR,
  "head" VARCHAR
);

CREATE TABLE "agreement_activities" (
  "activity_id" VARCHAR NOT NULL,
  "agreement_id" VARCHAR NOT NULL,
  "title" VARCHAR NOT NULL,
  "due_on" DATE NOT NULL,
  "status" VARCHAR NOT NULL,
  "done_on" DATE,
  "delegation_id" VARCHAR,
  "notes" VARCHAR
);

CREATE TABLE "ngos" (
  "ngo_id" VARCHAR NOT NULL,
  "name" VARCHAR NOT NULL,
  "country" VARCHAR NOT NULL,
  "registration_no" VARCHAR,
  "registered_from" DATE,
  "registered_to" DATE
);

CREATE TABLE "aid_projects" (
  "project_id" VARCHAR NOT NULL,
  "ngo_id" VARCHAR NOT NULL,
  "title" VARCHAR NOT NULL,
  "sector" VARCHAR NOT NULL,
  "location" VARCHAR,
  "approved_on" DATE NOT NULL,
  "start_on" DATE,
  "end_on" DATE,
  "committed_amount" DOUBLE NOT NULL,
  "currency" VARCHAR NOT NULL,
  "status" VARCHAR NOT NULL
);

CREATE TABLE "aid_disbursements" (
  "project_id" VARCHAR NOT NULL,
  "disbursed_on" DATE NOT NULL,
  "amount" DOUBLE NOT NULL,
  "currency" VARCHAR NOT NULL
);

CREATE TABLE "investment_contacts" (
  "contact_id" VARCHAR NOT NULL,
  "company" VARCHAR NOT NULL,
  "country" VARCHAR NOT NULL,
  "sector" VARCHAR,
  "first_contact_on" DATE NOT NULL,
  "channel" VARCHAR NOT NULL,
  "delegation_id" VARCHAR,
  "site_visit_on" DATE,
  "mou_on" DATE,
  "registered_on" DATE,
  "dropped_on" DATE,
  "proposed_capital_usd" DOUBLE,
  "registered_capital_usd" DOUBLE,
  "project_code" VARCHAR
);

CREATE TABLE "annual_plans" (
  "year" INTEGER NOT NULL,
  "due_on" DATE,
  "submitted_on" DATE,
  "approved_on" DATE,
  "planned_inbound" INTEGER,
  "planned_outbound" INTEGER
);

CREATE TABLE "budgets" (
  "year" INTEGER NOT NULL,
  "line" VARCHAR NOT NULL,
  "allocated" DOUBLE NOT NULL,
  "spent" DOUBLE,
  "currency" VARCHAR
);

CREATE TABLE "consular_cases" (
  "case_id" VARCHAR NOT NULL,
  "opened_on" DATE NOT NULL,
  "closed_on" DATE,
  "kind" VARCHAR NOT NULL,
  "country" VARCHAR
);

CREATE TABLE "published_figures" (
  "indicator" VARCHAR NOT NULL,
  "period" VARCHAR,
  "as_of" DATE,
  "value" DOUBLE NOT NULL,
  "unit" VARCHAR NOT NULL,
  "source" VARCHAR NOT NULL
);

CREATE OR REPLACE VIEW "v_delegations" AS
SELECT t."delegation_id",
  t."direction",
  t."start_on",
  t."end_on",
  t."country",
  t."partner_id",
  t."agreement_id",
  t."level",
  t."purpose",
  t."members",
  t."in_plan",
  t."cost",
  t."cost_currency",
  t."funding",
  t."head",
  CASE WHEN t."cost_currency" = 'VND' THEN t."cost" ELSE t."cost" * r0.vnd_per_unit END AS "cost_vnd",
  CASE WHEN t."cost_currency" = 'USD' THEN t."cost" ELSE t."cost" * (CASE WHEN t."cost_currency" = 'VND' THEN 1 ELSE r0.vnd_per_unit END) / u0.vnd_per_unit END AS "cost_usd",
  r0."on" AS "cost_rate_on",
  u0."on" AS "cost_usd_rate_on"
FROM (SELECT *, start_on AS __date0 FROM "delegations") t
ASOF LEFT JOIN exchange_rates r0 ON r0.currency = t."cost_currency" AND r0."on" <= t.__date0
ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u0 ON u0."on" <= t.__date0
;

CREATE OR REPLACE VIEW "v_aid_projects" AS
SELECT t."project_id",
  t."ngo_id",
  t."title",
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
;

CREATE OR REPLACE VIEW "v_aid_disbursements" AS
SELECT t."project_id",
  t."disbursed_on",
  t."amount",
  t."currency",
  CASE WHEN t."currency" = 'VND' THEN t."amount" ELSE t."amount" * r0.vnd_per_unit END AS "amount_vnd",
  CASE WHEN t."currency" = 'USD' THEN t."amount" ELSE t."amount" * (CASE WHEN t."currency" = 'VND' THEN 1 ELSE r0.vnd_per_unit END) / u0.vnd_per_unit END AS "amount_usd",
  r0."on" AS "amount_rate_on",
  u0."on" AS "amount_usd_rate_on"
FROM (SELECT *, disbursed_on AS __date0 FROM "aid_disbursements") t
ASOF LEFT JOIN exchange_rates r0 ON r0.currency = t."currency" AND r0."on" <= t.__date0
ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u0 ON u0."on" <= t.__date0
;

CREATE OR REPLACE VIEW "v_budgets" AS
SELECT t."year",
  t."line",
  t."allocated",
  t."spent",
  t."currency",
  CASE WHEN t."currency" = 'VND' THEN t."allocated" ELSE t."allocated" * r0.vnd_per_unit END AS "allocated_vnd",
  CASE WHEN t."currency" = 'USD' THEN t."allocated" ELSE t."allocated" * (CASE WHEN t."currency" = 'VND' THEN 1 ELSE r0.vnd_per_unit END) / u0.vnd_per_unit END AS "allocated_usd",
  r0."on" AS "allocated_rate_on",
  u0."on" AS "allocated_usd_rate_on",
  CASE WHEN t."currency" = 'VND' THEN t."spent" ELSE t."spent" * r1.vnd_per_unit END AS "spent_vnd",
  CASE WHEN t."currency" = 'USD' THEN t."spent" ELSE t."spent" * (CASE WHEN t."currency" = 'VND' THEN 1 ELSE r1.vnd_per_unit END) / u1.vnd_per_unit END AS "spent_usd",
  r1."on" AS "spent_rate_on",
  u1."on" AS "spent_usd_rate_on"
FROM (SELECT *, make_date(year, 12, 31) AS __date0, make_date(year, 12, 31) AS __date1 FROM "budgets") t
ASOF LEFT JOIN exchange_rates r0 ON r0.currency = t."currency" AND r0."on" <= t.__date0
ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u0 ON u0."on" <= t.__date0
ASOF LEFT JOIN exchange_rates r1 ON r1.currency = t."currency" AND r1."on" <= t.__date1
ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u1 ON u1."on" <= t.__date1
;

INSERT INTO doingoai_meta VALUES ('application', 'doingoai'), ('schema_version', '1');`,
};
