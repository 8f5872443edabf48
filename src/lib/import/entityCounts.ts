import { entities } from "../../data/entities.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import type { EntityCount } from "./EntityCount.ts";
import { keyJoin } from "./keyJoin.ts";

/**
 * For each entity in the import (`newViews`: entity → view of its new rows),
 * how many rows are new and how many replace a stored row; `kept` lists the
 * columns whose stored values are kept.
 */
export async function entityCounts(
  store: Store,
  newViews: Map<string, string>,
  kept: Map<string, string[]>,
): Promise<Record<string, EntityCount>> {
  const out: Record<string, EntityCount> = {};
  for (const entity of entities) {
    const newView = newViews.get(entity.name);
    if (!newView) continue;
    const [r] = (await store.all<{ rows: bigint; updated: bigint }>(
      `SELECT (SELECT count(*) FROM ${newView}) AS rows,
        (SELECT count(*) FROM ${newView} n SEMI JOIN ${ident(entity.name)} t ON ${keyJoin(entity, "t", "n")}) AS updated`,
    )) as [{ rows: bigint; updated: bigint }];
    out[entity.name] = {
      rows: Number(r.rows),
      updated: Number(r.updated),
      inserted: Number(r.rows) - Number(r.updated),
      keptColumns: kept.get(entity.name) ?? [],
    };
  }
  return out;
}
