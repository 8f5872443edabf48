import type { ImportProblem } from "./ImportProblem.ts";
import type { SourceTable } from "./stage.ts";

/** Where a source is, for a problem: file, and sheet of a workbook. */
export function where(table: SourceTable): Pick<ImportProblem, "source" | "sheet"> {
  return "sheet" in table && table.sheet !== undefined
    ? { source: table.source, sheet: table.sheet }
    : { source: table.source };
}
