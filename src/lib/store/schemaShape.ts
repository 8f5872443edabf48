import { entities } from "../../data/entities.ts";
import type { Migration } from "./Migration.ts";
import { latestVersion } from "./migrations.ts";
import type { Store } from "./Store.ts";

/** Tables a database of the latest schema holds beside the entity tables. */
const systemTables = [
  "doingoai_meta",
  "import_log",
  "changes",
  "change_rows",
  "office_profiles",
  "adopted_strategies",
  "office_merges",
];

/**
 * What a database labelled schema `version` lacks of that version: each table
 * (`changes`) and column (`agreements.lead_unit`) the version has that the
 * file does not. Empty when the file is what it says. At the latest version
 * (or a newer one a test adds) the entity schemas and the system tables are
 * the measure — one catalogue query; at an older one, the migrations up to it
 * are run in an empty in-memory database and its tables are the measure
 * (only when an upgrade is due, once a database). A version-1 file labelled 7
 * lacks `changes`, `office_profiles`…, and upgrading or reading it would fail
 * half-way.
 */
export async function missingSchemaParts(
  store: Store,
  version: number,
  list: readonly Migration[],
): Promise<string[]> {
  const actual = await columnsOf(store);
  const expected =
    version >= latestVersion
      ? [
          ...entities.flatMap((e) => e.columns.map((c) => `${e.name}.${c.name}`)),
          ...systemTables.map((t) => `${t}.`),
        ]
      : await columnsAt(list.filter((m) => m.version <= version));
  const tables = new Set([...actual].map((c) => c.split(".")[0]));
  const missing = new Set<string>();
  for (const c of expected) {
    const [table, column] = c.split(".") as [string, string];
    if (!tables.has(table)) missing.add(`table ${table}`);
    else if (column !== "" && !actual.has(c)) missing.add(`column ${c}`);
  }
  return [...missing];
}

/** `table.column` of every column of the main schema's tables and views. */
async function columnsOf(store: Pick<Store, "all">): Promise<Set<string>> {
  const rows = await store.all<{ c: string }>(
    "SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'main'",
  );
  return new Set(rows.map((r) => r.c));
}

/** The columns of an empty database after `list`. */
async function columnsAt(list: readonly Migration[]): Promise<string[]> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const m of list) await connection.run(m.sql);
    const reader = await connection.runAndReadAll(
      "SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'main'",
    );
    return (reader.getRowObjectsJS() as { c: string }[]).map((r) => r.c);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
