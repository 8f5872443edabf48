import type { Store } from "../store/openStore.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { ImportError } from "./ImportError.ts";
import { importTables, type ImportOptions, type ImportSummary } from "./importTables.ts";
import { officeSheetName, takeOfficeTables, writeOfficeProfiles } from "./importOfficeSheet.ts";
import { importExtensions, readSources, type ReadOptions } from "./readSources.ts";
import { isParquetExport } from "../io/exportManifest.ts";
import { readParquetExport, type ParquetExportTables } from "./readParquetExport.ts";
import { setOfficeMerge } from "../office/officeMerges.ts";
import { markSampleDatabase } from "../sample/sampleMarker.ts";
import type { SourceTable } from "./stage.ts";

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
 * through the same checks, and its office profile, merges and sample mark
 * are stored, so that an empty database gets identical tables. The entity comes from the file name (`delegations.csv`),
 * the sheet name, or `options.entity`. Throws {@link ImportError} listing
 * every problem; nothing is written then.
 */
export async function importFiles(
  store: Store,
  paths: string[],
  options: ImportOptions & ReadOptions = {},
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
  if (problems.length === 0 && tables.length === 0 && profiles.length === 0) {
    throw new ImportError([nothingToImport(paths)]);
  }
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
  const { profiles, rest: tables } = await takeOfficeTables(store, read, problems);
  if (problems.length === 0 && tables.length === 0 && profiles.length === 0 && parquet.exports.length === 0) {
    problems.push(nothingToImport(paths));
  }
  const summary = await importTables(store, tables, { ...options, dryRun: true });
  return { ...summary, problems: [...problems, ...summary.problems] };
}
