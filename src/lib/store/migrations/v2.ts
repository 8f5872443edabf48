import type { Migration } from "../Migration.ts";

/**
 * Schema version 2: the change trail behind `doingoai history` and `undo`.
 * `changes` has one row per change (import, sample load, delete, undo);
 * `change_rows` keeps, per change, the previous version of every row it
 * replaced or deleted and the key of every row it inserted, as JSON (so a
 * later column added to an entity needs nothing here). Imports logged before
 * this version are copied in as changes without a trail: listed, not undoable.
 */
export const v2: Migration = {
  version: 2,
  description: "change trail: changes and change_rows",
  sql: `CREATE TABLE changes (
  change_id INTEGER PRIMARY KEY,
  made_at TIMESTAMP NOT NULL,
  command VARCHAR NOT NULL,
  sources VARCHAR[] NOT NULL,
  counts JSON NOT NULL,
  trail BOOLEAN NOT NULL,
  undoes INTEGER,
  undone_by INTEGER
);

CREATE TABLE change_rows (
  change_id INTEGER NOT NULL,
  entity VARCHAR NOT NULL,
  op VARCHAR NOT NULL CHECK (op IN ('inserted', 'replaced', 'deleted')),
  "row" JSON NOT NULL
);

INSERT INTO changes (change_id, made_at, command, sources, counts, trail)
SELECT row_number() OVER (ORDER BY import_id), started_at, command, sources, rows_by_entity, false
FROM import_log;`,
};
