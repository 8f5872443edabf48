import { entityByName } from "../../data/entities.ts";
import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { type ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/**
 * Rows of `newView` that point (through a column with `ref`) to an id that is
 * neither stored nor in this import (`newViews`: entity → view of its new
 * rows); up to 1000 a column.
 */
export async function referenceProblems(
  store: Store,
  entity: Entity,
  newView: string,
  newViews: Map<string, string>,
): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const column of entity.columns.filter((c) => c.ref)) {
    const target = entityByName(column.ref!)!;
    const targetKey = ident(target.key[0]!);
    const known = [`SELECT ${targetKey} AS k FROM ${ident(target.name)}`];
    const targetNew = newViews.get(target.name);
    if (targetNew) known.push(`SELECT ${targetKey} FROM ${targetNew}`);
    const c = ident(column.name);
    const rows = await store.all<RowOrigin & { value: string }>(`
      SELECT n._source, n._sheet, n._row, n.${c} AS value FROM ${newView} n
      ANTI JOIN (${known.join(" UNION ")}) r ON r.k = n.${c}
      WHERE n.${c} IS NOT NULL ORDER BY n._source, n._row LIMIT 1000`);
    for (const r of rows) {
      out.push({
        ...rowLocation(r),
        column: column.name,
        value: r.value,
        code: "reference",
        text: {
          vi: `không tìm thấy mã này trong bảng ${target.name} (trong cơ sở dữ liệu hoặc cùng lần nhập)`,
          en: `no such id in ${target.name} (in the database or in this import)`,
        },
      });
    }
  }
  return out;
}
