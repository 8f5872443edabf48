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
export type { Store, SqlParams } from "./store/Store.ts";
export type { OpenStoreOptions, ResolveDbPathOptions } from "./store/openStore.ts";

// The office a database speaks for
export { getOfficeProfile, setOfficeProfile } from "./office/officeProfileStore.ts";
export type { GetOfficeProfileOptions } from "./office/officeProfileStore.ts";
export { getOfficeMerges, setOfficeMerge } from "./office/officeMerges.ts";
export { DoingoaiError, QueryError, exitCodes } from "./DoingoaiError.ts";
export type { ExitCode } from "./DoingoaiError.ts";

// Importing, templates, export and the sample
export { importFiles, validateFiles } from "./import/importFiles.ts";
export { importTables } from "./import/importTables.ts";
export { ImportError } from "./import/ImportError.ts";
export type { ImportOptions, ImportSummary, EntityCount } from "./import/importTables.ts";
export type { ImportProblem } from "./import/ImportProblem.ts";
export { formatProblem } from "./import/ImportProblem.ts";
export type { RowTable, CsvTable, SourceTable } from "./import/SourceTable.ts";
export { writeTemplate } from "./io/writeTemplate.ts";
export { exportData } from "./io/exportData.ts";
export {
  exportManifestName,
  exportManifestSchema,
  isParquetExport,
  readExportManifest,
} from "./io/exportManifest.ts";
export type { ExportManifest } from "./io/exportManifest.ts";

// Several offices: the roll-up of Parquet exports read in place, and a merged province
export { openRollup, unnamedHomeOffice } from "./rollup/openRollup.ts";
export type { Rollup, RollupOffice, OpenRollupOptions } from "./rollup/openRollup.ts";
export { writeCombinedDatabase, combinedOfficesKey } from "./rollup/writeCombinedDatabase.ts";
export { loadSample, sampleTables } from "./sample/loadSample.ts";
export { isSampleDatabase, markSampleDatabase } from "./sample/sampleMarker.ts";

// IATI 2.03: export the aid projects, read and reconcile donors' activity files
export {
  exportIati,
  renderIatiActivities,
  iatiActivitiesFileName,
  iatiActivityStatus,
  iatiVersion,
} from "./iati/exportIati.ts";
export type { IatiExportOptions, IatiExportSummary } from "./iati/exportIati.ts";
export { readIatiActivities } from "./iati/readIatiActivities.ts";
export type { IatiActivity, IatiNarrative, IatiOrg, IatiTransaction } from "./iati/readIatiActivities.ts";
export { compareIati } from "./iati/compareIati.ts";
export type {
  IatiCompareOptions,
  IatiComparison,
  IatiDifference,
  IatiDifferenceKind,
  IatiDifferenceSubject,
  IatiMatch,
  IatiValue,
} from "./iati/compareIati.ts";

// Corrections with a trail: delete, history, undo; the schema's migrations
export { deleteRecords } from "./changes/deleteRecords.ts";
export type { DeleteOptions, DeleteSummary, RecordKey } from "./changes/deleteRecords.ts";
export { listChanges } from "./changes/listChanges.ts";
export { undoLastChange } from "./changes/undoLastChange.ts";
export type { UndoSummary } from "./changes/undoLastChange.ts";
export { changeSchema, changeCountSchema } from "./changes/Change.ts";
export type { Change, ChangeCount } from "./changes/Change.ts";
// Closed periods (issue 20): close after the review is signed, reopen with a reason, compare
export { closePeriod } from "./closures/closePeriod.ts";
export type { CloseOptions } from "./closures/closePeriod.ts";
export { reopenPeriod } from "./closures/reopenPeriod.ts";
export type { ReopenOptions } from "./closures/reopenPeriod.ts";
export { listClosures, closuresInForce } from "./closures/listClosures.ts";
export { compareSigned } from "./closures/compareSigned.ts";
export type { ChangedFigure, ChangedRecord, SignedComparison } from "./closures/compareSigned.ts";
export { recordsInPeriods, lockedTables } from "./closures/recordsInPeriods.ts";
export type { DatedRecord, LockedTable } from "./closures/recordsInPeriods.ts";
export { refuseClosedPeriodChanges, lockedListed } from "./closures/refuseClosedPeriodChanges.ts";
export type { TouchedRows } from "./closures/refuseClosedPeriodChanges.ts";
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
