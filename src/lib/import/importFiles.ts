import type { Store } from "../store/openStore.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { ImportError, importTables, type ImportOptions, type ImportSummary } from "./importTables.ts";
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
  const tables = await readSources(paths, problems, options);
  if (problems.length > 0) {
    // Unreadable files: still check the readable ones, so one report lists everything.
    const summary = await importTables(store, tables, { ...options, dryRun: true });
    throw new ImportError([...problems, ...summary.problems]);
  }
  return importTables(store, tables, options);
}

/** The same checks as {@link importFiles}, writing nothing: returns the problems found (empty when clean). */
export async function validateFiles(
  store: Store,
  paths: string[],
  options: Omit<ImportOptions, "dryRun"> & ReadOptions = {},
): Promise<ImportSummary> {
  const problems: ImportProblem[] = [];
  const tables = await readSources(paths, problems, options);
  const summary = await importTables(store, tables, { ...options, dryRun: true });
  return { ...summary, problems: [...problems, ...summary.problems] };
}
