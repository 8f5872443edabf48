import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { literal } from "../store/sqlTypes.ts";

/**
 * Everything a database says about offices: every profile, every merge (each
 * as JSON text, rows in key order) and which office is the database's own
 * (doingoai_meta `office_id`). Two states are equal when their JSON is.
 */
export interface OfficeState {
  profiles: string;
  merges: string;
  officeId: string | null;
}

const tables = {
  profiles: ["office_profiles", "office_id"],
  merges: ["office_merges", "office_id, absorbed_office_id"],
} as const;

/** The office state of the database now (see {@link OfficeState}). */
export async function officeState(store: Store): Promise<OfficeState> {
  const json = (table: string, order: string) =>
    `(SELECT CAST(to_json(coalesce(list(t ORDER BY ${order}), [])) AS VARCHAR) FROM ${table} t)`;
  const [r] = await store.all<{ profiles: string; merges: string; office_id: string | null }>(
    `SELECT ${json(...tables.profiles)} AS profiles, ${json(...tables.merges)} AS merges,
       (SELECT value FROM doingoai_meta WHERE key = 'office_id') AS office_id`,
  );
  return { profiles: r!.profiles, merges: r!.merges, officeId: r!.office_id };
}

/** Puts the office tables and doingoai_meta `office_id` back as `state` has them, exactly. */
async function restoreOfficeState(store: Store, state: OfficeState): Promise<void> {
  for (const [key, [table]] of Object.entries(tables)) {
    const columns = await store.all<{ name: string; type: string }>(
      "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $1 ORDER BY ordinal_position",
      [table],
    );
    const struct = `STRUCT(${columns.map((c) => `"${c.name}" ${c.type}`).join(", ")})[]`;
    await store.run(`DELETE FROM ${table}`);
    await store.run(
      `INSERT INTO ${table} BY NAME SELECT unnest(s) FROM (SELECT unnest(CAST(CAST($1 AS JSON) AS ${struct})) AS s)`,
      [state[key as keyof typeof tables]],
    );
  }
  if (state.officeId === null) await store.run("DELETE FROM doingoai_meta WHERE key = 'office_id'");
  else {
    await store.run(
      "INSERT INTO doingoai_meta VALUES ('office_id', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [state.officeId],
    );
  }
}

/** The `change_rows` entity under which a change keeps the office state before and after it. */
export const officeChangeEntity = "office";

/**
 * Records, in change `changeId`'s trail, the office state before and after it
 * (when they differ), so that `undo` can put the profiles, merges and the
 * database's own office back. Returns whether anything was recorded.
 */
export async function recordOfficeChange(
  store: Store,
  changeId: number,
  before: OfficeState,
  after: OfficeState,
): Promise<boolean> {
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  await store.run(
    `INSERT INTO change_rows VALUES ($1, ${literal(officeChangeEntity)}, 'replaced', $2::JSON)`,
    [changeId, JSON.stringify({ before, after })],
  );
  // history lists it beside the tables: the office profile, once
  await store.run(
    `UPDATE changes SET counts = json_merge_patch(counts, ${literal(JSON.stringify({ [officeChangeEntity]: { inserted: 0, updated: 1, deleted: 0 } }))}) WHERE change_id = $1`,
    [changeId],
  );
  return true;
}

/**
 * Undoes the office part of change `changeId`: the profiles, merges and own
 * office go back to what they were before it. Refuses (exit 3, the caller's
 * transaction rolls back) when they were changed since (`office set`,
 * `office merge`): undoing would silently drop that later change too.
 * Returns whether the change had an office part.
 */
export async function undoOfficeChange(store: Store, changeId: number): Promise<boolean> {
  const [row] = await store.all<{ row: string }>(
    `SELECT CAST("row" AS VARCHAR) AS "row" FROM change_rows WHERE change_id = $1 AND entity = ${literal(officeChangeEntity)}`,
    [changeId],
  );
  if (row === undefined) return false;
  const { before, after } = JSON.parse(row.row) as { before: OfficeState; after: OfficeState };
  if (JSON.stringify(await officeState(store)) !== JSON.stringify(after)) {
    throw new DoingoaiError(
      {
        vi: `Thay đổi số ${changeId} đã đổi hồ sơ cơ quan, và hồ sơ (hoặc thông tin sáp nhập) đã được sửa lại sau đó (office set, office merge); hoàn tác sẽ xóa luôn lần sửa sau mà không báo, nên không hoàn tác. Không ghi gì.`,
        en: `Change ${changeId} changed the office profile, and the profile (or the merges) was edited after it (office set, office merge); undoing would silently drop that later edit too, so nothing is undone. Nothing was written.`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  await restoreOfficeState(store, before);
  return true;
}
