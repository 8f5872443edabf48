import { closeSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import { fileSystemReasons } from "../lib/io/fileSystemReasons.ts";
import { removeStaleTemps } from "../lib/io/removeStaleTemps.ts";

/** A hidden name beside `path`, in the same folder, so the final rename stays on one file system. */
export function outputTempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * Writes a file a command produces (a report, a strategy draft, a workbook, a
 * plan) whole or not at all: the bytes go to a hidden temporary file in the
 * same folder (`.<name>.<pid>.tmp`), which is renamed to `path` only once
 * every byte is written and flushed. On any file-system error (no such
 * folder, permission denied, a folder of that name, disk full, file too
 * large…) the temporary file is removed, the file already under `path` (if
 * any) is left as it was, and a bilingual error with exit code 5 names the
 * file and why, for every command alike.
 */
export function writeOutputFile(path: string, bytes: string | Uint8Array): void {
  const temp = outputTempName(path);
  removeStaleTemps(dirname(path), [basename(path)]);
  let fd: number | undefined;
  try {
    const existing = statSync(path, { throwIfNoEntry: false });
    // a folder under the final name would take the rename badly (EISDIR after the work): say so first
    if (existing?.isDirectory()) {
      throw Object.assign(new Error(`${path} is a folder`), { code: "EISDIR" });
    }
    // a device or pipe (/dev/stdout, a FIFO) is written in place: renaming over it would replace it
    if (existing !== undefined && !existing.isFile()) {
      writeFileSync(path, bytes);
      return;
    }
    fd = openSync(temp, "w");
    const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw outputFileError(path, error);
  }
}

/**
 * A file-system error met writing `path`, as a bilingual {@link DoingoaiError}
 * with exit code 5 that names the file, the reason and the error code.
 */
export function outputFileError(path: string, error: unknown): DoingoaiError {
  if (error instanceof DoingoaiError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  // writing, a missing path means a missing folder: the file itself is about to be made
  const reason =
    code === "ENOENT"
      ? { vi: "thư mục chứa tệp không tồn tại", en: "its folder does not exist" }
      : (fileSystemReasons[code] ?? { vi: message, en: message });
  const shownCode = code === "" ? "" : ` (${code})`;
  return new DoingoaiError(
    {
      vi: `Không ghi được tệp ${path}: ${reason.vi}${shownCode}. Không có tệp nào bị ghi dở.`,
      en: `Cannot write the file ${path}: ${reason.en}${shownCode}. No file was left half-written.`,
    },
    { exitCode: exitCodes.io, cause: error },
  );
}
