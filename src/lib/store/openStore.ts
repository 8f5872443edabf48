import { existsSync } from "node:fs";
import { makeFolder } from "../io/makeFolder.ts";
import { dirname, resolve } from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { DoingoaiError, QueryError, exitCodes } from "../DoingoaiError.ts";
import { checkDatabaseFile, damagedDatabase } from "./checkDatabaseFile.ts";
import { migrate, schemaVersion } from "./migrate.ts";
import { latestVersion } from "./migrations.ts";
import type { SqlParams, Store } from "./Store.ts";
import { closeDatabase, removeStaleCopies, writeOnCopy, type OpenDatabase } from "./writeOnCopy.ts";

/** The database file used when neither `--db` nor `DOINGOAI_DB` names one. */
export const defaultDbFile = "./data/doingoai.duckdb";

/** The sample's own database file: the sample never goes into the office's database. */
export const defaultSampleDbFile = "./data/sample.duckdb";

/** Options of {@link resolveDbPath}. */
export interface ResolveDbPathOptions {
  /**
   * For a command that only reads: when neither the argument nor
   * `DOINGOAI_DB` names a database and the office's (`./data/doingoai.duckdb`)
   * does not exist yet, read the sample's (`./data/sample.duckdb`) if it
   * exists, as `npm start` shows it. Default false: writes always go to the
   * office's database.
   */
  reading?: boolean;
}

/**
 * The database path: the argument, else `DOINGOAI_DB`, else the office's
 * `./data/doingoai.duckdb` (with `reading`, the sample's when the office's
 * does not exist yet).
 */
export function resolveDbPath(path?: string, options: ResolveDbPathOptions = {}): string {
  const named = path ?? process.env["DOINGOAI_DB"];
  if (named !== undefined) return named;
  if (options.reading && !existsSync(defaultDbFile) && existsSync(defaultSampleDbFile)) {
    return defaultSampleDbFile;
  }
  return defaultDbFile;
}

// Store and SqlParams live in Store.ts (the store's helpers use them without loading this file);
// still exported here.
export type { SqlParams, Store } from "./Store.ts";

/** Options of {@link openStore}: the database file and read-only access. */
export interface OpenStoreOptions {
  /** Database file; default from {@link resolveDbPath}. ":memory:" for a throwaway database. */
  path?: string;
  /** Open without write access (several readers may share the file). Default false. */
  readOnly?: boolean;
}

/**
 * Opens (and if needed creates and migrates) a doingoai database. Problems a
 * person can fix — the file is in use, is not a DuckDB file, belongs to
 * another application, is cut short, or is not the schema version it says —
 * become a {@link DoingoaiError} with exit code 4, the file left untouched.
 * A database of an older schema version is migrated first, even when opened
 * read-only (it is then opened for writing once, for the upgrade).
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const path = resolveDbPath(options.path);
  const readOnly = options.readOnly ?? false;
  // makeFolder, not mkdirSync's recursive mode, which spins for ever under /proc on Node 20
  if (path !== ":memory:" && !readOnly) makeFolder(dirname(resolve(path)));
  // DuckDB's native module loads on the first open, not on import: a command
  // that only prints help or refuses its arguments never pays for it.
  const { DuckDBInstance } = await import("@duckdb/node-api");
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, readOnly ? { access_mode: "READ_ONLY" } : {});
  } catch (error) {
    throw openError(path, error);
  }
  const connection = await instance.connect();
  const store = makeStore(path, readOnly, instance, connection);
  if (path !== ":memory:" && !readOnly) {
    // this process has the file for writing: no other is writing a copy of it, so any copy is a killed run's
    try {
      removeStaleCopies(path);
    } catch {
      // a copy that cannot be removed now is removed at a later open; it changes nothing meanwhile
    }
  }
  let outdated = false;
  try {
    await checkDatabaseFile(store);
    outdated = readOnly && (await schemaVersion(store)) < latestVersion;
    if (!outdated) await migrate(store);
  } catch (error) {
    store.close();
    throw error;
  }
  if (outdated) {
    // a reader of a database made by an older doingoai upgrades it once (writing), then reads
    store.close();
    (await openStore({ path })).close();
    return openStore(options);
  }
  return store;
}

/**
 * A {@link Store} over a DuckDB connection opened elsewhere (no migration): the
 * roll-up's in-memory database of views uses it. Closing it closes both.
 */
