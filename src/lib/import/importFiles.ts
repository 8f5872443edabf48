import type { Store } from "../store/openStore.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { ImportError } from "./ImportError.ts";
import { importTables, type ImportOptions, type ImportSummary } from "./importTables.ts";
import { officeSheetName, takeOfficeTables, writeOfficeProfiles } from "./importOfficeSheet.ts";
import { readSources, type ReadOptions } from "./readSources.ts";
import { isParquetExport } from "../io/exportManifest.ts";
import { readParquetExport, type ParquetExportTables } from "./readParquetExport.ts";
import { setOfficeMerge } from "../office/officeMerges.ts";
import { markSampleDatabase } from "../sample/sampleMarker.ts";
import type { SourceTable } from "./stage.ts";
import { writeAtomically } from "../store/writeAtomically.ts";

/** The Parquet export folders among `paths` (they hold doingoai-export.json), read; the other paths as given. */
async function takeParquetExports(
  store: Store,
  paths: string[],
): Promise<{ exports: ParquetExportTables[]; rest: string[] }> {
  const exports: ParquetExportTables[] = [];
  const rest: string[] = [];
  for (const path of paths) {
    if (isParquetExport(path)) exports.push(await readParquetExport(store, path));
    else rest.push(path);
  }
  return { exports, rest };
}

/**
 * Imports CSV, XLSX and JSON files (or folders of them) in one transaction:
 * all or nothing. A folder written by `doingoai export DIR --format parquet`
 * (it holds `doingoai-export.json`) is imported whole: its Parquet tables go
 * through the same checks, and its office profile, merges and sample mark
 * are stored, so that an empty database gets identical tables. The entity comes from the file name (`delegations.csv`),
 * the sheet name, or `options.entity`. Throws {@link ImportError} listing
 * every problem; nothing is written then. All or nothing holds even when the
 * process is killed: the write goes to a copy of the database file that
 * replaces it at the end (see `Store.atomically`).
 */
export async function importFiles(
  store: Store,
  paths: string[],
  options: ImportOptions & ReadOptions = {},
): Promise<ImportSummary> {
  if (options.dryRun) return importOnStore(store, paths, options);
  return writeAtomically(store, () => importOnStore(store, paths, options));
}

async function importOnStore(
  store: Store,
  paths: string[],
  options: ImportOptions & ReadOptions,
): Promise<ImportSummary> {
  const problems: ImportProblem[] = [];
  const parquet = await takeParquetExports(store, paths);
  const read = [
    ...parquet.exports.flatMap((e) => e.tables),
    ...(parquet.rest.length > 0 || paths.length === 0
      ? await readSources(parquet.rest, problems, options)
      : []),
  ];
  // The office profile (sheet "office") is stored by its own step, in the same transaction.
  const { profiles: sheetProfiles, rest: tables } = await takeOfficeTables(store, read, problems);
  const profiles = [...parquet.exports.flatMap((e) => (e.profile ? [e.profile] : [])), ...sheetProfiles];
  if (problems.length > 0) {
    // Unreadable files: still check the readable ones, so one report lists everything.
    const summary = await importTables(store, tables, { ...options, dryRun: true });
    throw new ImportError([...problems, ...summary.problems]);
  }
  return store.transaction(async () => {
    const summary = await importTables(store, tables, options);
    if (!options.dryRun && profiles.length > 0) {
      summary.byEntity[officeSheetName] = await writeOfficeProfiles(store, profiles);
    }
    if (!options.dryRun) {
      for (const e of parquet.exports) {
        for (const merge of e.merges) await setOfficeMerge(store, merge);
        if (e.sample) await markSampleDatabase(store);
      }
    }
    return summary;
  });
}

/** The same checks as {@link importFiles}, writing nothing: returns the problems found (empty when clean). */
export async function validateFiles(
  store: Store,
  paths: string[],
  options: Omit<ImportOptions, "dryRun"> & ReadOptions = {},
): Promise<ImportSummary> {
  const problems: ImportProblem[] = [];
  const parquet = await takeParquetExports(store, paths);
  const read = [
    ...parquet.exports.flatMap((e) => e.tables as SourceTable[]),
    ...(parquet.rest.length > 0 || paths.length === 0
      ? await readSources(parquet.rest, problems, options)
      : []),
  ];
  const { rest: tables } = await takeOfficeTables(store, read, problems);
  const summary = await importTables(store, tables, { ...options, dryRun: true });
  return { ...summary, problems: [...problems, ...summary.problems] };
}
