import type { Store } from "../store/openStore.ts";
import { ident, literal, sqlType } from "../store/sqlTypes.ts";
import { parseSql } from "./columnSql.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { sourceLocation } from "./sourceLocation.ts";
import type { Mapped } from "./Mapped.ts";

// Re-import merges, never erases: a source that lacks a column keeps, for each row it updates,
// the stored value of that column (see typedSelect.ts).

/** The source lacks a column, and has the key to find the stored row whose value it keeps. */
export function mergesStored(m: Mapped): boolean {
  return (
    m.entity.columns.some((c) => !m.byColumn.has(c.name)) && m.entity.key.every((k) => m.byColumn.has(k))
  );
}

export function storedKeyJoin(m: Mapped): string {
  return m.entity.key.map((k) => `_stored.${ident(k)} IS NOT DISTINCT FROM ${keyValue(m, k)}`).join(" AND ");
}

/**
 * The stored rows a merging source updates, copied before the write: the
 * write deletes them, and the typed view must still see their values.
 */
export async function keepStored(store: Store, m: Mapped): Promise<void> {
  await store.run(`CREATE TEMP TABLE ${m.typed}_kept AS
    SELECT _stored.*, true AS _found FROM ${ident(m.entity.name)} _stored SEMI JOIN ${m.typed} ON ${storedKeyJoin(m)}`);
}

/**
 * A source without some required columns may only update stored rows: the
 * first new rows (key not stored) are reported, naming the missing columns.
 */
export async function newRowsMissingRequired(store: Store, m: Mapped): Promise<ImportProblem[]> {
  if (m.missingRequired.length === 0) return [];
  const [first] = await store.all<{ _row: number }>(
    `SELECT ${m.typed}._row FROM ${m.typed} ANTI JOIN ${m.typed}_kept _stored ON ${storedKeyJoin(m)} ORDER BY 1 LIMIT 1`,
  );
  if (!first) return [];
  return m.missingRequired.map((name) => {
    const c = m.entity.columns.find((col) => col.name === name)!;
    return {
      ...sourceLocation(m.staged.table),
      row: 1,
      column: name,
      code: "missing_column",
      text: {
        vi: `thiếu cột bắt buộc ${name} (tiêu đề «${c.vi}» hoặc «${name}»), cần cho dòng mới (dòng ${first._row} có mã chưa lưu); tệp thiếu cột chỉ được cập nhật các dòng đã lưu`,
        en: `required column ${name} is missing (header «${c.vi}» or «${name}»), needed for new rows (row ${first._row} has a key not stored yet); a file without it may only update stored rows`,
      },
    };
  });
}

/** The typed value of key column `k` in a source that has it (with the column's default). */
export function keyValue(m: Mapped, k: string): string {
  const c = m.entity.columns.find((col) => col.name === k)!;
  const x = `${m.typed}.x_${m.byColumn.get(k)!}`;
  return c.default === undefined
    ? x
    : `COALESCE(${x}, CAST(${parseSql(c, literal(c.default))} AS ${sqlType(c)}))`;
}

/** Columns of the entity that some source of this import lacks: their stored values are kept. */
export function keptColumns(parts: Mapped[]): string[] {
  const entity = parts[0]!.entity;
  return entity.columns
    .filter((c) => !entity.key.includes(c.name) && parts.some((m) => !m.byColumn.has(c.name)))
    .map((c) => c.name);
}