export function storeOfConnection(
  path: string,
  readOnly: boolean,
  instance: DuckDBInstance,
  connection: DuckDBConnection,
): Store {
  return makeStore(path, readOnly, instance, connection);
}

function makeStore(
  path: string,
  readOnly: boolean,
  instance: DuckDBInstance,
  connection: DuckDBConnection,
): Store {
  let inTransaction = false;
  let inCopy = false;
  // a write on a copy of the file (writeOnCopy) swaps these; callers keep the same store
  let db: OpenDatabase = { instance, connection };
  const store: Store = {
    path,
    readOnly,
    get instance() {
      return db.instance;
    },
    get connection() {
      return db.connection;
    },
    get inTransaction() {
      return inTransaction;
    },
    async run(sql, params) {
      try {
        await db.connection.run(sql, params);
      } catch (error) {
        throw damagedDatabase(path, error) ?? new QueryError(sql, error);
      }
    },
    async all<T>(sql: string, params?: SqlParams) {
      try {
        const reader = await db.connection.runAndReadAll(sql, params);
        return reader.getRowObjectsJS() as T[];
      } catch (error) {
        throw damagedDatabase(path, error) ?? new QueryError(sql, error);
      }
    },
    async transaction(fn) {
      if (inTransaction) return fn();
      inTransaction = true;
      const connection = db.connection;
      await connection.run("BEGIN TRANSACTION");
      try {
        const result = await fn();
        await connection.run("COMMIT");
        return result;
      } catch (error) {
        await connection.run("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    close() {
      closeDatabase(db);
    },
  };
  if (path !== ":memory:" && !readOnly) {
    store.atomically = async (fn) => {
      // inside a write (or a transaction) already: part of it
      if (inCopy || inTransaction) return fn();
      inCopy = true;
      try {
        return await writeOnCopy(
          {
            path,
            current: () => db,
            use: (next) => {
              db = next;
            },
            openFile: (file) => openDatabaseFile(file),
          },
          fn,
        );
      } finally {
        inCopy = false;
      }
    };
  }
  return store;
}

/** Opens a database file for writing, with the errors of {@link openStore}. */
async function openDatabaseFile(path: string): Promise<OpenDatabase> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {});
  } catch (error) {
    throw openError(path, error);
  }
  return { instance, connection: await instance.connect() };
}

function openError(path: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const damaged = damagedDatabase(path, error);
  if (damaged) return damaged;
  // "Could not set lock on file" (not "block", which a damaged file's message says)
  if (/\block\b|lock on file|conflicting lock/i.test(message)) {
    const pid = /PID (\d+)/.exec(message)?.[1];
    const who = pid ? ` (PID ${pid})` : "";
    return new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${path} đang được một tiến trình khác sử dụng${who}. Hãy đóng tiến trình đó (ví dụ npm start) rồi thử lại.`,
        en: `Database ${path} is in use by another process${who}. Close it (e.g. npm start) and try again.`,
      },
      { exitCode: exitCodes.database, cause: error },
    );
  }
  if (/not a valid DuckDB database|database file/i.test(message)) {
    return new DoingoaiError(
      {
        vi: `Tệp ${path} không phải là cơ sở dữ liệu doingoai (DuckDB). Hãy chọn tệp khác bằng --db hoặc DOINGOAI_DB.`,
        en: `${path} is not a doingoai (DuckDB) database. Choose another file with --db or DOINGOAI_DB.`,
      },
      { exitCode: exitCodes.database, cause: error },
    );
  }
  return new DoingoaiError(
    { vi: `Không mở được cơ sở dữ liệu ${path}: ${message}`, en: `Cannot open database ${path}: ${message}` },
    { exitCode: exitCodes.database, cause: error },
  );
}
