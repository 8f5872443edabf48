import { entities } from "../../data/entities.ts";
import type { Entity } from "../../data/defineEntity.ts";
import { officeProfilesMigration } from "./migrationOfficeProfiles.ts";
import { ident, literal, sqlType } from "./sqlTypes.ts";

/** One step of the database schema. Steps run in order, each in its own transaction. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

function createTable(entity: Entity): string {
  const cols = entity.columns.map((c) => `  ${ident(c.name)} ${sqlType(c)}${c.required ? " NOT NULL" : ""}`);
  return `CREATE TABLE ${ident(entity.name)} (\n${cols.join(",\n")}\n);`;
}

/**
 * The view `v_<entity>` adds, for each money column, its value in VND and USD
 * and the dates of the rates used: the last rate on or before the record's
 * date (docs/conventions.md §2). VND is its own rate (1), so VND amounts need only the
 * USD rate.
 */
export function moneyView(entity: Entity): string {
  const parts = entity.money.map((m, i) => {
    const a = ident(m.amount);
    const cur = `t.${ident(m.currency)}`;
    return {
      select: [
        `CASE WHEN ${cur} = 'VND' THEN t.${a} ELSE t.${a} * r${i}.vnd_per_unit END AS ${ident(m.amount + "_vnd")}`,
        `CASE WHEN ${cur} = 'USD' THEN t.${a} ELSE t.${a} * (CASE WHEN ${cur} = 'VND' THEN 1 ELSE r${i}.vnd_per_unit END) / u${i}.vnd_per_unit END AS ${ident(m.amount + "_usd")}`,
        `r${i}."on" AS ${ident(m.amount + "_rate_on")}`,
        `u${i}."on" AS ${ident(m.amount + "_usd_rate_on")}`,
      ],
      joins: [
        `ASOF LEFT JOIN exchange_rates r${i} ON r${i}.currency = ${cur} AND r${i}."on" <= t.__date${i}`,
        `ASOF LEFT JOIN (SELECT * FROM exchange_rates WHERE currency = 'USD') u${i} ON u${i}."on" <= t.__date${i}`,
      ],
      date: `${m.dateSql} AS __date${i}`,
    };
  });
  const cols = entity.columns.map((c) => `t.${ident(c.name)}`);
  return [
    `CREATE OR REPLACE VIEW ${ident("v_" + entity.name)} AS`,
    `SELECT ${[...cols, ...parts.flatMap((p) => p.select)].join(",\n  ")}`,
    `FROM (SELECT *, ${parts.map((p) => p.date).join(", ")} FROM ${ident(entity.name)}) t`,
    ...parts.flatMap((p) => p.joins),
    ";",
  ].join("\n");
}

const version1 = [
  `CREATE TABLE doingoai_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);`,
  `CREATE SEQUENCE import_log_seq START 1;`,
  `CREATE TABLE import_log (
  import_id INTEGER PRIMARY KEY DEFAULT nextval('import_log_seq'),
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  command VARCHAR NOT NULL,
  sources VARCHAR[] NOT NULL,
  rows_by_entity JSON NOT NULL
);`,
  ...entities.map(createTable),
  ...entities.filter((e) => e.money.length > 0).map(moneyView),
  `INSERT INTO doingoai_meta VALUES ('application', 'doingoai'), ('schema_version', '1');`,
].join("\n\n");

/**
 * Every schema version. Version 1 is written from the entity schemas as they
 * stood when it was made; a later change to a schema needs a new migration
 * (test/lib/store/migrations.test.ts fails when the tables and schemas differ).
 */
export const migrations: Migration[] = [
  { version: 1, description: "tables of the data contract, import log, money views", sql: version1 },
  officeProfilesMigration,
];

export const latestVersion = migrations[migrations.length - 1]!.version;

/** SQL setting the stored version after a migration. */
export function setVersionSql(version: number): string {
  return `UPDATE doingoai_meta SET value = ${literal(String(version))} WHERE key = 'schema_version';`;
}
