import type { Entity } from "../../data/defineEntity.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";

/**
 * New rows whose id equals, once both are in Unicode NFC, a stored id that is
 * not in NFC (stored before ids were normalised on import, or written by
 * another program). Stored ids are never rewritten behind the office's back;
 * writing the row would make a second record that looks the same, so the
 * import is refused and the stored id named: delete or correct that record,
 * then import again.
 */
export async function storedIdsNotNfc(
  store: Store,
  entity: Entity,
  newView: string,
): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const k of entity.key) {
    const column = entity.columns.find((c) => c.name === k);
    if (column?.kind !== "id") continue;
    const c = ident(k);
    const rows = await store.all<RowOrigin & { stored: string }>(`
      WITH odd AS (SELECT DISTINCT ${c} AS stored FROM ${ident(entity.name)} WHERE ${c} <> nfc_normalize(${c}))
      SELECT n._source, n._sheet, n._row, odd.stored FROM ${newView} n JOIN odd ON nfc_normalize(odd.stored) = n.${c}
      ORDER BY n._source, n._row LIMIT ${listed}`);
    for (const r of rows) {
      const codes = [...r.stored].map(
        (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
      );
      out.push({
        ...rowLocation(r),
        column: k,
        value: r.stored,
        code: "stored_id_not_nfc",
        text: {
          vi: `cơ sở dữ liệu đã có mã ${literal(r.stored)} viết theo dạng Unicode khác (không phải NFC: ${codes.join(" ")}) trông giống hệt mã này; cần sửa hoặc xóa bản ghi đã lưu đó trước, để không có hai bản ghi giống nhau`,
          en: `the database holds the id ${literal(r.stored)} in another Unicode form (not NFC: ${codes.join(" ")}) that looks the same as this one; expected that stored record to be corrected or deleted first, so that no two records look alike`,
        },
      });
    }
  }
  return out;
}
