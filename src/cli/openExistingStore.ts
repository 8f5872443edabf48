import { existsSync } from "node:fs";
import type { Bilingual } from "../data/Bilingual.ts";
import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import type { Store } from "../lib/store/openStore.ts";

const importFirst: Bilingual = {
  vi: "Hãy nhập dữ liệu trước (doingoai import).",
  en: "Import data first (doingoai import).",
};

/** Advice for commands that read a database named with --db. */
export const importOrChooseDb: Bilingual = {
  vi: "Hãy nhập dữ liệu trước (doingoai import) hoặc chọn tệp bằng --db.",
  en: "Import data first (doingoai import) or choose a file with --db.",
};

/**
 * Opens an existing database, read-only unless `write` is set (for commands
 * that correct data: delete, undo): a missing file is a clear bilingual error
 * (exit code 4) rather than a new, empty database created by mistake. `advice`
 * says what to do then; default "import data first".
 */
export async function openExistingStore(
  db: string | undefined,
  options: { write?: boolean; advice?: Bilingual } = {},
): Promise<Store> {
  const { openStore } = await import("../lib/store/openStore.ts");
  const path = await existingDbPath(db, options);
  // an in-memory database cannot be opened read-only (nor has anything to protect)
  return openStore({ path, readOnly: options.write !== true && path !== ":memory:" });
}

/**
 * The path {@link openExistingStore} would open, after the same check that the
 * database exists: for commands that open it some other way (the roll-up with
 * `--also` attaches it beside other offices' exports).
 */
export async function existingDbPath(
  db: string | undefined,
  options: { write?: boolean; advice?: Bilingual } = {},
): Promise<string> {
  const { resolveDbPath } = await import("../lib/store/openStore.ts");
  const path = resolveDbPath(db, { reading: options.write !== true });
  const advice = options.advice ?? importFirst;
  if (path !== ":memory:" && !existsSync(path)) {
    throw new DoingoaiError(
      {
        vi: `Chưa có cơ sở dữ liệu ${path}. ${advice.vi}`,
        en: `No database at ${path}. ${advice.en}`,
      },
      { exitCode: exitCodes.database },
    );
  }
  return path;
}
