import type { Entity } from "../../data/defineEntity.ts";
import { entities, entityByName } from "../../data/entities.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { writeAtomically } from "../store/writeAtomically.ts";
import type { ChangeCount } from "./Change.ts";
import { insertChange, nextChangeId } from "./recordChange.ts";
import { refuseClosedPeriodChanges } from "../closures/refuseClosedPeriodChanges.ts";
import { keyJoin } from "./rowSql.ts";

/**
 * One record to delete: its key columns and their values as text (dates as
 * yyyy-mm-dd or dd/mm/yyyy). A nullable key column left out, or given as
 * null or "", matches an empty value.
 */
export type RecordKey = Record<string, string | number | null>;

/** Options of {@link deleteRecords}: which records of which table, and whether their referrers go too. */
export interface DeleteOptions {
  /** The table, e.g. "partners". */
  entity: string;
  /** The records to delete, by key. */
  keys: RecordKey[];
  /** Delete the records that refer to these too, and those that refer to them, and so on. Default false: refuse. */
  cascade?: boolean;
  /** Recorded in the history. Default "delete". */
  command?: string;
}

/** What a delete did. */
export interface DeleteSummary {
  /** The number of the change in the history (undo reverts it). */
  id: number;
  /** Rows deleted by table. */
  deleted: Record<string, number>;
}

/** How many referrers a refusal names; the rest are counted. */
export const referrersListed = 50;

function usage(vi: string, en: string): DoingoaiError {
  return new DoingoaiError({ vi, en }, { exitCode: exitCodes.usage });
}

function keyText(entity: Entity, alias: string): string {
  return `concat_ws(' | ', ${entity.key.map((k) => `coalesce(CAST(${alias}.${ident(k)} AS VARCHAR), '')`).join(", ")})`;
}

