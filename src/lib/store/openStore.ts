import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";
import { DoingoaiError, QueryError, exitCodes } from "../DoingoaiError.ts";
import { latestVersion, migrations, setVersionSql } from "./migrations.ts";

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
  close(): void;
}

export interface OpenStoreOptions {
  /** Database file; default from {@link resolveDbPath}. ":memory:" for a throwaway database. */
  path?: string;
  /** Open without write access (several readers may share the file). Default false. */
  readOnly?: boolean;
}

/**
 * Opens (and if needed creates and migrates) a doingoai database. Problems a
 * person can fix — the file is in use, is not a DuckDB file, or belongs to
 * another application — become a {@link DoingoaiError} with exit code 4.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const path = resolveDbPath(options.path);
  const readOnly = options.readOnly ?? false;
  if (path !== ":memory:" && !readOnly) mkdirSync(dirname(resolve(path)), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, readOnly ? { access_mode: "READ_ONLY" } : {});
  } catch (error) {
    throw openError(path, error);
  }
  const connection = await instance.connect();
  const store = makeStore(path, readOnly, instance, connection);
  try {
    await migrate(store);
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}

function makeStore(
  path: string,
  readOnly: boolean,
  instance: DuckDBInstance,
  connection: DuckDBConnection,
): Store {
  let inTransaction = false;
  const store: Store = {
    path,
    readOnly,
    instance,
    connection,
    async run(sql, params) {
      try {
        await connection.run(sql, params);
      } catch (error) {
        throw new QueryError(sql, error);
      }
    },
    async all<T>(sql: string, params?: SqlParams) {
      try {
        const reader = await connection.runAndReadAll(sql, params);
        return reader.getRowObjectsJS() as T[];
      } catch (error) {
        throw new QueryError(sql, error);
      }
    },
    async transaction(fn) {
      if (inTransaction) return fn();
      inTransaction = true;
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
      connection.closeSync();
      instance.closeSync();
    },
  };
  return store;
}

async function migrate(store: Store): Promise<void> {
  const tables = await store.all<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'",
  );
  const names = new Set(tables.map((t) => t.name));
  let version = 0;
  if (names.has("doingoai_meta")) {
    const rows = await store.all<{ key: string; value: string }>("SELECT key, value FROM doingoai_meta");
    const meta = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    if (meta["application"] !== "doingoai") throw notOurs(store.path);
    version = Number(meta["schema_version"]);
  } else if (names.size > 0) {
    throw notOurs(store.path);
  }
  if (version > latestVersion) {
    throw new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${store.path} có phiên bản lược đồ ${version}, mới hơn phiên bản doingoai này hỗ trợ (${latestVersion}). Hãy cập nhật doingoai.`,
        en: `Database ${store.path} has schema version ${version}, newer than this doingoai supports (${latestVersion}). Update doingoai.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  const pending = migrations.filter((m) => m.version > version);
  if (pending.length === 0) return;
  if (store.readOnly) {
    throw new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${store.path} cần nâng cấp lược đồ nhưng đang mở chỉ đọc. Hãy chạy một lệnh ghi (ví dụ doingoai import) trước.`,
        en: `Database ${store.path} needs a schema upgrade but is open read-only. Run a writing command (e.g. doingoai import) first.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  for (const m of pending) {
    await store.transaction(async () => {
      await store.run(m.sql);
      if (m.version > 1) await store.run(setVersionSql(m.version));
    });
  }
}

function notOurs(path: string): DoingoaiError {
  return new DoingoaiError(
    {
      vi: `Tệp ${path} là cơ sở dữ liệu DuckDB nhưng không phải của doingoai. Hãy chọn tệp khác bằng --db hoặc DOINGOAI_DB.`,
      en: `${path} is a DuckDB database but not a doingoai one. Choose another file with --db or DOINGOAI_DB.`,
    },
    { exitCode: exitCodes.database },
  );
}

function openError(path: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/lock/i.test(message)) {
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
