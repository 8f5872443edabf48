import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import { fileSystemReasons } from "../lib/io/fileSystemReasons.ts";
import { writeWholeFile } from "../lib/io/writeWholeFile.ts";

/**
 * Writes a file a command produces (a report, a strategy draft, a workbook, a
 * plan) whole or not at all ({@link writeWholeFile}: a temporary file in the
 * same folder, renamed when complete). On any file-system error (no such
 * folder, permission denied, a folder of that name, disk full, file too
 * large…) nothing is left under `path` or beside it, a file already there is
 * kept as it was, and a bilingual error with exit code 5 names the file and
 * why, for every command alike.
 */
export function writeOutputFile(path: string, bytes: string | Uint8Array): void {
  try {
    writeWholeFile(path, bytes);
  } catch (error) {
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
