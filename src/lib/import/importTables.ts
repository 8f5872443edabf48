import { listValue } from "@duckdb/node-api";
import type { Entity } from "../../data/defineEntity.ts";
import { entities, entityByName } from "../../data/entities.ts";
import { DoingoaiError, exitCodes, type ExitCode } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal, sqlType } from "../store/sqlTypes.ts";
import {
  cleanSql,
  dateTextFormatSql,
  isAmbiguousSql,
  numberStyleEvidenceSql,
  parseSql,
  problemSql,
  type NumberStyle,
  type ProblemCode,
} from "./columnSql.ts";
import { recordChange } from "../changes/recordChange.ts";
import { cellProblemText, formatProblem, type ImportProblem } from "./ImportProblem.ts";
import { matchHeader } from "./matchHeader.ts";
import { plausibleAmounts } from "./plausibleAmounts.ts";
import { storedIdsNotNfc } from "./storedIdsNotNfc.ts";
import { stage, type SourceTable, type Staged } from "./stage.ts";
import { isUnnamedHeader, unnamedColumnProblems } from "./unnamedColumnProblems.ts";
import type { Mapped } from "./Mapped.ts";
import {
  keepStored,
  keptColumns,
  mergesStored,
  newRowsMissingRequired,
  storedKeyJoin,
} from "./mergeStored.ts";
import { where } from "./sourceLocation.ts";
import { unprotectFormulaSql } from "./unprotectFormulaSql.ts";

/** How many problems of one kind (same file, column and problem) are listed; the rest are counted. */
export const problemsListedPerKind = 50;

/** Options of {@link importTables} and {@link importFiles}. */
export interface ImportOptions {
  /** Check everything, write nothing. Default false. */
  dryRun?: boolean;
  /** Name recorded in the import history. Default "import". */
  command?: string;
  /** Called as work advances: phase, what, fraction done 0..1. */
  onProgress?: (phase: "read" | "check" | "write", what: string, done: number) => void;
}

/** Rows of one table in an import: in the input, new, and replacing a stored row. */
export interface EntityCount {
  /** Rows in the input. */
  rows: number;
  /** Of those, rows whose key was new. */
  inserted: number;
  /** Of those, rows that replaced a stored row with the same key. */
  updated: number;
  /**
   * Columns absent from the file (or from one of the files) of this entity:
   * updated rows keep their stored values there. An explicit empty cell, in a
   * file that has the column, clears the value instead.
   */
  keptColumns: string[];
}

/** What an import did: whether it wrote, counts per table, and the problems that stopped it. */
export interface ImportSummary {
  written: boolean;
  byEntity: Record<string, EntityCount>;
  /** Problems found; empty when the import was written. */
  problems: ImportProblem[];
}

/**
 * The exit code for a refused import: 5 when a file could not be read at all
 * (missing, not a workbook, not CSV that DuckDB can parse), else 3 (invalid data).
 */
export function importExitCode(problems: readonly ImportProblem[]): ExitCode {
  return problems.some((p) => p.code === "unreadable") ? exitCodes.io : exitCodes.invalidData;
}

/** The import was refused: nothing was written. `problems` lists what to fix. */
export class ImportError extends DoingoaiError {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    const n = problems.length;
    super(
      {
        vi: `Dữ liệu có ${n} lỗi; không ghi gì vào cơ sở dữ liệu.\n${problems.map((p) => formatProblem(p, "vi")).join("\n")}`,
        en: `The data has ${n} problem(s); nothing was written to the database.\n${problems.map((p) => formatProblem(p, "en")).join("\n")}`,
      },
      { exitCode: importExitCode(problems) },
    );
    this.name = "ImportError";
    this.problems = problems;
  }
}

const currencies = Intl.supportedValuesOf("currency");

/**
 * Validates tables and, when everything is right, writes them in one
 * transaction: all or nothing. Rows update stored rows with the same key and
 * never duplicate them. Throws {@link ImportError} listing every problem
 * (up to `problemsListedPerKind` = 50 of each kind, then a count).
 */
