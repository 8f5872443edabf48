import { existsSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import { openStore, resolveDbPath, type Store } from "../lib/store/openStore.ts";

/**
 * Opens an existing database read-only, for commands that only read: a
 * missing file is a clear bilingual error (exit code 4) rather than a new,
 * empty database created by mistake.
 */
export async function openExistingStore(db: string | undefined): Promise<Store> {
  const path = resolveDbPath(db, { reading: true });
  if (path !== ":memory:" && !existsSync(path)) {
    throw new DoingoaiError(
      {
        vi: `Chưa có cơ sở dữ liệu ${path}. Hãy nhập dữ liệu trước (doingoai import).`,
        en: `No database at ${path}. Import data first (doingoai import).`,
      },
      { exitCode: exitCodes.database },
    );
  }
  return openStore({ path, readOnly: true });
}
