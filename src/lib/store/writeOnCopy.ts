import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";

/** An open DuckDB database: its instance and the store's connection to it. */
export interface OpenDatabase {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  /**
   * A descriptor of the file this process read it through, closed only after
   * the database: closing any descriptor of a file drops all of the process's
   * POSIX locks on it, DuckDB's "in use" lock among them.
   */
  heldFd?: number;
}

/** How {@link writeOnCopy} reaches the store it works for. */
export interface CopyTarget {
  /** The database file. */
  path: string;
  /** The database the store has open now. */
  current(): OpenDatabase;
  /** Makes the store use `db` from now on. */
  use(db: OpenDatabase): void;
  /** Opens a database file for writing (as the store opens its own). */
  openFile(path: string): Promise<OpenDatabase>;
}

/** The part of a copy's file name after the database's own: `office.duckdb.copy-<pid>-<n>`. */
const copyMark = ".copy-";
let copies = 0;

/**
 * Runs `fn`, which writes through the store, on a copy of the database file
 * that replaces the file only once `fn` has succeeded and the copy is whole on
 * disk: killed at any moment (SIGKILL, a power cut), the file holds all of
 * `fn`'s writes or none of them.
 *
 * Why not DuckDB's own transaction: a transaction that adds more than a row
 * group (122.880 rows) to a table writes those rows into the database file
 * before its commit, and DuckDB 1.5 can bring such uncommitted rows back when
 * it replays its write-ahead log after a crash (duckdb/duckdb PR #25931). A
 * killed import then left some tables changed and others not.
 *
 * The steps: checkpoint the database (everything in the file, no log), copy
 * the file beside it, open the copy and make the store use it, run `fn`,
 * checkpoint and close the copy (no log left), flush it to disk, rename it over
 * the file (one atomic step), flush the folder, and open the file again for
 * the store. The original stays open, and so locked against other processes,
 * until the rename. On failure the copy is removed and the store goes back to
 * the original, untouched. A copy left by a killed run is removed by
 * {@link removeStaleCopies} when the database is next opened for writing.
 *
 * Connections opened on the store's instance before the call (extra readers)
 * are closed with it. Costs a copy of the file (copying and flushing the 26 MB
 * sample database after a 315.000-row import took 0,07–0,19 s; the whole extra
 * per write, with the checkpoint and the reopening, 0,3–0,9 s on a busy 2-core
 * machine) and as much free disk space as the database takes.
 */
export async function writeOnCopy<T>(target: CopyTarget, fn: () => Promise<T>): Promise<T> {
  // a link to the database: the copy goes beside the file itself and replaces it, not the link
  const path = realpathSync(target.path);
  const original = target.current();
  await original.connection.run("CHECKPOINT");
  const log = `${path}.wal`;
  if (existsSync(log) && statSync(log).size > 0) {
    throw new DoingoaiError(
      {
        vi: `Không ghi được an toàn vào ${target.path}: nhật ký ghi (${basename(log)}) chưa được gộp vào tệp; có kết nối khác đang mở giao dịch. Không ghi gì.`,
        en: `Cannot write safely to ${target.path}: its write-ahead log (${basename(log)}) could not be merged into the file; another connection has a transaction open. Nothing was written.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  const copy = `${path}${copyMark}${process.pid}-${++copies}`;
  try {
    copyHolding(original, path, copy);
  } catch (error) {
    await removeCopy(copy);
    throw fileError(target.path, copy, error);
  }
  let working: OpenDatabase | null = null;
  let result: T;
  try {
    working = await target.openFile(copy);
    target.use(working);
    result = await fn();
    await working.connection.run("CHECKPOINT");
    closeDatabase(working);
    working = null;
    await settle(copy).catch((error: unknown) => {
      throw fileError(target.path, copy, error);
    });
    // The original stays open (and locked against other processes) until the copy has replaced it.
    await rename(copy, path).catch((error: unknown) => {
      throw fileError(target.path, copy, error);
    });
  } catch (error) {
    if (working) closeDatabase(working);
    target.use(original);
    await removeCopy(copy);
    throw error;
  }
  await flush(dirname(path)).catch(() => undefined); // folders cannot be flushed on Windows
  closeDatabase(original);
  try {
    target.use(await target.openFile(target.path));
  } catch (error) {
    // the write is whole in the file; only this store cannot go on (another process took the file)
    const message = error instanceof DoingoaiError ? error.text : { vi: String(error), en: String(error) };
    throw new DoingoaiError(
      {
        vi: `Đã ghi xong vào ${target.path}, nhưng không mở lại được: ${message.vi}`,
        en: `Written to ${target.path} in full, but it could not be opened again: ${message.en}`,
      },
      { exitCode: exitCodes.database, cause: error },
    );
  }
  return result;
}

/** The closed copy, made ready to replace the file: no log beside it, its bytes on disk. */
async function settle(copy: string): Promise<void> {
  const log = `${copy}.wal`;
  if (existsSync(log)) {
    if (statSync(log).size > 0) throw new Error(`${log} was left after the checkpoint`);
    await rm(log, { force: true });
  }
  await flush(copy);
}

/**
 * Removes the copies (and their logs) that {@link writeOnCopy} left beside
 * `path` when its process was killed before the rename. Call it only while
 * holding the database open for writing: no other process is then writing a copy.
 */
export function removeStaleCopies(path: string): void {
  const real = realpathSync(path);
  const file = basename(real);
  const folder = dirname(real);
  for (const name of readdirSync(folder)) {
    if (name.startsWith(`${file}${copyMark}`)) rmSync(join(folder, name), { force: true });
  }
}

const closed = new WeakSet<OpenDatabase>();

/** Closes the connection, the database, then the descriptor held for its lock; once. */
export function closeDatabase(db: OpenDatabase): void {
  if (closed.has(db)) return;
  closed.add(db);
  db.connection.closeSync();
  db.instance.closeSync();
  if (db.heldFd !== undefined) closeSync(db.heldFd);
}

/**
 * Copies the database file at `path` (checkpointed, open in `db`) to `copy`.
 * Not fs.copyFile: it closes its descriptor of the file, which would drop
 * DuckDB's lock and let another process open the database meanwhile. The
 * descriptor read through stays open, in `db`, until the database is closed.
 */
function copyHolding(db: OpenDatabase, path: string, copy: string): void {
  db.heldFd ??= openSync(path, "r");
  const out = openSync(copy, "wx");
  try {
    const buffer = Buffer.allocUnsafe(8 << 20);
    for (let at = 0; ;) {
      const n = readSync(db.heldFd, buffer, 0, buffer.length, at);
      if (n === 0) break;
      for (let written = 0; written < n;) written += writeSync(out, buffer, written, n - written);
      at += n;
    }
  } finally {
    closeSync(out);
  }
}

async function flush(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function removeCopy(copy: string): Promise<void> {
  await rm(copy, { force: true });
  await rm(`${copy}.wal`, { force: true });
}

function fileError(path: string, copy: string, error: unknown): DoingoaiError {
  const message = error instanceof Error ? error.message : String(error);
  return new DoingoaiError(
    {
      vi: `Không ghi được bản sao ${copy} của cơ sở dữ liệu ${path} (cần chỗ trống trên đĩa bằng cỡ tệp): ${message}. Không ghi gì.`,
      en: `Cannot write the copy ${copy} of database ${path} (it needs as much free disk space as the file): ${message}. Nothing was written.`,
    },
    { exitCode: exitCodes.io, cause: error },
  );
}