export async function importTables(
  store: Store,
  tables: SourceTable[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const problems: ImportProblem[] = [];
  const progress = options.onProgress ?? (() => undefined);
  const temps: string[] = [];
  try {
    const mapped: Mapped[] = [];
    for (const [i, table] of tables.entries()) {
      progress("read", table.source, i / tables.length);
      const entity = entityByName(table.entity);
      if (!entity) {
        problems.push(unknownEntity(table));
        continue;
      }
      // an empty JSON array or a sheet with nothing in it: no rows, nothing to check
      if (!("csvPath" in table) && table.rows.length === 0 && table.header.every((h) => h.trim() === ""))
        continue;
      const staged = await stage(store, table, problems, temps);
      if (!staged || staged.view === "") continue;
      temps.push(staged.view);
      if (staged.rowsSetAside) continue;
      problems.push(...(await unnamedColumnProblems(store, staged)));
      const m = mapHeader(staged, entity, problems);
      if (m) mapped.push(m);
    }
    progress("read", "", 1);

    const newTables = new Map<string, string>();
    const kept = new Map<string, string[]>();
    for (const [i, m] of mapped.entries()) {
      progress("check", m.staged.table.source, i / Math.max(1, mapped.length));
      temps.push(m.typed);
      await typeTable(store, m);
      problems.push(...(await cellProblems(store, m)));
    }
    // typed rows of each entity, all sources together, as a view over the typed tables
    for (const entity of entities) {
      const parts = mapped.filter((m) => m.entity.name === entity.name);
      if (parts.length === 0) continue;
      for (const m of parts.filter(mergesStored)) {
        temps.push(`${m.typed}_kept`);
        await keepStored(store, m);
        problems.push(...(await newRowsMissingRequired(store, m)));
      }
      const name = `new_${entity.name}`;
      const defaults = Object.entries(entity.derivedDefaults).map(
        ([column, sql]) => `COALESCE(${ident(column)}, ${sql}) AS ${ident(column)}`,
      );
      const union = parts.map(typedSelect).join("\nUNION ALL\n");
      await store.run(
        `CREATE OR REPLACE TEMP VIEW ${name} AS SELECT * ${defaults.length ? `REPLACE (${defaults.join(", ")})` : ""} FROM (${union})`,
      );
      temps.push(name);
      newTables.set(entity.name, name);
      kept.set(entity.name, keptColumns(parts));
    }
    progress("check", "", 0.9);
    for (const entity of entities) {
      const name = newTables.get(entity.name);
      if (!name) continue;
      problems.push(...(await oneOfProblems(store, entity, name)));
      problems.push(...(await duplicateKeys(store, entity, name)));
      problems.push(...(await storedIdsNotNfc(store, entity, name)));
      problems.push(...(await references(store, entity, name, newTables)));
      problems.push(...(await missingRates(store, entity, name, newTables)));
      problems.push(...(await plausibleAmounts(store, entity, name, newTables.get("exchange_rates"))));
    }
    progress("check", "", 1);

    if (problems.length > 0) {
      if (options.dryRun) return { written: false, byEntity: {}, problems };
      throw new ImportError(problems);
    }
    const byEntity = await counts(store, newTables, kept);
    if (options.dryRun) return { written: false, byEntity, problems };

    const started = new Date();
    await store.transaction(async () => {
      // the trail behind `history` and `undo`: what the rows were before this write
      await recordChange(
        store,
        { command: options.command ?? "import", sources: tables.map((t) => t.source) },
        newTables,
      );
      let done = 0;
      for (const entity of entities) {
        const name = newTables.get(entity.name);
        if (!name) continue;
        progress("write", entity.name, done++ / newTables.size);
        await write(store, entity, name);
      }
      await store.run(
        `INSERT INTO import_log (started_at, finished_at, command, sources, rows_by_entity) VALUES ($1::TIMESTAMP, now()::TIMESTAMP, $2, $3, $4::JSON)`,
        [
          started.toISOString(),
          options.command ?? "import",
          listValue([...new Set(tables.map((t) => t.source))]),
          JSON.stringify(byEntity),
        ],
      );
    });
    progress("write", "", 1);
    return { written: true, byEntity, problems: [] };
  } finally {
    for (const t of temps.reverse()) {
      await store.run(`DROP VIEW IF EXISTS temp.${t}`).catch(() => undefined);
      await store.run(`DROP TABLE IF EXISTS temp.${t}`).catch(() => undefined);
    }
  }
}

function unknownEntity(table: SourceTable): ImportProblem {
  const names = entities.map((e) => e.name).join(", ");
  return {
    ...where(table),
    code: "unknown_entity",
    value: table.entity,
    text: {
      vi: `không biết bảng «${table.entity}»; tên tệp/trang tính (hoặc --entity) phải là một trong: ${names}`,
      en: `unknown table «${table.entity}»; the file or sheet name (or --entity) must be one of: ${names}`,
    },
  };
}

function mapHeader(staged: Staged, entity: Entity, problems: ImportProblem[]): Mapped | null {
  const byColumn = new Map<string, string>();
  const w = where(staged.table);
  let ok = true;
  staged.header.forEach((h, k) => {
    const column = matchHeader(entity.columns, h);
    if (!column) {
      // an unnamed column: refused by unnamedColumnProblems when it holds a value, else ignored
      if (isUnnamedHeader(h)) return;
      ok = false;
      problems.push({
        ...w,
        row: 1,
        column: h,
        code: "unknown_column",
        text: {
          vi: `cột không có trong bảng ${entity.name}; các cột hợp lệ: ${entity.columns.map((c) => c.name).join(", ")}`,
          en: `column is not part of ${entity.name}; valid columns: ${entity.columns.map((c) => c.name).join(", ")}`,
        },
      });
    } else if (byColumn.has(column.name)) {
      ok = false;
      problems.push({
        ...w,
        row: 1,
        column: h,
        code: "duplicate_column",
        text: { vi: `cột ${column.name} xuất hiện hai lần`, en: `column ${column.name} appears twice` },
      });
    } else {
      byColumn.set(column.name, `c_${k}`);
    }
  });
  const keyed = entity.key.every((k) => byColumn.has(k));
  const missingRequired: string[] = [];
  for (const c of entity.columns) {
    if (c.required && !byColumn.has(c.name) && keyed && !entity.key.includes(c.name)) {
      // a re-import may leave out a required column: rows that are already stored keep their value
      // there; a new row has none, and is refused by newRowsMissingRequired
      missingRequired.push(c.name);
    } else if (c.required && !byColumn.has(c.name)) {
      ok = false;
      problems.push({
        ...w,
        row: 1,
        column: c.name,
        code: "missing_column",
        text: {
          vi: `thiếu cột bắt buộc ${c.name} (tiêu đề «${c.vi}» hoặc «${c.name}»)`,
          en: `required column ${c.name} is missing (header «${c.vi}» or «${c.name}»)`,
        },
      });
    }
  }
  // Without its required columns a table cannot be checked row by row.
  return ok || [...byColumn.keys()].length > 0
    ? { staged, entity, byColumn, typed: `${staged.view}_t`, missingRequired }
    : null;
}

/**
 * Types every cell and judges it in one scan: for each mapped column the typed
 * value `x_<k>` and the problem code `p_<k>` (NULL when the cell is fine).
 */
async function typeTable(store: Store, m: Mapped): Promise<void> {
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
    typed.push(`CAST(${parseSql(column, v)} AS ${sqlType(column)}) AS ${x}`);
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
    FROM (SELECT *, ${typed.join(", ")} FROM (SELECT _row, ${cleaned.join(", ")} FROM ${m.staged.view}))`);
  await applyConventions(store, m);
}

/**
 * A column's conventions, read off all its cells: a date column keeps the
 * text format of its first dated cell (a cell in the other format is an
 * error), and a number column read the Vietnamese or the plain way resolves
 * its ambiguous cells (1.234) that way. Only the cells concerned are rewritten.
 */
async function applyConventions(store: Store, m: Mapped): Promise<void> {
  const dates = m.entity.columns.filter((c) => c.kind === "date" && m.byColumn.has(c.name));
  const numbers = m.entity.columns.filter(
    (c) => (c.kind === "integer" || c.kind === "decimal") && m.byColumn.has(c.name),
  );
  if (dates.length + numbers.length === 0) return;
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
}

async function cellProblems(store: Store, m: Mapped): Promise<ImportProblem[]> {
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
    FROM listed f JOIN ${m.staged.view} r ON r._row = f._row
    ORDER BY f._row, f."column"`;
  const rows = await store.all<{
    _row: number;
    column: string;
    value: string | null;
    code: ProblemCode;
    n: bigint;
  }>(sql);
  const w = where(m.staged.table);
  const out: ImportProblem[] = rows.map((r) => {
    const column = m.entity.columns.find((c) => c.name === r.column)!;
    return {
      ...w,
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
      ...w,
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
  return `SELECT ${literal(t.source)} AS _source, CAST(${sheet} AS VARCHAR) AS _sheet, ${m.typed}._row, ${cols.join(", ")} FROM ${from}`;
}

function rowWhere(r: {
  _source: string;
  _sheet: string | null;
  _row: number;
}): Pick<ImportProblem, "source" | "sheet" | "row"> {
  return r._sheet === null
    ? { source: r._source, row: r._row }
    : { source: r._source, sheet: r._sheet, row: r._row };
}

async function oneOfProblems(store: Store, entity: Entity, name: string): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const group of entity.oneOf) {
    const rows = await store.all<{ _source: string; _sheet: string | null; _row: number }>(
      `SELECT _source, _sheet, _row FROM ${name} WHERE ${group.map((c) => `${ident(c)} IS NULL`).join(" AND ")} ORDER BY _row LIMIT ${problemsListedPerKind}`,
    );
    for (const r of rows) {
      out.push({
        ...rowWhere(r),
        column: group.join("|"),
        code: "one_of",
        text: {
          vi: `cần ít nhất một trong các cột: ${group.join(", ")}`,
          en: `at least one of these columns is needed: ${group.join(", ")}`,
        },
      });
    }
  }
  return out;
}

async function duplicateKeys(store: Store, entity: Entity, name: string): Promise<ImportProblem[]> {
  const key = entity.key.map(ident).join(", ");
  const notNull = entity.key
    .filter((k) => entity.columns.find((c) => c.name === k)?.required)
    .map((k) => `${ident(k)} IS NOT NULL`);
  const rows = await store.all<{
    _source: string;
    _sheet: string | null;
    _row: number;
    key: string;
    first: string;
  }>(`
    WITH keyed AS (
      SELECT _source, _sheet, _row, concat_ws(' | ', ${entity.key.map((k) => `CAST(${ident(k)} AS VARCHAR)`).join(", ")}) AS key,
        row_number() OVER (PARTITION BY ${key} ORDER BY _source, _row) AS k,
        first(_source || coalesce(' / ' || _sheet, '') || ' #' || _row) OVER (PARTITION BY ${key} ORDER BY _source, _row) AS first
      FROM ${name} ${notNull.length ? `WHERE ${notNull.join(" AND ")}` : ""}
    )
    SELECT _source, _sheet, _row, key, first FROM keyed WHERE k > 1 ORDER BY _source, _row LIMIT 1000`);
  return rows.map((r) => ({
    ...rowWhere(r),
    column: entity.key.join(", "),
    value: r.key,
    code: "duplicate_key",
    text: {
      vi: `mã bị trùng: đã có ở ${r.first.replace(" #", ", dòng ")}; mỗi mã chỉ một dòng`,
      en: `duplicate key: already at ${r.first.replace(" #", ", row ")}; one row per key`,
    },
  }));
}

async function references(
  store: Store,
  entity: Entity,
  name: string,
  newTables: Map<string, string>,
): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const column of entity.columns.filter((c) => c.ref)) {
    const target = entityByName(column.ref!)!;
    const targetKey = ident(target.key[0]!);
    const known = [`SELECT ${targetKey} AS k FROM ${ident(target.name)}`];
    const targetNew = newTables.get(target.name);
    if (targetNew) known.push(`SELECT ${targetKey} FROM ${targetNew}`);
    const c = ident(column.name);
    const rows = await store.all<{ _source: string; _sheet: string | null; _row: number; value: string }>(`
      SELECT n._source, n._sheet, n._row, n.${c} AS value FROM ${name} n
      ANTI JOIN (${known.join(" UNION ")}) r ON r.k = n.${c}
      WHERE n.${c} IS NOT NULL ORDER BY n._source, n._row LIMIT 1000`);
    for (const r of rows) {
      out.push({
        ...rowWhere(r),
        column: column.name,
        value: r.value,
        code: "reference",
        text: {
          vi: `không tìm thấy mã này trong bảng ${target.name} (trong cơ sở dữ liệu hoặc cùng lần nhập)`,
          en: `no such id in ${target.name} (in the database or in this import)`,
        },
      });
    }
  }
  return out;
}

