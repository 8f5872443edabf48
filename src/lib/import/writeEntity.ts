import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { keyJoin } from "./keyJoin.ts";

/** Options of {@link writeEntity}. */
export interface WriteOptions {
  /** Some new rows replace stored rows (default true): they are deleted first. */
  replaces?: boolean;
  /**
   * Sort the rows by source and row number (default true). Without it the rows go in the order
   * the view yields them: file order for a single source read without row numbers.
   */
  ordered?: boolean;
}

/** Writes the entity's new rows (`newView`): stored rows with the same key are replaced, in file order. */
export async function writeEntity(
  store: Store,
  entity: Entity,
  newView: string,
  options: WriteOptions = {},
): Promise<void> {
  const cols = entity.columns.map((c) => ident(c.name)).join(", ");
  if (options.replaces ?? true) {
    await store.run(
      `DELETE FROM ${ident(entity.name)} t USING ${newView} n WHERE ${keyJoin(entity, "t", "n")}`,
    );
  }
  await store.run(
    `INSERT INTO ${ident(entity.name)} (${cols}) SELECT ${cols} FROM ${newView}${(options.ordered ?? true) ? " ORDER BY _source, _row" : ""}`,
  );
}
