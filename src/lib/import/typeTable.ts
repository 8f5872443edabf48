import type { Store } from "../store/openStore.ts";
import { literal, sqlType } from "../store/sqlTypes.ts";
import {
  cleanSql,
  dateTextFormatSql,
  isAmbiguousSql,
  numberStyleEvidenceSql,
  parseSql,
  problemSql,
  type NumberStyle,
} from "./columnSql.ts";
import type { Mapped } from "./Mapped.ts";
import { unprotectFormulaSql } from "./unprotectFormulaSql.ts";

const currencies = Intl.supportedValuesOf("currency");

export /**
 * Types every cell and judges it in one scan: for each mapped column the typed
 * value `x_<k>` and the problem code `p_<k>` (NULL when the cell is fine).
 * False when a date column mixes formats in a source staged without row
 * numbers: which format came first, and so which cells are wrong, needs them.
 */
async function typeTable(store: Store, m: Mapped): Promise<boolean> {
  const cleaned: string[] = [];
  const typed: string[] = [];
  const judged: string[] = [];
  for (const column of m.entity.columns) {
    const s = m.byColumn.get(column.name);
    if (!s) continue;
    const v = `v_${s}`;
    const x = `x_${s}`;
    // a text cell of a CSV file that doingoai exported may carry a `'` protecting a formula-like start
    const clean = cleanSql(s, column.kind);
    cleaned.push(`${"csvPath" in m.staged.table ? unprotectFormulaSql(column, clean) : clean} AS ${v}`);
    const date1904 = "date1904" in m.staged.table && m.staged.table.date1904 === true;
    typed.push(`CAST(${parseSql(column, v, null, { date1904 })} AS ${sqlType(column)}) AS ${x}`);
    const required = column.required && column.default === undefined;
    const problem = problemSql(column, v, x, currencies);
    judged.push(
      `CAST(CASE WHEN ${v} IS NULL THEN ${required ? "'required'" : "NULL"} ELSE ${problem} END AS VARCHAR) AS p_${s}`,
    );
    // what the column's conventions are read from, after this one pass
    if (column.kind === "date") judged.push(`${dateTextFormatSql(v)} AS f_${s}`);
    if (column.kind === "integer" || column.kind === "decimal") {
      const [vi, plain] = numberStyleEvidenceSql(v);
      judged.push(`CASE WHEN ${vi} THEN 'vi' WHEN ${plain} THEN 'plain' END AS e_${s}`);
      judged.push(`CASE WHEN ${isAmbiguousSql(v)} THEN ${v} END AS a_${s}`);
    }
  }
  await store.run(`CREATE TEMP TABLE ${m.typed} AS
    SELECT _row, ${[...[...m.byColumn.values()].map((s) => `x_${s}`), ...judged].join(", ")}
    FROM (SELECT *, ${typed.join(", ")} FROM (SELECT _row, ${cleaned.join(", ")} FROM ${m.staged.tempTable}))`);
  return applyConventions(store, m);
}

/**
 * A column's conventions, read off all its cells: a date column keeps the
 * text format of its first dated cell (a cell in the other format is an
 * error), and a number column read the Vietnamese or the plain way resolves
 * its ambiguous cells (1.234) that way. Only the cells concerned are rewritten.
 */
async function applyConventions(store: Store, m: Mapped): Promise<boolean> {
  const dates = m.entity.columns.filter((c) => c.kind === "date" && m.byColumn.has(c.name));
  const numbers = m.entity.columns.filter(
    (c) => (c.kind === "integer" || c.kind === "decimal") && m.byColumn.has(c.name),
  );
  if (dates.length + numbers.length === 0) return true;
  const parts: string[] = [];
  for (const c of dates) {
    const s = m.byColumn.get(c.name)!;
    parts.push(
      `arg_min(f_${s}, _row) FILTER (WHERE f_${s} IS NOT NULL) AS first_${s}`,
      `count(DISTINCT f_${s}) AS formats_${s}`,
    );
  }
  for (const c of numbers) {
    const s = m.byColumn.get(c.name)!;
    parts.push(
      `count(*) FILTER (WHERE e_${s} = 'vi') AS vi_${s}`,
      `count(*) FILTER (WHERE e_${s} = 'plain') AS plain_${s}`,
      `count(a_${s}) AS ambiguous_${s}`,
    );
  }
  const [r] = (await store.all<Record<string, string | bigint | null>>(
    `SELECT ${parts.join(", ")} FROM ${m.typed}`,
  )) as [Record<string, string | bigint | null>];
  for (const c of dates) {
    const s = m.byColumn.get(c.name)!;
    if (Number(r[`formats_${s}`]) > 1) {
      if (m.staged.unlocatedRejects !== undefined) return false;
      await store.run(
        `UPDATE ${m.typed} SET p_${s} = 'date_mixed' WHERE p_${s} IS NULL AND f_${s} <> ${literal(String(r[`first_${s}`]))}`,
      );
    }
  }
  for (const c of numbers) {
    const s = m.byColumn.get(c.name)!;
    const vi = Number(r[`vi_${s}`]);
    const plain = Number(r[`plain_${s}`]);
    const style: NumberStyle = vi > 0 && plain === 0 ? "vi" : plain > 0 && vi === 0 ? "plain" : null;
    if (style === null || Number(r[`ambiguous_${s}`]) === 0) continue;
    const x = parseSql(c, `a_${s}`, style);
    await store.run(
      `UPDATE ${m.typed} SET x_${s} = CAST(${x} AS ${sqlType(c)}), p_${s} = CAST(${problemSql(c, `a_${s}`, `(${x})`, currencies)} AS VARCHAR) WHERE a_${s} IS NOT NULL`,
    );
  }
  return true;
}
