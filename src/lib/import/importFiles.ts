import type { Store } from "../store/openStore.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { ImportError } from "./ImportError.ts";
import { importTables, type ImportOptions, type ImportSummary } from "./importTables.ts";
import { officeSheetName, takeOfficeTables, writeOfficeProfiles } from "./importOfficeSheet.ts";
import { readSources, type ReadOptions } from "./readSources.ts";

/**
 * Imports CSV, XLSX and JSON files (or folders of them) in one transaction:
 * all or nothing. The entity comes from the file name (`delegations.csv`),
 * the sheet name, or `options.entity`. Throws {@link ImportError} listing
 * every problem; nothing is written then.
 */
export async function importFiles(
  store: Store,
  paths: string[],
  options: ImportOptions & ReadOptions = {},
): Promise<ImportSummary> {
  const problems: ImportProblem[] = [];
  const read = await readSources(paths, problems, options);
  // The office profile (sheet "office") is stored by its own step, in the same transaction.
  const { profiles, rest: tables } = await takeOfficeTables(store, read, problems);
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
  const read = await readSources(paths, problems, options);
  const { rest: tables } = await takeOfficeTables(store, read, problems);
  const summary = await importTables(store, tables, { ...options, dryRun: true });
  return { ...summary, problems: [...problems, ...summary.problems] };
}
