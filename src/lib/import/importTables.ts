import { listValue } from "@duckdb/node-api";
import { entities, entityByName } from "../../data/entities.ts";
import { recordChange } from "../changes/recordChange.ts";
import type { Store } from "../store/openStore.ts";
import { ident } from "../store/sqlTypes.ts";
import { cellProblems } from "./cellProblems.ts";
import { duplicateKeyProblems } from "./duplicateKeyProblems.ts";
import { entityCounts } from "./entityCounts.ts";
import { ImportError } from "./ImportError.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import type { Mapped } from "./Mapped.ts";
import { mapHeader } from "./mapHeader.ts";
import { keepStored, keptColumns, mergesStored, newRowsMissingRequired } from "./mergeStored.ts";
import { missingRateProblems } from "./missingRateProblems.ts";
import { oneOfProblems } from "./oneOfProblems.ts";
import { plausibleAmounts } from "./plausibleAmounts.ts";
import { referenceProblems } from "./referenceProblems.ts";
import { stage, type SourceTable } from "./stage.ts";
import { storedIdsNotNfc } from "./storedIdsNotNfc.ts";
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
        problems.push(unknownEntityProblem(table));
        continue;
      }
      // an empty JSON array or a sheet with nothing in it: no rows, nothing to check
      if (!("csvPath" in table) && table.rows.length === 0 && table.header.every((h) => h.trim() === ""))
        continue;
      const staged = await stage(store, table, problems, temps);
      if (!staged || staged.tempTable === "") continue;
      temps.push(staged.tempTable);
      if (staged.rowsSetAside) continue;
      problems.push(...(await unnamedColumnProblems(store, staged)));
      const m = mapHeader(staged, entity, problems);
      if (m) mapped.push(m);
    }
    progress("read", "", 1);

    const newViews = new Map<string, string>();
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
      const newView = `new_${entity.name}`;
      const defaults = Object.entries(entity.derivedDefaults).map(
        ([column, sql]) => `COALESCE(${ident(column)}, ${sql}) AS ${ident(column)}`,
      );
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
      problems.push(...(await duplicateKeyProblems(store, entity, newView)));
      problems.push(...(await storedIdsNotNfc(store, entity, newView)));
      problems.push(...(await referenceProblems(store, entity, newView, newViews)));
      problems.push(...(await missingRateProblems(store, entity, newView, newViews)));
      problems.push(...(await plausibleAmounts(store, entity, newView, newViews.get("exchange_rates"))));
    }
    progress("check", "", 1);

    if (problems.length > 0) {
      if (options.dryRun) return { written: false, byEntity: {}, problems };
      throw new ImportError(problems);
    }
    const byEntity = await entityCounts(store, newViews, kept);
    if (options.dryRun) return { written: false, byEntity, problems };

    const started = new Date();
    await store.transaction(async () => {
      // the trail behind `history` and `undo`: what the rows were before this write
      await recordChange(
        store,
        { command: options.command ?? "import", sources: tables.map((t) => t.source) },
        newViews,
      );
      let done = 0;
      for (const entity of entities) {
        const newView = newViews.get(entity.name);
        if (!newView) continue;
        progress("write", entity.name, done++ / newViews.size);
        await writeEntity(store, entity, newView);
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
