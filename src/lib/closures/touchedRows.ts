import type { Entity } from "../../data/defineEntity.ts";
import { entityByName } from "../../data/entities.ts";
import { keyJoin, rowFromJsonSql } from "../changes/rowSql.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import type { TouchedRows } from "./refuseClosedPeriodChanges.ts";

async function tablesOf(store: Store, changeId: number): Promise<string[]> {
  const rows = await store.all<{ entity: string }>(
    "SELECT DISTINCT entity FROM change_rows WHERE change_id = $1 ORDER BY entity",
    [changeId],
  );
  return rows.map((r) => r.entity).filter((name) => entityByName(name) !== undefined);
}

/**
 * SQL: the rows kept in the trail (`kept`: the FROM clause over change_rows `r`) with one of
 * `ops`, as they were, except a replaced row whose stored version is the same as the one kept
 * (compared by key, so only the change's own rows are turned into JSON).
 */
function keptRowsChanged(entity: Entity, kept: string, ops: readonly string[]): string {
  return `SELECT o.* FROM (SELECT r.op AS __op, CAST(r."row" AS VARCHAR) AS __was, ${rowFromJsonSql(entity, 'r."row"')}
      ${kept} AND r.op IN (${ops.map(literal).join(", ")})) o
    WHERE o.__op <> 'replaced' OR NOT EXISTS (SELECT 1 FROM ${ident(entity.name)} n
      WHERE ${keyJoin(entity, "n", "o")} AND CAST(to_json(n) AS VARCHAR) = o.__was)`;
}

/**
 * The rows change `changeId` (an import, just written, not yet committed) added or changed,
 * as they are now, and the rows it replaced, as they were. A row re-imported exactly as it was
 * is neither: re-importing the signed data is not a change.
 */
export function importedRows(store: Store, changeId: number): Promise<TouchedRows[]> {
  return rowsOfChange(store, changeId, ["replaced"]);
}

/**
 * The rows an undo of change `changeId` would touch: the rows the change added or changed, as
 * they are now (the undo removes them or puts the old version back), and the rows it replaced
 * or deleted, as they were (the undo puts them back). A row the change re-imported exactly as
 * it was is neither: its undo changes nothing.
 */
export function undoneRows(store: Store, changeId: number): Promise<TouchedRows[]> {
  return rowsOfChange(store, changeId, ["replaced", "deleted"]);
}

/** The rows change `changeId` added or changed, as they are now, and its kept rows of `oldOps`, as they were. */
async function rowsOfChange(store: Store, changeId: number, oldOps: string[]): Promise<TouchedRows[]> {
  const out: TouchedRows[] = [];
  for (const name of await tablesOf(store, changeId)) {
    const entity = entityByName(name)!;
    const kept = `FROM change_rows r WHERE r.change_id = ${changeId} AND r.entity = ${literal(name)}`;
    out.push({
      entity: name,
      relation: `SELECT n.* FROM ${ident(name)} n
        JOIN (SELECT r.op AS __op, CAST(r."row" AS VARCHAR) AS __was, ${rowFromJsonSql(entity, 'r."row"', entity.key)} ${kept} AND r.op IN ('inserted', 'replaced')) k
        ON ${keyJoin(entity, "n", "k")}
        WHERE k.__op = 'inserted' OR k.__was <> CAST(to_json(n) AS VARCHAR)`,
    });
    out.push({ entity: name, relation: keptRowsChanged(entity, kept, oldOps) });
  }
  return out;
}
