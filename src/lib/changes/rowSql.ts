import type { Entity } from "../../data/defineEntity.ts";
import { ident, literal, sqlType } from "../store/sqlTypes.ts";

/** SQL: the rows `a` and `b` have the same key (NULL key parts match NULL). */
export function keyJoin(entity: Entity, a: string, b: string): string {
  return entity.key.map((k) => `${a}.${ident(k)} IS NOT DISTINCT FROM ${b}.${ident(k)}`).join(" AND ");
}

/** SQL: a JSON object of the key columns of the row aliased `alias`. */
export function keyJsonSql(entity: Entity, alias: string): string {
  return `json_object(${entity.key.map((k) => `${literal(k)}, ${alias}.${ident(k)}`).join(", ")})`;
}

/**
 * SQL: the columns (default every column) of a row kept as JSON in
 * `change_rows."row"`, typed as the table stores them. A column the JSON
 * lacks (added to the entity after the row was kept) comes back NULL.
 */
export function rowFromJsonSql(
  entity: Entity,
  json: string,
  columns = entity.columns.map((c) => c.name),
): string {
  const structure = Object.fromEntries(
    columns.map((name) => [name, sqlType(entity.columns.find((c) => c.name === name)!)]),
  );
  return `unnest(json_transform(${json}, ${literal(JSON.stringify(structure))}))`;
}
