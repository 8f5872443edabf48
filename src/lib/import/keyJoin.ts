import type { Entity } from "../../data/defineEntity.ts";
import { ident } from "../store/sqlTypes.ts";

/** SQL condition: rows `a` and `b` of the entity have the same key (NULL matching NULL). */
export function keyJoin(entity: Entity, a: string, b: string): string {
  return entity.key.map((k) => `${a}.${ident(k)} IS NOT DISTINCT FROM ${b}.${ident(k)}`).join(" AND ");
}
