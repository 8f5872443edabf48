/**
 * doingoai's public API for Node (it needs DuckDB): open a database, import
 * and export the office's files, compute indicators (the built-ins and your
 * own), check data quality, plan (strategy, forecasts, budget, MOU review),
 * write the annual review and draw figures on the server.
 *
 * Browser code imports the browser-safe parts instead: `doingoai/data`
 * (schemas, periods, formats).
 *
 * @module doingoai
 */

// The store
export { openStore, resolveDbPath, defaultDbFile, defaultSampleDbFile } from "./store/openStore.ts";
export type { Store, OpenStoreOptions, SqlParams, ResolveDbPathOptions } from "./store/openStore.ts";

// The office a database speaks for
export { getOfficeProfile, setOfficeProfile } from "./office/officeProfileStore.ts";
export type { GetOfficeProfileOptions } from "./office/officeProfileStore.ts";
export { DoingoaiError, QueryError, exitCodes } from "./DoingoaiError.ts";
export type { ExitCode } from "./DoingoaiError.ts";

// Importing, templates, export and the sample
export { importFiles, validateFiles } from "./import/importFiles.ts";
export { importTables, ImportError } from "./import/importTables.ts";
export type { ImportOptions, ImportSummary, EntityCount } from "./import/importTables.ts";
export type { ImportProblem } from "./import/ImportProblem.ts";
export { formatProblem } from "./import/ImportProblem.ts";
export type { RowTable, CsvTable, SourceTable } from "./import/stage.ts";
export { writeTemplate } from "./io/writeTemplate.ts";
export { exportData } from "./io/exportData.ts";
export { loadSample, sampleTables } from "./sample/loadSample.ts";
export { isSampleDatabase, markSampleDatabase } from "./sample/sampleMarker.ts";

// Corrections with a trail: delete, history, undo; the schema's migrations
export { deleteRecords } from "./changes/deleteRecords.ts";
export type { DeleteOptions, DeleteSummary, RecordKey } from "./changes/deleteRecords.ts";
export { listChanges } from "./changes/listChanges.ts";
export { undoLastChange } from "./changes/undoLastChange.ts";
export type { UndoSummary } from "./changes/undoLastChange.ts";
export { changeSchema, changeCountSchema } from "./changes/Change.ts";
export type { Change, ChangeCount } from "./changes/Change.ts";
export { migrate } from "./store/migrate.ts";
export { migrations, latestVersion } from "./store/migrations.ts";
export type { Migration } from "./store/migrations.ts";

// Indicators, checks, planning and the review report
export * from "./indicators/index.ts";
export * from "./checks/index.ts";
export * from "./planning/index.ts";
export * from "./report/index.ts";
export * from "./report/strategyDocument/index.ts";

// Figures drawn on the server (SVG with jsdom, PNG with resvg), for files and documents
export * from "./figures/index.ts";
