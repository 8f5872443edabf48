import type { Store } from "../store/openStore.ts";
import { literal } from "../store/sqlTypes.ts";
import type { ProblemCode } from "./columnSql.ts";
import { cellProblemText, problemsListedPerKind, type ImportProblem } from "./ImportProblem.ts";
import type { Mapped } from "./Mapped.ts";
import { sourceLocation } from "./sourceLocation.ts";

/**
 * The cells `typeTable` judged wrong, with the value as written: up to
 * `problemsListedPerKind` of each column and problem, then a count of the rest.
 */
export async function cellProblems(store: Store, m: Mapped): Promise<ImportProblem[]> {
  const mapped = [...m.byColumn.entries()];
  if (mapped.length === 0) return [];
  const anyBad = mapped.map(([, s]) => `p_${s} IS NOT NULL`).join(" OR ");
  const structs = mapped.map(([name, s]) => `{col: ${literal(name)}, code: p_${s}}`);
  const value = `CASE f."column" ${mapped.map(([name, s]) => `WHEN ${literal(name)} THEN r.${s}`).join(" ")} END`;
  const sql = `
    WITH cells AS (SELECT _row, unnest([${structs.join(", ")}]) AS p FROM ${m.typed} WHERE ${anyBad}),
    found AS (SELECT _row, p.col AS "column", p.code AS code FROM cells WHERE p.code IS NOT NULL),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY "column", code ORDER BY _row) AS k, count(*) OVER (PARTITION BY "column", code) AS n
      FROM found
    ),
    listed AS (SELECT * FROM ranked WHERE k <= ${problemsListedPerKind})
    SELECT f._row, f."column", ${value} AS "value", f.code, f.n
    FROM listed f JOIN ${m.staged.tempTable} r ON r._row = f._row
    ORDER BY f._row, f."column"`;
  const rows = await store.all<{
    _row: number;
    column: string;
    value: string | null;
    code: ProblemCode;
    n: bigint;
  }>(sql);
  const location = sourceLocation(m.staged.table);
  const out: ImportProblem[] = rows.map((r) => {
    const column = m.entity.columns.find((c) => c.name === r.column)!;
    return {
      ...location,
      row: r._row,
      column: r.column,
      ...(r.value === null ? {} : { value: r.value }),
      code: r.code,
      text: cellProblemText(r.code, column),
    };
  });
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.column}\u0000${r.code}`;
    if (seen.has(key) || Number(r.n) <= problemsListedPerKind) continue;
    seen.add(key);
    const more = Number(r.n) - problemsListedPerKind;
    out.push({
      ...location,
      column: r.column,
      code: "too_many",
      text: {
        vi: `và ${more.toLocaleString("vi-VN")} ô khác trong cột này có cùng lỗi`,
        en: `and ${more.toLocaleString("en-US")} more cells of this column with the same problem`,
      },
    });
  }
  return out;
}

/**
 * Whether `typeTable` judged any cell of `m` wrong: one parallel scan that needs
 * no row numbers (the import then stages the source again to list them).
 */
export async function hasCellProblems(store: Store, m: Mapped): Promise<boolean> {
  const mapped = [...m.byColumn.values()];
  if (mapped.length === 0) return false;
  const [r] = await store.all<{ bad: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${m.typed} WHERE ${mapped.map((s) => `p_${s} IS NOT NULL`).join(" OR ")}) AS bad`,
  );
  return r?.bad === true;
}