/** A key value as the stored column prints it: dd/mm/yyyy dates become yyyy-mm-dd. */
function keyValue(entity: Entity, column: string, value: string | number): string {
  const text = String(value).trim();
  const kind = entity.columns.find((c) => c.name === column)!.kind;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (kind === "date" && dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  return text;
}

/** SQL condition matching one key, with its bound parameters appended to `params`. */
function keyCondition(entity: Entity, key: RecordKey, params: string[]): string {
  const unknown = Object.keys(key).filter((k) => !entity.key.includes(k));
  if (unknown.length > 0) {
    throw usage(
      `Bảng ${entity.name} được xác định bởi ${entity.key.join(", ")}; không có cột khóa ${unknown.join(", ")}.`,
      `Table ${entity.name} is keyed by ${entity.key.join(", ")}; ${unknown.join(", ")} is not one of its key columns.`,
    );
  }
  return entity.key
    .map((k) => {
      const v = key[k];
      const column = entity.columns.find((c) => c.name === k)!;
      if (v === undefined || v === null || String(v).trim() === "") {
        if (column.required) {
          throw usage(
            `Bảng ${entity.name}: cần giá trị cho cột khóa ${k} (khóa: ${entity.key.join(", ")}).`,
            `Table ${entity.name}: key column ${k} needs a value (key: ${entity.key.join(", ")}).`,
          );
        }
        return `t.${ident(k)} IS NULL`;
      }
      params.push(keyValue(entity, k, v));
      return `CAST(t.${ident(k)} AS VARCHAR) = $${params.length}`;
    })
    .join(" AND ");
}

function describeKey(entity: Entity, key: RecordKey): string {
  return entity.key.length === 1
    ? String(key[entity.key[0]!] ?? "")
    : entity.key.map((k) => `${k}=${key[k] ?? ""}`).join(", ");
}

/** Every (entity, column) whose column refers to `target`'s key. */
function referencesTo(target: Entity): { entity: Entity; column: string }[] {
  return entities.flatMap((e) =>
    e.columns.filter((c) => c.ref === target.name).map((c) => ({ entity: e as Entity, column: c.name })),
  );
}

/**
 * Deletes records by key, in one transaction recorded in the history (and
 * undone by `undoLastChange`). Refuses (exit 3, nothing written) a key that
 * matches no record, and a record that other records refer to, naming each of
 * them, unless `cascade` is set: then the referring records go too, and the
 * ones referring to those, and so on. An unknown table or key column is a
 * command-line error (exit 2).
 */
export async function deleteRecords(store: Store, options: DeleteOptions): Promise<DeleteSummary> {
  const entity = entityByName(options.entity);
  if (!entity) {
    const names = entities.map((e) => e.name).join(", ");
    throw usage(
      `Không có bảng «${options.entity}»; các bảng: ${names}.`,
      `No table «${options.entity}»; the tables are: ${names}.`,
    );
  }
  if (options.keys.length === 0) {
    throw usage(`Cần ít nhất một bản ghi để xóa.`, `Name at least one record to delete.`);
  }
  // killed at any moment, the database holds all of the delete or none of it
  return writeAtomically(store, () => deleteNamed(store, entity, options));
}

async function deleteNamed(store: Store, entity: Entity, options: DeleteOptions): Promise<DeleteSummary> {
  const doomed = new Map<string, string>();
  const temp = (e: Entity) => `__delete_${e.name}`;
  try {
    return await store.transaction(async () => {
      // the records named
      const missing: string[] = [];
      const conditions: string[] = [];
      const params: string[] = [];
      for (const key of options.keys) {
        const own: string[] = [];
        const condition = keyCondition(entity, key, own);
        const [r] = await store.all<{ n: bigint }>(
          `SELECT count(*) AS n FROM ${ident(entity.name)} t WHERE ${condition}`,
          own,
        );
        if (Number(r!.n) === 0) missing.push(describeKey(entity, key));
        conditions.push(keyCondition(entity, key, params));
      }
      if (missing.length > 0) {
        throw new DoingoaiError(
          {
            vi: `Không tìm thấy trong bảng ${entity.name}: ${missing.join("; ")}. Không xóa gì.`,
            en: `Not found in ${entity.name}: ${missing.join("; ")}. Nothing was deleted.`,
          },
          { exitCode: exitCodes.invalidData },
        );
      }
      await store.run(
        `CREATE OR REPLACE TEMP TABLE ${temp(entity)} AS SELECT * FROM ${ident(entity.name)} t WHERE ${conditions.map((c) => `(${c})`).join(" OR ")}`,
        params,
      );
      doomed.set(entity.name, temp(entity));

      // the records referring to them, and with --cascade those referring to those…
      const queue: Entity[] = [entity];
      const referrers: ReferrerGroup[] = [];
      while (queue.length > 0) {
        const target = queue.shift()!;
        const targetKey = ident(target.key[0]!);
        for (const ref of referencesTo(target)) {
          const r = ref.entity;
          const already = doomed.get(r.name);
          const sql = `SELECT t.* FROM ${ident(r.name)} t
            WHERE t.${ident(ref.column)} IN (SELECT ${targetKey} FROM ${temp(target)})
            ${already ? `AND NOT EXISTS (SELECT 1 FROM ${already} d WHERE ${keyJoin(r, "t", "d")})` : ""}`;
          if (!options.cascade) {
            const found = await store.all<{ key: string; value: string; n: bigint }>(
              `SELECT ${keyText(r, "t")} AS key, CAST(t.${ident(ref.column)} AS VARCHAR) AS value, count(*) OVER () AS n
               FROM (${sql}) t ORDER BY key LIMIT ${referrersListed}`,
            );
            if (found.length > 0) referrers.push({ entity: r, column: ref.column, found });
            continue;
          }
          const before = already ? await count(store, already) : 0;
          if (already) await store.run(`INSERT INTO ${already} ${sql}`);
          else await store.run(`CREATE OR REPLACE TEMP TABLE ${temp(r)} AS ${sql}`);
          doomed.set(r.name, temp(r));
          // only new rows can have referrers not yet found (this also ends any cycle)
          if ((await count(store, temp(r))) > before && !queue.includes(r)) queue.push(r);
        }
      }

      if (referrers.length > 0) throw referenced(entity, referrers);
      await refuseClosedPeriodChanges(
        store,
        [...doomed].map(([name, t]) => ({ entity: name, relation: `SELECT * FROM ${t}` })),
        { vi: "Không xóa", en: "Not deleted" },
      );

      // keep each row as it was, then delete
      const id = await nextChangeId(store);
      const deleted: Record<string, number> = {};
      const counts: Record<string, ChangeCount> = {};
      for (const e of entities) {
        const d = doomed.get(e.name);
        if (!d) continue;
        const n = await count(store, d);
        if (n === 0) continue;
        await store.run(
          `INSERT INTO change_rows SELECT $1, ${literal(e.name)}, 'deleted', to_json(d) FROM ${d} d`,
          [id],
        );
        await store.run(`DELETE FROM ${ident(e.name)} t USING ${d} d WHERE ${keyJoin(e, "t", "d")}`);
        deleted[e.name] = n;
        counts[e.name] = { inserted: 0, updated: 0, deleted: n };
      }
      await insertChange(store, id, { command: options.command ?? "delete" }, counts);
      return { id, deleted };
    });
  } finally {
    for (const t of doomed.values()) await store.run(`DROP TABLE IF EXISTS temp.${t}`).catch(() => undefined);
  }
}

async function count(store: Store, table: string): Promise<number> {
  const [r] = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(r!.n);
}

interface ReferrerGroup {
  entity: Entity;
  column: string;
  found: { key: string; value: string; n: bigint }[];
}

function referenced(entity: Entity, groups: ReferrerGroup[]): DoingoaiError {
  const total = groups.reduce((sum, g) => sum + Number(g.found[0]!.n), 0);
  const lines = groups.flatMap((g) => {
    const listed = g.found.map((f) => `${g.entity.name} ${f.key} (${g.column} = ${f.value})`);
    const more = Number(g.found[0]!.n) - g.found.length;
    return more > 0 ? [...listed, `… +${more} ${g.entity.name}`] : listed;
  });
  const list = lines.join("\n  ");
  return new DoingoaiError(
    {
      vi: `Không xóa: ${total} bản ghi khác còn tham chiếu tới bản ghi cần xóa trong bảng ${entity.name}:\n  ${list}\nHãy xóa hoặc sửa các bản ghi đó trước, hoặc dùng --cascade để xóa cả chúng. Không xóa gì.`,
      en: `Not deleted: ${total} other record(s) refer to the ${entity.name} record(s) to delete:\n  ${list}\nDelete or correct them first, or use --cascade to delete them too. Nothing was deleted.`,
    },
    { exitCode: exitCodes.invalidData },
  );
}
