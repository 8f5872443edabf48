// One build's queries, shared: the datasets of the site ask the same database
// the same questions (the data-quality checks run for the quality page and again
// for each year of the review; the agreements' scores for the agreements page and
// the review). The database is opened read-only for the build, so a query with
// the same text and parameters has the same answer; it is run once.
import type { DuckDBConnection } from "@duckdb/node-api";
import { storeOfConnection, type SqlParams, type Store } from "../../../lib/store/openStore.ts";

/** Answers (as promises, so that concurrent askers share one run) by query text and parameters. */
export type QueryCache = Map<string, Promise<unknown[]>>;

/**
 * A {@link Store} on its own connection to `base`'s (read-only) database whose
 * `all` answers a query already asked during the build from `cache`. Each
 * caller gets its own copy of the rows (structuredClone), so one dataset that
 * changes the rows it was given cannot change another's. `run` and
 * `transaction` are not cached (they could change what the connection sees) and
 * empty the cache. Closing it closes only its connection.
 */
export async function sharedReader(base: Store, cache: QueryCache): Promise<Store> {
  if (!base.readOnly) throw new Error("sharedReader: the database must be opened read-only");
  const connection: DuckDBConnection = await base.instance.connect();
  const own = storeOfConnection(base.path, true, base.instance, connection);
  return {
    ...own,
    ...(base.dimensions !== undefined ? { dimensions: base.dimensions } : {}),
    async all<T>(sql: string, params?: SqlParams): Promise<T[]> {
      const key = `${sql}\u0000${JSON.stringify(params ?? null, keyValue)}`;
      let answer = cache.get(key);
      if (answer === undefined) {
        answer = own.all(sql, params);
        cache.set(key, answer);
        // A failed query is not remembered: the next asker gets the error afresh.
        answer.catch(() => cache.delete(key));
      }
      return structuredClone(await answer) as T[];
    },
    async run(sql: string, params?: SqlParams) {
      cache.clear();
      return own.run(sql, params);
    },
    async transaction<T>(fn: () => Promise<T>) {
      cache.clear();
      return own.transaction(fn);
    },
    close() {
      connection.closeSync();
    },
  };
}

/** Query parameters as a key: bigint and Date kept apart from numbers and strings of the same look. */
function keyValue(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (typeof raw === "bigint") return { bigint: raw.toString() };
  if (raw instanceof Date) return { date: raw.toISOString() };
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw) && raw.constructor !== Object) {
    // a DuckDB value object (DECIMAL, LIST, …): its own text, with its kind
    return { [raw.constructor.name]: String(raw) };
  }
  return value;
}
