import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { keyJoin } from "./keyJoin.ts";

/** Writes the entity's new rows (`newView`): stored rows with the same key are replaced, in file order. */
export async function writeEntity(store: Store, entity: Entity, newView: string): Promise<void> {
  const cols = entity.columns.map((c) => ident(c.name)).join(", ");
  await store.run(
    `DELETE FROM ${ident(entity.name)} t USING ${newView} n WHERE ${keyJoin(entity, "t", "n")}`,
  );
  await store.run(
    `INSERT INTO ${ident(entity.name)} (${cols}) SELECT ${cols} FROM ${newView} ORDER BY _source, _row`,
  );
}
