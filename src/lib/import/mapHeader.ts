import type { Entity } from "../../data/defineEntity.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import type { Mapped } from "./Mapped.ts";
import { matchHeader } from "./matchHeader.ts";
import { sourceLocation } from "./sourceLocation.ts";
import type { Staged } from "./stage.ts";
import { isUnnamedHeader } from "./unnamedColumnProblems.ts";

/**
 * Matches a staged source's header to the entity's columns. Unknown,
 * duplicated and missing required columns go to `problems`. Null when no
 * column could be matched at all (nothing to check row by row).
 */
export function mapHeader(staged: Staged, entity: Entity, problems: ImportProblem[]): Mapped | null {
  const byColumn = new Map<string, string>();
  const location = sourceLocation(staged.table);
  let ok = true;
  staged.header.forEach((h, k) => {
    const column = matchHeader(entity.columns, h);
    if (!column) {
      // an unnamed column: refused by unnamedColumnProblems when it holds a value, else ignored
      if (isUnnamedHeader(h)) return;
      ok = false;
      problems.push({
        ...location,
        row: 1,
        column: h,
        code: "unknown_column",
        text: {
          vi: `cột không có trong bảng ${entity.name}; các cột hợp lệ: ${entity.columns.map((c) => c.name).join(", ")}`,
          en: `column is not part of ${entity.name}; valid columns: ${entity.columns.map((c) => c.name).join(", ")}`,
        },
      });
    } else if (byColumn.has(column.name)) {
      ok = false;
      problems.push({
        ...location,
        row: 1,
        column: h,
        code: "duplicate_column",
        text: { vi: `cột ${column.name} xuất hiện hai lần`, en: `column ${column.name} appears twice` },
      });
    } else {
      byColumn.set(column.name, `c_${k}`);
    }
  });
  const keyed = entity.key.every((k) => byColumn.has(k));
  const missingRequired: string[] = [];
  for (const c of entity.columns) {
    if (c.required && !byColumn.has(c.name) && keyed && !entity.key.includes(c.name)) {
      // a re-import may leave out a required column: rows that are already stored keep their value
      // there; a new row has none, and is refused by newRowsMissingRequired
      missingRequired.push(c.name);
    } else if (c.required && !byColumn.has(c.name)) {
      ok = false;
      problems.push({
        ...location,
        row: 1,
        column: c.name,
        code: "missing_column",
        text: {
          vi: `thiếu cột bắt buộc ${c.name} (tiêu đề «${c.vi}» hoặc «${c.name}»)`,
          en: `required column ${c.name} is missing (header «${c.vi}» or «${c.name}»)`,
        },
      });
    }
  }
  // Without its required columns a table cannot be checked row by row.
  return ok || [...byColumn.keys()].length > 0
    ? { staged, entity, byColumn, typed: `${staged.tempTable}_t`, missingRequired }
    : null;
}
