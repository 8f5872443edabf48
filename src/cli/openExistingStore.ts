import { existsSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import type { Store } from "../lib/store/openStore.ts";

/**
 * Opens an existing database, read-only unless `write` is set (for commands
 * that correct data: delete, undo): a missing file is a clear bilingual error
 * (exit code 4) rather than a new, empty database created by mistake.
 */
export async function openExistingStore(
  db: string | undefined,
  options: { write?: boolean } = {},
): Promise<Store> {
  const { openStore, resolveDbPath } = await import("../lib/store/openStore.ts");
  const path = resolveDbPath(db, { reading: options.write !== true });
  if (path !== ":memory:" && !existsSync(path)) {
    throw new DoingoaiError(
      {
        vi: `Chưa có cơ sở dữ liệu ${path}. Hãy nhập dữ liệu trước (doingoai import).`,
        en: `No database at ${path}. Import data first (doingoai import).`,
      },
      { exitCode: exitCodes.database },
    );
  }
  return openStore({ path, readOnly: options.write !== true });
}
