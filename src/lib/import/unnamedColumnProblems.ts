import type { Store } from "../store/openStore.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";
import { sourceLocation } from "./sourceLocation.ts";
import type { Staged } from "./stage.ts";

/**
 * A header cell that names no column: empty, or a name a tool made up for an
 * empty header (`column7`, as DuckDB and pandas write it).
 */
export function isUnnamedHeader(header: string): boolean {
  return header.replace(/^\uFEFF/, "").trim() === "" || /^\s*column\d+\s*$/i.test(header);
}

/**
 * Cells holding a value under a header that names no column. Such a value has
 * nowhere to go: dropping it silently would lose what the office wrote (and,
 * in a re-import, wipe nothing it meant to keep), so the import is refused
 * and each cell named. An unnamed column with nothing in it is harmless.
 */
export async function unnamedColumnProblems(store: Store, staged: Staged): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  const location = sourceLocation(staged.table);
  for (const [k, h] of staged.header.entries()) {
    if (!isUnnamedHeader(h)) continue;
    const c = `c_${k}`;
    const rows = await store.all<{ _row: number; value: string; n: bigint }>(
      `SELECT _row, ${c} AS value, count(*) OVER () AS n FROM ${staged.tempTable}
       WHERE NULLIF(trim(${c}), '') IS NOT NULL ORDER BY _row LIMIT ${listed}`,
    );
    const column = h.trim() === "" ? String(k + 1) : h.trim();
    for (const r of rows) {
      out.push({
        ...location,
        row: r._row,
        column,
        value: r.value,
        code: "unnamed_column",
        text: {
          vi: `ô có giá trị nhưng cột thứ ${k + 1} không có tên (ô tiêu đề trống hoặc tên tự sinh «${h}»); cần ghi tên cột ở dòng tiêu đề, hoặc xóa giá trị`,
          en: `the cell holds a value but column ${k + 1} has no name (empty header cell or the generated name «${h}»); expected a column name in the header row, or no value`,
        },
      });
    }
    const n = Number(rows[0]?.n ?? 0);
    if (n > listed) {
      out.push({
        ...location,
        column,
        code: "too_many",
        text: {
          vi: `và ${(n - listed).toLocaleString("vi-VN")} ô khác trong cột không tên này`,
          en: `and ${(n - listed).toLocaleString("en-US")} more cells of this unnamed column`,
        },
      });
    }
  }
  return out;
}