async function missingRates(
  store: Store,
  entity: Entity,
  name: string,
  newTables: Map<string, string>,
): Promise<ImportProblem[]> {
  if (entity.money.length === 0) return [];
  const rates = [`SELECT "on", currency FROM exchange_rates`];
  const newRates = newTables.get("exchange_rates");
  if (newRates)
    rates.push(`SELECT "on", currency FROM ${newRates} WHERE "on" IS NOT NULL AND currency IS NOT NULL`);
  const out: ImportProblem[] = [];
  for (const m of entity.money) {
    const cur = ident(m.currency);
    const amount = ident(m.amount);
    // For each record: the currency it needs, and USD (every amount is reported in USD and VND).
    const rows = await store.all<{
      _source: string;
      _sheet: string | null;
      _row: number;
      currency: string;
      d: Date;
    }>(`
      WITH first_rate AS (SELECT currency, min("on") AS first_on FROM (${rates.join(" UNION ALL ")}) GROUP BY currency),
      needs AS (
        SELECT _source, _sheet, _row, ${m.dateSql} AS d, unnest(list_distinct([${cur}, 'USD'])) AS currency
        FROM ${name} WHERE ${amount} IS NOT NULL AND ${cur} IS NOT NULL AND (${m.dateSql}) IS NOT NULL
      )
      SELECT n._source, n._sheet, n._row, n.currency, n.d FROM needs n LEFT JOIN first_rate f USING (currency)
      WHERE n.currency <> 'VND' AND (f.first_on IS NULL OR f.first_on > n.d)
      ORDER BY n._source, n._row LIMIT 1000`);
    for (const r of rows) {
      const day = r.d.toISOString().slice(0, 10);
      const shown = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
      out.push({
        ...rowWhere(r),
        column: m.amount,
        value: r.currency,
        code: "no_rate",
        text: {
          vi: `không có tỷ giá ${r.currency} vào hoặc trước ngày ${shown}; hãy nhập tỷ giá vào bảng exchange_rates`,
          en: `no ${r.currency} exchange rate on or before ${shown}; add it to exchange_rates`,
        },
      });
    }
  }
  return out;
}

