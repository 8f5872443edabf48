import { basename, dirname, join } from "node:path";
import { closeSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { removeStaleTemps } from "./removeStaleTemps.ts";

/** A hidden name beside `path`, in the same folder, so the final rename stays on one file system. */
export function wholeFileTempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * Writes `bytes` to `path` whole or not at all: into a hidden temporary file
 * in the same folder (`.<name>.<pid>.tmp`, see {@link wholeFileTempName}),
 * renamed to `path` only once every byte is written. On any error the
 * temporary file is removed, a file already under `path` is left as it was,
 * and the file-system error is thrown again with its `code` and the final
 * `path` (not the temporary one). A temporary file of the same name left by
 * a killed process is removed first. A device or pipe (`/dev/stdout`) is
 * written in place: renaming over it would replace it.
 */
export function writeWholeFile(path: string, bytes: string | Uint8Array): void {
  const temp = wholeFileTempName(path);
  removeStaleTemps(dirname(path), [basename(path)]);
  let fd: number | undefined;
  try {
    const existing = statSync(path, { throwIfNoEntry: false });
    // a folder under the final name would fail the rename after all the work: say so first
    if (existing?.isDirectory()) {
      throw Object.assign(new Error(`${path} is a folder`), { code: "EISDIR" });
    }
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
    // write() errors (EFBIG, ENOSPC) carry no path; open() ones name the temporary file
    if (error instanceof Error && "code" in error) Object.assign(error, { path });
    throw error;
  }
}
