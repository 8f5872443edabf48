import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/**
 * Rows of `newView` whose key an earlier row of this import already has (in
 * any of its files), naming where the first one stands; up to 1000.
 */
export async function duplicateKeyProblems(
  store: Store,
  entity: Entity,
  newView: string,
): Promise<ImportProblem[]> {
  const key = entity.key.map(ident).join(", ");
  const notNull = entity.key
    .filter((k) => entity.columns.find((c) => c.name === k)?.required)
    .map((k) => `${ident(k)} IS NOT NULL`);
  const rows = await store.all<
    RowOrigin & {
      key: string;
      first: string;
    }
  >(`
    WITH keyed AS (
      SELECT _source, _sheet, _row, concat_ws(' | ', ${entity.key.map((k) => `CAST(${ident(k)} AS VARCHAR)`).join(", ")}) AS key,
        row_number() OVER (PARTITION BY ${key} ORDER BY _source, _row) AS k,
        first(_source || coalesce(' / ' || _sheet, '') || ' #' || _row) OVER (PARTITION BY ${key} ORDER BY _source, _row) AS first
      FROM ${newView} ${notNull.length ? `WHERE ${notNull.join(" AND ")}` : ""}
    )
    SELECT _source, _sheet, _row, key, first FROM keyed WHERE k > 1 ORDER BY _source, _row LIMIT 1000`);
  return rows.map((r) => ({
    ...rowLocation(r),
    column: entity.key.join(", "),
    value: r.key,
    code: "duplicate_key",
    text: {
      vi: `mã bị trùng: đã có ở ${r.first.replace(" #", ", dòng ")}; mỗi mã chỉ một dòng`,
      en: `duplicate key: already at ${r.first.replace(" #", ", row ")}; one row per key`,
    },
  }));
}

/**
 * Whether two rows of `newView` share a key: a parallel hash aggregate, no row
 * numbers (the import then locates them with {@link duplicateKeyProblems}).
 */
export async function hasDuplicateKeys(store: Store, entity: Entity, newView: string): Promise<boolean> {
  const notNull = entity.key
    .filter((k) => entity.columns.find((c) => c.name === k)?.required)
    .map((k) => `${ident(k)} IS NOT NULL`);
  const [r] = await store.all<{ dup: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${newView} ${notNull.length ? `WHERE ${notNull.join(" AND ")}` : ""}
     GROUP BY ${entity.key.map(ident).join(", ")} HAVING count(*) > 1) AS dup`,
  );
  return r?.dup === true;
}
