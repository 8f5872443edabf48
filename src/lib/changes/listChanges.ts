import type { Store } from "../store/openStore.ts";
import { changeSchema, type Change } from "./Change.ts";

interface ChangeRow {
  change_id: number;
  at: Date;
  command: string;
  sources: string[];
  counts: string;
  trail: boolean;
  undoes: number | null;
  undone_by: number | null;
  period_action: "close" | "reopen" | null;
}

/** The columns of a change, with whether it closed or reopened a period (period_closures). */
const changeColumns = `change_id, made_at AS at, command, sources, CAST(counts AS VARCHAR) AS counts, trail, undoes, undone_by,
  CASE WHEN change_id IN (SELECT closed_change FROM period_closures) THEN 'close'
       WHEN change_id IN (SELECT reopened_change FROM period_closures WHERE reopened_change IS NOT NULL) THEN 'reopen'
  END AS period_action`;

function toChange(r: ChangeRow): Change {
  return changeSchema.parse({
    id: r.change_id,
    at: r.at,
    command: r.command,
    sources: r.sources,
    counts: JSON.parse(r.counts) as unknown,
    undoable: r.trail,
    undoes: r.undoes,
    undoneBy: r.undone_by,
    periodAction: r.period_action,
  });
}

/**
 * Every change made to the database's data since it was created, oldest
 * first: imports, sample loads, deletes and undos, with when, what, the files
 * read and the rows written by table. Imports made before the change trail
 * existed (schema version 1) are listed with `undoable: false`.
 */
export async function listChanges(store: Store): Promise<Change[]> {
  const rows = await store.all<ChangeRow>(`SELECT ${changeColumns} FROM changes ORDER BY change_id`);
  return rows.map(toChange);
}

/**
 * The change `undoLastChange` would revert: the latest one that is not an undo and not yet
 * undone, passing over the closings and reopenings of periods (they change no data).
 */
export async function lastUndoable(store: Store): Promise<Change | undefined> {
  const rows = await store.all<ChangeRow>(
    `SELECT * FROM (SELECT ${changeColumns} FROM changes WHERE undoes IS NULL AND undone_by IS NULL)
     WHERE period_action IS NULL ORDER BY change_id DESC LIMIT 1`,
  );
  return rows.length === 0 ? undefined : toChange(rows[0]!);
}