function keyJoin(entity: Entity, a: string, b: string): string {
  return entity.key.map((k) => `${a}.${ident(k)} IS NOT DISTINCT FROM ${b}.${ident(k)}`).join(" AND ");
}

async function counts(
  store: Store,
  newTables: Map<string, string>,
  kept: Map<string, string[]>,
): Promise<Record<string, EntityCount>> {
  const out: Record<string, EntityCount> = {};
  for (const entity of entities) {
    const name = newTables.get(entity.name);
    if (!name) continue;
    const [r] = (await store.all<{ rows: bigint; updated: bigint }>(
      `SELECT (SELECT count(*) FROM ${name}) AS rows,
        (SELECT count(*) FROM ${name} n SEMI JOIN ${ident(entity.name)} t ON ${keyJoin(entity, "t", "n")}) AS updated`,
    )) as [{ rows: bigint; updated: bigint }];
    out[entity.name] = {
      rows: Number(r.rows),
      updated: Number(r.updated),
      inserted: Number(r.rows) - Number(r.updated),
      keptColumns: kept.get(entity.name) ?? [],
    };
  }
  return out;
}

async function write(store: Store, entity: Entity, name: string): Promise<void> {
  const cols = entity.columns.map((c) => ident(c.name)).join(", ");
  await store.run(`DELETE FROM ${ident(entity.name)} t USING ${name} n WHERE ${keyJoin(entity, "t", "n")}`);
  await store.run(
    `INSERT INTO ${ident(entity.name)} (${cols}) SELECT ${cols} FROM ${name} ORDER BY _source, _row`,
  );
}
