import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { idSkeletonSql, visibleId } from "./idSkeleton.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

/**
 * New rows whose id differs from a stored id (or from the id of an earlier row
 * of this import) but looks the same: equal ignoring case, invisible
 * characters, or Cyrillic, Greek and full-width letters that read as Latin ones
 * (one skeleton, {@link idSkeletonSql}). `p-au-emb` beside a stored `P-AU-EMB`
 * would be a second partner and count it twice; the import is refused and the
 * stored id named. A row whose id is stored exactly is an update and passes.
 * Only tables keyed by one id column (partners, agreements, NGOs…).
 */
export async function lookAlikeIdProblems(
  store: Store,
  entity: Entity,
  newView: string,
): Promise<ImportProblem[]> {
  const [k] = entity.key;
  if (entity.key.length !== 1 || entity.columns.find((c) => c.name === k)?.kind !== "id") return [];
  const c = ident(k!);
  const table = ident(entity.name);
  const rows = await store.all<
    RowOrigin & { id: string; other: string; stored: boolean; at: string | null }
  >(`
    WITH n AS (
      SELECT _source, _sheet, _row, ${c} AS id, ${idSkeletonSql(c)} AS skeleton FROM ${newView} WHERE ${c} IS NOT NULL
    ),
    s AS (
      SELECT DISTINCT ${c} AS id, ${idSkeletonSql(c)} AS skeleton FROM ${table}
    ),
    first_new AS (
      SELECT skeleton, id, _source, _sheet, _row,
        row_number() OVER (PARTITION BY skeleton ORDER BY _source, _row) AS k
      FROM (SELECT DISTINCT ON (id) * FROM n ORDER BY id, _source, _row)
    ),
    hits AS (
      -- beside a stored id (a stored id not in NFC is storedIdsNotNfc's to report)
      SELECT n._source, n._sheet, n._row, n.id, s.id AS other, true AS stored, NULL AS at
      FROM n JOIN s ON s.skeleton = n.skeleton AND s.id <> n.id AND nfc_normalize(s.id) <> n.id
      WHERE n.id NOT IN (SELECT id FROM s)
      UNION ALL
      -- beside an earlier id of this import
      SELECT n._source, n._sheet, n._row, n.id, f.id AS other, false AS stored,
        f._source || coalesce(' / ' || f._sheet, '') || ' #' || f._row AS at
      FROM n JOIN first_new f ON f.skeleton = n.skeleton AND f.k = 1 AND f.id <> n.id
      WHERE n.id NOT IN (SELECT id FROM s) AND n.skeleton NOT IN (SELECT skeleton FROM s)
    )
    SELECT * FROM hits ORDER BY _source, _row, other LIMIT ${listed}`);
  return rows.map((r) => {
    const id = `«${visibleId(r.id)}»`;
    const other = `«${visibleId(r.other)}»`;
    const where = {
      vi: r.stored ? `mã đã lưu ${other}` : `mã ${other} ở ${(r.at ?? "").replace(" #", ", dòng ")}`,
      en: r.stored ? `the stored id ${other}` : `the id ${other} at ${(r.at ?? "").replace(" #", ", row ")}`,
    };
    return {
      ...rowLocation(r),
      column: k!,
      value: r.id,
      code: "look_alike_id",
      text: {
        vi: `mã ${id} trông giống ${where.vi}: chỉ khác chữ hoa/thường, ký tự ẩn, hoặc chữ Kirin, Hy Lạp, chữ toàn độ rộng trông như chữ Latinh; hai mã như vậy sẽ là hai bản ghi và bị đếm hai lần. Cần dùng đúng mã ${other} nếu là cùng một bản ghi, hoặc một mã khác hẳn`,
        en: `id ${id} looks the same as ${where.en}: they differ only by case, invisible characters, or Cyrillic, Greek or full-width letters that read as Latin ones; two such ids would be two records, counted twice. Expected exactly ${other} if it is the same record, or a clearly different id`,
      },
    };
  });
}
