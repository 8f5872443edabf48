import { entityByName } from "../../data/entities.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import type { ChangeCount } from "./Change.ts";
import { keyJoin, keyJsonSql } from "./rowSql.ts";

/** What a change records about itself. */
export interface ChangeInput {
  /** What made it, e.g. "import", "sample", "delete --entity partners --id P9". */
  command: string;
  /** Files read; empty when none. */
  sources?: readonly string[];
}

/** The latest change's number (0 when none). */
export async function lastChangeId(store: Store): Promise<number> {
  const [r] = await store.all<{ id: number }>(
    "SELECT CAST(coalesce(max(change_id), 0) AS INTEGER) AS id FROM changes",
  );
  return r!.id;
}

/** The number the next change gets (changes are numbered 1, 2, 3…). */
export async function nextChangeId(store: Store): Promise<number> {
  return (await lastChangeId(store)) + 1;
}

/** Writes the `changes` row of change `id`. */
export async function insertChange(
  store: Store,
  id: number,
  input: ChangeInput,
  counts: Record<string, ChangeCount>,
  undoes: number | null = null,
): Promise<void> {
  await store.run(
    `INSERT INTO changes (change_id, made_at, command, sources, counts, trail, undoes)
     VALUES ($1, now() AT TIME ZONE 'UTC', $2, CAST($3::JSON AS VARCHAR[]), $4::JSON, true, $5)`,
    [id, input.command, JSON.stringify([...new Set(input.sources ?? [])]), JSON.stringify(counts), undoes],
  );
}

/**
 * Records an upsert before it is written, inside the same transaction: a new
 * `changes` row and, in `change_rows`, the stored version of every row that
 * the incoming rows will replace and the key of every row they will insert,
 * so that `undoLastChange` can put the tables back exactly. `incoming` maps
 * an entity name to a relation (table or view) holding the rows about to be
 * written, with the entity's columns. Returns the change's number.
 */
export async function recordChange(
  store: Store,
  input: ChangeInput,
  incoming: ReadonlyMap<string, string>,
): Promise<number> {
  return store.transaction(async () => {
    const id = await nextChangeId(store);
    const counts: Record<string, ChangeCount> = {};
    for (const [name, relation] of incoming) {
      const entity = entityByName(name)!;
      const table = ident(entity.name);
      // the incoming keys once: `relation` may be a view that is costly to compute twice
      const keys = `__change_keys_${entity.name}`;
      await store.run(
        `CREATE OR REPLACE TEMP TABLE ${keys} AS SELECT ${entity.key.map(ident).join(", ")} FROM ${relation}`,
      );
      try {
        await store.run(
          `INSERT INTO change_rows SELECT $1, ${literal(entity.name)}, 'replaced', to_json(t)
           FROM ${table} t SEMI JOIN ${keys} n ON ${keyJoin(entity, "t", "n")}`,
          [id],
        );
        await store.run(
          `INSERT INTO change_rows SELECT $1, ${literal(entity.name)}, 'inserted', ${keyJsonSql(entity, "n")}
           FROM ${keys} n ANTI JOIN ${table} t ON ${keyJoin(entity, "t", "n")}`,
          [id],
        );
      } finally {
        await store.run(`DROP TABLE IF EXISTS temp.${keys}`);
      }
      counts[entity.name] = { inserted: 0, updated: 0, deleted: 0 };
    }
    const rows = await store.all<{ entity: string; op: string; n: bigint }>(
      "SELECT entity, op, count(*) AS n FROM change_rows WHERE change_id = $1 GROUP BY ALL",
      [id],
    );
    for (const r of rows) {
      const c = counts[r.entity]!;
      if (r.op === "inserted") c.inserted = Number(r.n);
      else c.updated = Number(r.n);
    }
    await insertChange(store, id, input, counts);
    return id;
  });
}
