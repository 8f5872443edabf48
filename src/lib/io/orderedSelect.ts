import type { Entity } from "../../data/defineEntity.ts";
import { ident } from "../store/sqlTypes.ts";

/** SQL reading an entity's table in its deterministic order. */
export function orderedSelect(entity: Entity): string {
  const cols = entity.columns.map((c) => ident(c.name));
  const rest = entity.columns.filter((c) => !entity.key.includes(c.name)).map((c) => c.name);
  const order = [...entity.key, ...rest].map((c) => `${ident(c)} ASC NULLS FIRST`);
  return `SELECT ${cols.join(", ")} FROM ${ident(entity.name)} ORDER BY ${order.join(", ")}`;
}
