import type { ImportProblem } from "./ImportProblem.ts";
import type { SourceTable } from "./stage.ts";

/** Where a source is, for a problem: file, and sheet of a workbook. */
export function sourceLocation(table: SourceTable): Pick<ImportProblem, "source" | "sheet"> {
  return "sheet" in table && table.sheet !== undefined
    ? { source: table.source, sheet: table.sheet }
    : { source: table.source };
}

/** A row of the typed rows of an import (`_source`, `_sheet`, `_row`), as a problem's location. */
export interface RowOrigin {
  _source: string;
  _sheet: string | null;
  _row: number;
}

/** Where a typed row came from, for a problem: file, sheet of a workbook, and row. */
export function rowLocation(r: RowOrigin): Pick<ImportProblem, "source" | "sheet" | "row"> {
  return r._sheet === null
    ? { source: r._source, row: r._row }
    : { source: r._source, sheet: r._sheet, row: r._row };
}
