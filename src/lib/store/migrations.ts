import { v1 } from "./migrations/v1.ts";
import { v2 } from "./migrations/v2.ts";
import { v3 } from "./migrations/v3.ts";
import { v4 } from "./migrations/v4.ts";
import { v5 } from "./migrations/v5.ts";
import { v6 } from "./migrations/v6.ts";
import { v7 } from "./migrations/v7.ts";
import { v8 } from "./migrations/v8.ts";
import type { Migration } from "./Migration.ts";
import { literal } from "./sqlTypes.ts";

// Migration lives in Migration.ts (the version files use it without loading this list); still exported here.
export type { Migration } from "./Migration.ts";

/**
 * Every schema version, in order: frozen history, one file per version under
 * `migrations/`, written as literal SQL (never generated from today's entity
 * schemas). A change to an entity schema needs a new migration here;
 * test/lib/store/openStore.test.ts fails when the migrated tables and the
 * schemas differ, and test/lib/store/migrations.test.ts opens a version-1
 * database made by the first release and checks it survives every migration.
 */
export const migrations: Migration[] = [v1, v2, v3, v4, v5, v6, v7, v8];

/** The schema version this code writes and reads: a database at an older version is migrated on open; a newer one is refused. */
export const latestVersion = migrations[migrations.length - 1]!.version;

/** SQL setting the stored version after a migration. */
export function setVersionSql(version: number): string {
  return `UPDATE doingoai_meta SET value = ${literal(String(version))} WHERE key = 'schema_version';`;
}
