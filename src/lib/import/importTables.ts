import { statSync } from "node:fs";
import { entities, entityByName } from "../../data/entities.ts";
import { recordChange } from "../changes/recordChange.ts";
import { refuseClosedPeriodChanges } from "../closures/refuseClosedPeriodChanges.ts";
import { importedRows } from "../closures/touchedRows.ts";
import { writeAtomically } from "../store/writeAtomically.ts";
import type { Store } from "../store/openStore.ts";
import type { EntityCount } from "./EntityCount.ts";
import { ident } from "../store/sqlTypes.ts";
import { cellProblems, hasCellProblems } from "./cellProblems.ts";
import { duplicateKeyProblems, hasDuplicateKeys } from "./duplicateKeyProblems.ts";
import { entityCounts } from "./entityCounts.ts";
import { ImportError } from "./ImportError.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import type { Mapped } from "./Mapped.ts";
import { mapHeader } from "./mapHeader.ts";
import { keepStored, keptColumns, mergesStored, newRowsMissingRequired } from "./mergeStored.ts";
import { hasMissingRates, missingRateProblems } from "./missingRateProblems.ts";
import { oneOfProblems } from "./oneOfProblems.ts";
import { dateOrderProblems } from "./dateOrderProblems.ts";
import { plausibleAmounts } from "./plausibleAmounts.ts";
import { plausibleRates } from "./plausibleRates.ts";
import { referenceProblems } from "./referenceProblems.ts";
import { stage, type SourceTable } from "./stage.ts";
import { storedIdsNotNfc } from "./storedIdsNotNfc.ts";
import { lookAlikeIdProblems } from "./lookAlikeIdProblems.ts";
import { typedSelect } from "./typedSelect.ts";
import { typeTable } from "./typeTable.ts";
import { unknownEntityProblem } from "./unknownEntityProblem.ts";
import { unnamedColumnProblems } from "./unnamedColumnProblems.ts";
import { writeEntity } from "./writeEntity.ts";

/** Options of {@link importTables} and {@link importFiles}. */
export interface ImportOptions {
  /** Check everything, write nothing. Default false. */
  dryRun?: boolean;
  /** Name recorded in the import history. Default "import". */
  command?: string;
  /** Called as work advances: phase, what, fraction done 0..1. */
  onProgress?: (phase: "read" | "check" | "write", what: string, done: number) => void;
}

// EntityCount lives in EntityCount.ts (entityCounts.ts uses it without loading this file); still exported here.
export type { EntityCount } from "./EntityCount.ts";

/** What an import did: whether it wrote, counts per table, and the problems that stopped it. */
export interface ImportSummary {
  written: boolean;
  byEntity: Record<string, EntityCount>;
  /** Problems found; empty when the import was written. */
  problems: ImportProblem[];
}

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
  if (options.dryRun) return checkThenWrite(store, tables, options);
  // killed at any moment, the database holds all of the import or none of it
  return writeAtomically(store, () => checkThenWrite(store, tables, options));
}

async function checkThenWrite(
  store: Store,
  tables: SourceTable[],
  options: ImportOptions,
): Promise<ImportSummary> {
  // First the fast way: CSV files typed and judged straight from DuckDB's parallel reader, without
  // row numbers, and every check asked only whether anything is wrong. Numbering the rows keeps
  // the reader on one thread in file order (about a third of an import's time), and only a
  // problem needs them: then everything is checked again with row numbers, to say where.
  // Small imports (and every import with a problem) are checked with row numbers straight away.
  if (importSize(tables) >= fastImportFrom) {
    const fast = await checkAndWrite(store, tables, options, false);
    if (fast) return fast;
  }
  return (await checkAndWrite(store, tables, options, true))!;
}

/**
 * Bytes of input from which {@link importTables} first checks without row numbers: 1 MiB,
 * about 8.000 rows of a typical CSV. Below it numbering costs less than checking twice would.
 */
export const fastImportFrom = 1 << 20;

/** The size of an import's sources in bytes: CSV files as stored, rows in memory at 100 bytes a row. */
function importSize(tables: SourceTable[]): number {
  let bytes = 0;
  for (const t of tables) {
    if ("csvPath" in t) {
      try {
        bytes += statSync(t.csvPath).size;
      } catch {
        // an unreadable file is reported by the checks
      }
    } else {
      bytes += t.rows.length * 100;
    }
  }
  return bytes;
}

/**
 * One pass of {@link importTables}. With `locate`, sources are staged with their row numbers and
 * every problem is listed where it stands. Without, CSV files are read by the parallel reader
 * without row numbers, and the first sign of a problem returns null (nothing written) so that
 * the caller checks again with `locate`.
 */
