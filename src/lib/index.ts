// doingoai's public API for Node (it needs DuckDB). Browser code imports the
// browser-safe parts instead: `doingoai/data` (schemas, periods, formats) and
// `src/lib/planning/forecast` (forecasts, paths and scenarios).

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

// Indicators, checks, planning and the review report
export * from "./indicators/index.ts";
export * from "./checks/index.ts";
export * from "./planning/index.ts";
export * from "./report/index.ts";
