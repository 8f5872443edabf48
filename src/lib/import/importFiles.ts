import type { Store } from "../store/openStore.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { ImportError } from "./ImportError.ts";
import { longCellProblems } from "./cellLimits.ts";
import { importTables, type ImportOptions, type ImportSummary } from "./importTables.ts";
import { officeSheetName, takeOfficeTables, writeOfficeProfiles } from "./importOfficeSheet.ts";
import { importExtensions, readSources, removeDecodedCopies, type ReadOptions } from "./readSources.ts";
import { isParquetExport } from "../io/exportManifest.ts";
import { readParquetExport, type ParquetExportTables } from "./readParquetExport.ts";
import { setOfficeMerge } from "../office/officeMerges.ts";
import { restoreClosures } from "../closures/restoreClosures.ts";
import { exportOfficeRoles } from "../office/exportOfficeRoles.ts";
import { officeState, recordOfficeChange } from "../office/officeState.ts";
import { insertChange, lastChangeId, nextChangeId } from "../changes/recordChange.ts";
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
 * The refusal of an import that found no table at all (an empty folder, a
 * folder of other files, a workbook whose sheets are all empty): exit 3, as
 * nothing would be written.
 */
function nothingToImport(paths: readonly string[]): ImportProblem {
  const extensions = importExtensions.join(", ");
  return {
    source: paths.join(", "),
    code: "nothing_to_import",
    text: {
      vi: `không có bảng dữ liệu nào để nhập: không có tệp ${extensions} hay trang tính nào mang tên một bảng (vd. delegations.csv); không ghi gì`,
      en: `no data table to import: no ${extensions} file or sheet named after a table (e.g. delegations.csv); nothing was written`,
    },
  };
}

/**
 * Imports CSV, XLSX and JSON files (or folders of them) in one transaction:
 * all or nothing. A folder written by `doingoai export DIR --format parquet`
 * (it holds `doingoai-export.json`) is imported whole: its Parquet tables go
 * through the same checks, and its office profile, merges, sample mark and
 * closed periods are stored, so that an empty database gets identical tables. An export of
 * another office than the database's own is refused unless that office was
 * merged into this one (`office merge`); its profile is then stored beside
 * the own one, which stays the database's office. An import that changes the
 * office profile records it for `undo`. The entity comes from the file name (`delegations.csv`),
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
  try {
    return await importRead(store, paths, read, problems, parquet.exports, options);
  } finally {
    removeDecodedCopies(read);
  }
}

async function importRead(
  store: Store,
  paths: string[],
  read: SourceTable[],
  problems: ImportProblem[],
  exports: ParquetExportTables[],
  options: ImportOptions & ReadOptions,
): Promise<ImportSummary> {
  // The office profile (sheet "office") is stored by its own step, in the same transaction.
  const { profiles: sheetProfiles, rest } = await takeOfficeTables(store, read, problems);
  const tables = longCellProblems(rest, problems);
  if (problems.length === 0 && tables.length === 0 && sheetProfiles.length === 0 && exports.length === 0) {
    throw new ImportError([nothingToImport(paths)]);
  }
  if (problems.length > 0) {
    // Unreadable files: still check the readable ones, so one report lists everything.
    const summary = await importTables(store, tables, { ...options, dryRun: true });
    throw new ImportError([...problems, ...summary.problems]);
  }
  const roles = await exportOfficeRoles(store, exports);
  return store.transaction(async () => {
    const before = await officeState(store);
    const changesBefore = await lastChangeId(store);
    // an office sheet alone, or a Parquet export whose tables are all empty, brings only an office
    const summary =
      tables.length === 0 && (exports.length > 0 || sheetProfiles.length > 0)
        ? { written: !options.dryRun, byEntity: {}, problems: [] }
        : await importTables(store, tables, options);
    if (options.dryRun) return summary;
    const profiles = (role: string) =>
      exports.flatMap((e, i) => (e.profile && roles[i] === role ? [e.profile] : []));
    // the database's own office changes only by an export of no other office, or the office sheet
    const own = [...profiles("own"), ...sheetProfiles];
    const absorbed = profiles("absorbed");
    if (own.length + absorbed.length > 0) {
      summary.byEntity[officeSheetName] = await writeOfficeProfiles(store, own, absorbed);
    }
    for (const e of exports) {
      for (const merge of e.merges) await setOfficeMerge(store, merge);
      if (e.sample) await markSampleDatabase(store);
      // after the tables: a closure stored first would refuse the export's own records
      await restoreClosures(store, e.closures, e.dir);
    }
    // the office part of the change, for undo: profiles, merges and the database's own office
    const after = await officeState(store);
    let change = await lastChangeId(store);
    if (change === changesBefore && JSON.stringify(before) !== JSON.stringify(after)) {
      change = await nextChangeId(store);
      await insertChange(store, change, { command: options.command ?? "import", sources: paths }, {});
    }
    if (change !== changesBefore) await recordOfficeChange(store, change, before, after);
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
  try {
    const { profiles, rest } = await takeOfficeTables(store, read, problems);
    const tables = longCellProblems(rest, problems);
    if (
      problems.length === 0 &&
      tables.length === 0 &&
      profiles.length === 0 &&
      parquet.exports.length === 0
    ) {
      problems.push(nothingToImport(paths));
    }
    await exportOfficeRoles(store, parquet.exports);
    const summary =
      tables.length === 0 && (parquet.exports.length > 0 || profiles.length > 0)
        ? { written: false, byEntity: {}, problems: [] }
        : await importTables(store, tables, { ...options, dryRun: true });
    return { ...summary, problems: [...problems, ...summary.problems] };
  } finally {
    removeDecodedCopies(read);
  }
}
