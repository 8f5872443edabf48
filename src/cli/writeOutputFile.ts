import { writeFileSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import { fileSystemReasons } from "../lib/io/fileSystemReasons.ts";

/**
 * Writes a file a command produces (a report, a strategy draft, a workbook, a
 * plan): a file-system error becomes a bilingual error with exit code 5 that
 * names the file and why (no such folder, permission denied, a folder of that
 * name…), for every command alike.
 */
export function writeOutputFile(path: string, bytes: string | Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const message = error instanceof Error ? error.message : String(error);
    // writing, a missing path means a missing folder: the file itself is about to be made
    const reason =
      code === "ENOENT"
        ? { vi: "thư mục chứa tệp không tồn tại", en: "its folder does not exist" }
        : (fileSystemReasons[code] ?? { vi: message, en: message });
    const shownCode = code === "" ? "" : ` (${code})`;
    throw new DoingoaiError(
      {
        vi: `Không ghi được tệp ${path}: ${reason.vi}${shownCode}.`,
        en: `Cannot write the file ${path}: ${reason.en}${shownCode}.`,
      },
      { exitCode: exitCodes.io, cause: error },
    );
  }
}
