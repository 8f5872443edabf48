import { entities } from "../../data/entities.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { writeAtomically } from "../store/writeAtomically.ts";
import type { Change, ChangeCount } from "./Change.ts";
import { lastUndoable } from "./listChanges.ts";
import { officeChangeEntity, undoOfficeChange } from "../office/officeState.ts";
import { insertChange, nextChangeId } from "./recordChange.ts";
import { keyJoin, rowFromJsonSql } from "./rowSql.ts";
import { refuseClosedPeriodChanges } from "../closures/refuseClosedPeriodChanges.ts";
import { undoneRows } from "../closures/touchedRows.ts";

/** What an undo did. */
export interface UndoSummary {
  /** The number of the undo in the history. */
  id: number;
  /** The change it reverted. */
  undone: Change;
  /** Rows written by table: deleted (rows the change had inserted), updated (put back as they were), inserted (rows the change had deleted). */
  counts: Record<string, ChangeCount>;
}

/**
 * Reverts the latest change that is not an undo and not yet undone, exactly:
 * rows it inserted are removed, rows it replaced or deleted are put back as
 * they were, and an office profile it changed (with the database's own
 * office) is put back too. Called again, it reverts the change before that, and so on back
 * to the database's creation. One transaction, recorded in the history as
 * `undo`. Throws a {@link DoingoaiError} (exit 3, nothing written) when there
 * is nothing left to undo, the change predates the change trail, or it changed
 * the office profile and the profile was edited again since.
 */
export async function undoLastChange(store: Store, options: { command?: string } = {}): Promise<UndoSummary> {
  // killed at any moment, the database holds all of the undo or none of it
  return writeAtomically(store, () => undoOnStore(store, options));
}

async function undoOnStore(store: Store, options: { command?: string }): Promise<UndoSummary> {
  return store.transaction(async () => {
    const target = await lastUndoable(store);
    if (!target) {
      throw new DoingoaiError(
        {
          vi: "Không còn thay đổi nào để hoàn tác: cơ sở dữ liệu đã trở về lúc mới tạo.",
          en: "Nothing left to undo: the database is back as it was created.",
        },
        { exitCode: exitCodes.invalidData },
      );
    }
    if (!target.undoable) {
      throw new DoingoaiError(
        {
          vi: `Thay đổi số ${target.id} (${target.command}) được ghi trước khi doingoai lưu vết thay đổi (lược đồ phiên bản 1) nên không hoàn tác được. Không ghi gì.`,
          en: `Change ${target.id} (${target.command}) was made before doingoai kept a change trail (schema version 1), so it cannot be undone. Nothing was written.`,
        },
        { exitCode: exitCodes.invalidData },
      );
    }
    await refuseClosedPeriodChanges(store, await undoneRows(store, target.id), {
      vi: `Không hoàn tác thay đổi số ${target.id} (${target.command})`,
      en: `Change ${target.id} (${target.command}) not undone`,
    });
    const id = await nextChangeId(store);
    const counts: Record<string, ChangeCount> = {};
    const groups = await store.all<{ entity: string; op: string; n: bigint }>(
      "SELECT entity, op, count(*) AS n FROM change_rows WHERE change_id = $1 GROUP BY ALL ORDER BY ALL",
      [target.id],
    );
    const touched = new Set(groups.map((g) => g.entity));
    for (const entity of entities.filter((e) => touched.has(e.name))) {
      const name = entity.name;
      const n = (op: string) => Number(groups.find((g) => g.entity === name && g.op === op)?.n ?? 0);
      const kept = (ops: string) =>
        `FROM change_rows WHERE change_id = ${target.id} AND entity = ${literal(name)} AND op IN (${ops})`;
      const table = ident(entity.name);
      await store.run(
        `DELETE FROM ${table} t USING (SELECT ${rowFromJsonSql(entity, '"row"', entity.key)} ${kept("'inserted', 'replaced'")}) k
         WHERE ${keyJoin(entity, "t", "k")}`,
      );
      await store.run(
        `INSERT INTO ${table} BY NAME SELECT ${rowFromJsonSql(entity, '"row"')} ${kept("'replaced', 'deleted'")}`,
      );
      counts[name] = { inserted: n("deleted"), updated: n("replaced"), deleted: n("inserted") };
    }
    // an import that changed the office profile (a Parquet manifest, the office sheet): put it back
    if (await undoOfficeChange(store, target.id)) {
      counts[officeChangeEntity] = { inserted: 0, updated: 1, deleted: 0 };
    }
    await insertChange(store, id, { command: options.command ?? "undo" }, counts, target.id);
    await store.run("UPDATE changes SET undone_by = $1 WHERE change_id = $2", [id, target.id]);
    return { id, undone: target, counts };
  });
}
