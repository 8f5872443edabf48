import type { ImportProblem } from "./ImportProblem.ts";
import { cellText, type SourceTable } from "./stage.ts";

/**
 * The most characters one cell of an imported file may hold: 100.000. Excel
 * itself stops at 32.767; a longer cell is a file gone wrong (a whole document
 * pasted in one cell, a runaway quote) and would pass DuckDB's 2.000.000-byte
 * line limit when the rows are staged.
 */
export const maxCellLength = 100_000;

/** The most bytes (UTF-8) one row of a JSON file or workbook may hold: 1.000.000. */
export const maxRowBytes = 1_000_000;

/** The deepest a JSON file may nest arrays and objects: 16 levels (a table needs 2: the array and its records). */
export const maxJsonDepth = 16;

/**
 * The first record of a parsed JSON array that nests deeper than
 * {@link maxJsonDepth} (1 = the first record), with its depth; counted
 * without recursion, so that JSON nested thousands deep is refused, not a
 * stack overflow.
 */
export function tooDeepRecord(data: unknown): { record: number; depth: number } | undefined {
  if (!Array.isArray(data)) return undefined;
  for (const [i, record] of data.entries()) {
    const stack: [unknown, number][] = [[record, 2]];
    while (stack.length > 0) {
      const [v, depth] = stack.pop()!;
      if (v === null || typeof v !== "object") continue;
      if (depth > maxJsonDepth) return { record: i + 1, depth };
      for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

/** The bilingual message of JSON nested too deep, for the file's "cannot read" problem. */
export function tooDeepText(found: { record: number; depth: number }): string {
  return `bản ghi thứ ${found.record} lồng nhau quá ${maxJsonDepth} tầng (mảng, đối tượng trong ô); cần mỗi ô là một giá trị / record ${found.record} nests deeper than ${maxJsonDepth} levels (arrays, objects in a cell); expected one value per cell`;
}

/**
 * Rows of in-memory tables (JSON files, workbooks, Parquet exports) with a
 * cell longer than {@link maxCellLength} characters or a row larger than
 * {@link maxRowBytes}: each is a problem naming the file, sheet, row and
 * column, and its table is left out (the import is refused). Returns the
 * tables without a problem. CSV files are read by DuckDB, whose line limit
 * (2.000.000 bytes) reports them.
 */
export function longCellProblems(tables: SourceTable[], problems: ImportProblem[]): SourceTable[] {
  return tables.filter((table) => {
    if (!("rows" in table)) return true;
    let ok = true;
    table.rows.forEach((cells, k) => {
      const row = table.rowNumbers?.[k] ?? (table.firstRow ?? 2) + k;
      const where = { source: table.source, ...(table.sheet ? { sheet: table.sheet } : {}), row };
      let bytes = 0;
      cells.forEach((cell, c) => {
        const text =
          typeof cell === "string" ? cell : cell === null || cell === undefined ? "" : (cellText(cell) ?? "");
        bytes += Buffer.byteLength(text);
        if (text.length <= maxCellLength) return;
        ok = false;
        problems.push({
          ...where,
          column: table.header[c] ?? `#${c + 1}`,
          value: `${text.slice(0, 40)}…`,
          code: "cell_too_long",
          text: {
            vi: `ô dài ${text.length.toLocaleString("vi-VN")} ký tự; mỗi ô tối đa ${maxCellLength.toLocaleString("vi-VN")} ký tự`,
            en: `the cell holds ${text.length.toLocaleString("vi-VN")} characters; a cell holds at most ${maxCellLength.toLocaleString("vi-VN")}`,
          },
        });
      });
      if (bytes > maxRowBytes && ok) {
        ok = false;
        problems.push({
          ...where,
          code: "cell_too_long",
          text: {
            vi: `dòng dài ${bytes.toLocaleString("vi-VN")} byte; mỗi dòng tối đa ${maxRowBytes.toLocaleString("vi-VN")} byte`,
            en: `the row holds ${bytes.toLocaleString("vi-VN")} bytes; a row holds at most ${maxRowBytes.toLocaleString("vi-VN")}`,
          },
        });
      }
    });
    return ok;
  });
}
