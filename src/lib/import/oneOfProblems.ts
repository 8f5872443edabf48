import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { problemsListedPerKind, type ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/**
 * Rows of `newView` (the entity's new typed rows) that leave every column of
 * one of the entity's `oneOf` groups empty: up to `problemsListedPerKind` a group.
 */
export async function oneOfProblems(store: Store, entity: Entity, newView: string): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const group of entity.oneOf) {
    const rows = await store.all<RowOrigin>(
      `SELECT _source, _sheet, _row FROM ${newView} WHERE ${group.map((c) => `${ident(c)} IS NULL`).join(" AND ")} ORDER BY _row LIMIT ${problemsListedPerKind}`,
    );
    for (const r of rows) {
      out.push({
        ...rowLocation(r),
        column: group.join("|"),
        code: "one_of",
        text: {
          vi: `cần ít nhất một trong các cột: ${group.join(", ")}`,
          en: `at least one of these columns is needed: ${group.join(", ")}`,
        },
      });
    }
  }
  return out;
}
