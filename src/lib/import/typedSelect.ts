import { ident, literal, sqlType } from "../store/sqlTypes.ts";
import { parseSql } from "./columnSql.ts";
import type { Mapped } from "./Mapped.ts";
import { mergesStored, storedKeyJoin } from "./mergeStored.ts";

export /**
 * The typed rows of one source, with every column of the entity. A column the
 * source does not have keeps the stored value of a row with the same key (a
 * re-import merges, never erases); a new row gets the column's default or
 * NULL. A column the source has, with an empty cell, is cleared.
 */
function typedSelect(m: Mapped): string {
  const merge = mergesStored(m);
  const cols = m.entity.columns.map((c) => {
    const s = m.byColumn.get(c.name);
    let value = s ? `x_${s}` : `CAST(NULL AS ${sqlType(c)})`;
    if (c.default !== undefined)
      value = `COALESCE(${value}, CAST(${parseSql(c, literal(c.default))} AS ${sqlType(c)}))`;
    if (!s && merge) value = `CASE WHEN _stored._found THEN _stored.${ident(c.name)} ELSE ${value} END`;
    return `${value} AS ${ident(c.name)}`;
  });
  const t = m.staged.table;
  const sheet = "sheet" in t && t.sheet !== undefined ? literal(t.sheet) : "NULL";
  const from = merge ? `${m.typed} LEFT JOIN ${m.typed}_kept _stored ON ${storedKeyJoin(m)}` : m.typed;
  // A source read without row numbers is in file order in its typed table: its rowid orders it.
  const row = m.staged.unlocatedRejects === undefined ? `${m.typed}._row` : `${m.typed}.rowid AS _row`;
  return `SELECT ${literal(t.source)} AS _source, CAST(${sheet} AS VARCHAR) AS _sheet, ${row}, ${cols.join(", ")} FROM ${from}`;
}
