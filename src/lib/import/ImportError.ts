import { DoingoaiError, exitCodes, type ExitCode } from "../DoingoaiError.ts";
import { formatProblem, type ImportProblem } from "./ImportProblem.ts";

/**
 * The exit code for a refused import: 5 when a file could not be read at all
 * (missing, not a workbook, not CSV that DuckDB can parse), else 3 (invalid data).
 */
export function importExitCode(problems: readonly ImportProblem[]): ExitCode {
  return problems.some((p) => p.code === "unreadable") ? exitCodes.io : exitCodes.invalidData;
}

/** The import was refused: nothing was written. `problems` lists what to fix. */
export class ImportError extends DoingoaiError {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    const n = problems.length;
    super(
      {
        vi: `Dữ liệu có ${n} lỗi; không ghi gì vào cơ sở dữ liệu.\n${problems.map((p) => formatProblem(p, "vi")).join("\n")}`,
        en: `The data has ${n} problem(s); nothing was written to the database.\n${problems.map((p) => formatProblem(p, "en")).join("\n")}`,
      },
      { exitCode: importExitCode(problems) },
    );
    this.name = "ImportError";
    this.problems = problems;
  }
}