async function checkAndWrite(
  store: Store,
  tables: SourceTable[],
  options: ImportOptions,
  locate: boolean,
): Promise<ImportSummary | null> {
  const problems: ImportProblem[] = [];
  const found = () => !locate && problems.length > 0;
  const progress = options.onProgress ?? (() => undefined);
  const temps: string[] = [];
  try {
    const mapped: Mapped[] = [];
    for (const [i, table] of tables.entries()) {
      progress("read", table.source, i / tables.length);
      const entity = entityByName(table.entity);
      if (!entity) {
        problems.push(unknownEntityProblem(table));
        continue;
      }
      // an empty JSON array or a sheet with nothing in it: no rows, nothing to check
      if (!("csvPath" in table) && table.rows.length === 0 && table.header.every((h) => h.trim() === ""))
        continue;
      const staged = await stage(store, table, problems, temps, { locate });
      if (found()) return null;
      if (!staged || staged.tempTable === "") continue;
      temps.push(staged.tempTable);
      if (staged.rowsSetAside) continue;
      problems.push(...(await unnamedColumnProblems(store, staged)));
      const m = mapHeader(staged, entity, problems);
      if (found()) return null;
      if (m) mapped.push(m);
    }
    progress("read", "", 1);

    const newViews = new Map<string, string>();
    const kept = new Map<string, string[]>();
    // entities whose rows must be sorted by source and row number to be written in file order
    const ordered = new Set<string>(locate ? entities.map((e) => e.name) : []);
    for (const [i, m] of mapped.entries()) {
      progress("check", m.staged.table.source, i / Math.max(1, mapped.length));
      temps.push(m.typed);
      if (locate) {
        await typeTable(store, m);
        problems.push(...(await cellProblems(store, m)));
        continue;
      }
      // the reader's errors and the rows it set aside show only now that the file is read
      const judged = await typeTable(store, m).catch(() => false);
      if (!judged || (await rowsSetAside(store, m)) || (await hasCellProblems(store, m))) return null;
    }
    // typed rows of each entity, all sources together, as a view over the typed tables
    for (const entity of entities) {
      const parts = mapped.filter((m) => m.entity.name === entity.name);
      if (parts.length === 0) continue;
      for (const m of parts.filter(mergesStored)) {
        temps.push(`${m.typed}_kept`);
        await keepStored(store, m);
        problems.push(...(await newRowsMissingRequired(store, m)));
        if (found()) return null;
      }
      const newView = `new_${entity.name}`;
      const defaults = Object.entries(entity.derivedDefaults).map(
        ([column, sql]) => `COALESCE(${ident(column)}, ${sql}) AS ${ident(column)}`,
      );
      if (parts.length > 1 || parts.some(mergesStored)) ordered.add(entity.name);
      const union = parts.map(typedSelect).join("\nUNION ALL\n");
      await store.run(
        `CREATE OR REPLACE TEMP VIEW ${newView} AS SELECT * ${defaults.length ? `REPLACE (${defaults.join(", ")})` : ""} FROM (${union})`,
      );
      temps.push(newView);
      newViews.set(entity.name, newView);
      kept.set(entity.name, keptColumns(parts));
    }
    progress("check", "", 0.9);
    for (const entity of entities) {
      const newView = newViews.get(entity.name);
      if (!newView) continue;
      problems.push(...(await oneOfProblems(store, entity, newView)));
      if (locate) problems.push(...(await duplicateKeyProblems(store, entity, newView)));
      else if (await hasDuplicateKeys(store, entity, newView)) return null;
      problems.push(...(await storedIdsNotNfc(store, entity, newView)));
      problems.push(...(await lookAlikeIdProblems(store, entity, newView)));
      problems.push(...(await dateOrderProblems(store, entity, newView, problems)));
      problems.push(...(await plausibleRates(store, entity, newView)));
      problems.push(...(await referenceProblems(store, entity, newView, newViews)));
      if (locate) problems.push(...(await missingRateProblems(store, entity, newView, newViews)));
      else if (await hasMissingRates(store, entity, newView, newViews)) return null;
      problems.push(...(await plausibleAmounts(store, entity, newView, newViews.get("exchange_rates"))));
      if (found()) return null;
    }
    progress("check", "", 1);

    if (problems.length > 0) {
      if (options.dryRun) return { written: false, byEntity: {}, problems };
      throw new ImportError(problems);
    }
    const byEntity = await entityCounts(store, newViews, kept);
    if (options.dryRun) return { written: false, byEntity, problems };
    // empty files (0 bytes, a header alone, a JSON []): nothing to write, and no empty change in the history
    // (`written` stays true: the import went through, as opposed to a dry run)
    if (Object.values(byEntity).every((c) => c.rows === 0)) return { written: true, byEntity, problems };

    const started = new Date();
    await store.transaction(async () => {
      // the trail behind `history` and `undo`: what the rows were before this write
      const changeId = await recordChange(
        store,
        { command: options.command ?? "import", sources: tables.map((t) => t.source) },
        newViews,
      );
      let done = 0;
      for (const entity of entities) {
        const newView = newViews.get(entity.name);
        if (!newView) continue;
        progress("write", entity.name, done++ / newViews.size);
        await writeEntity(store, entity, newView, {
          replaces: byEntity[entity.name]!.updated > 0,
          ordered: ordered.has(entity.name),
        });
      }
      // a record dated in a closed period refuses the whole import (issue 20), before it commits
      const sources = new Map<string, string[]>();
      for (const t of tables)
        sources.set(t.entity, [...new Set([...(sources.get(t.entity) ?? []), t.source])]);
      await refuseClosedPeriodChanges(
        store,
        await importedRows(store, changeId),
        { vi: "Không nhập", en: "Not imported" },
        { sources },
      );
      await store.run(
        `INSERT INTO import_log (started_at, finished_at, command, sources, rows_by_entity) VALUES ($1::TIMESTAMP, now()::TIMESTAMP, $2, CAST($3 AS JSON)::VARCHAR[], $4::JSON)`,
        [
          started.toISOString(),
          options.command ?? "import",
          // as JSON text: a bound empty list has no item type (an import of office.csv alone has no table)
          JSON.stringify([...new Set(tables.map((t) => t.source))]),
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

/** Whether the reader set aside rows of a source staged without row numbers (after its typing pass read it). */
async function rowsSetAside(store: Store, m: Mapped): Promise<boolean> {
  const rejects = m.staged.unlocatedRejects;
  if (rejects === undefined) return false;
  const [r] = await store
    .all<{ n: bigint }>(`SELECT count(*) AS n FROM temp.${rejects}`)
    .catch(() => [{ n: 1n }]);
  return Number(r?.n ?? 0) > 0;
}
