import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from "@duckdb/node-api";

/** Bound parameters of a query: positional (`$1`, …) or named (`$name`). */
export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;

/** An open doingoai database: one DuckDB instance and one connection. */
export interface Store {
  /** The file (or ":memory:"). */
  readonly path: string;
  readonly readOnly: boolean;
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  /** Runs SQL; parameters are bound, never pasted into the text. */
  run(sql: string, params?: SqlParams): Promise<void>;
  /** Runs a query and returns its rows as plain JS objects (BIGINT as bigint, dates as Date). */
  all<T = Record<string, unknown>>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Runs `fn` in one transaction: all of it is written, or none. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `fn`, a whole write (an import, a delete, an undo), so that the
   * database file holds all of it or none even if the process is killed at any
   * moment: for a database file opened for writing, on a copy of the file that
   * replaces it when `fn` has succeeded (see `writeOnCopy`); `instance` and
   * `connection` change meanwhile. Elsewhere (in memory, read-only, a store
   * without it) `fn` runs as it is, its own transactions keeping it whole.
   * Imports, deletes, undos and sample loads use it; a write of your own can too.
   */
  atomically?<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * True inside {@link Store.transaction}: its writes are not committed yet, so
   * only this connection sees them (a reader must not use another connection).
   */
  readonly inTransaction?: boolean;
  /** Closes the connection and the database; the store cannot be used after. */
  close(): void;
  /**
   * Dimensions the store's tables carry beyond each indicator's own: a roll-up
   * of several offices (`openRollup`) has `office`. None for an office's database.
   */
  readonly dimensions?: readonly string[];
}
