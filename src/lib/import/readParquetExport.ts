import { join } from "node:path";
import type { OfficeMerge } from "../../data/officeMerge.ts";
import type { OfficeProfile } from "../../data/officeProfile.ts";
import type { PeriodClosure } from "../../data/periodClosure.ts";
import { entityByName } from "../../data/entities.ts";
import { DoingoaiError, exitCodes, QueryError } from "../DoingoaiError.ts";
import { readExportManifest } from "../io/exportManifest.ts";
import { latestVersion } from "../store/migrations.ts";
import type { Store } from "../store/openStore.ts";
import { literal } from "../store/sqlTypes.ts";
import type { RowTable } from "./stage.ts";

/** A Parquet export read for import: its tables as rows, and what its manifest says of the office. */
export interface ParquetExportTables {
  tables: RowTable[];
  profile: OfficeProfile | null;
  merges: OfficeMerge[];
  sample: boolean;
  /** The closed periods the export carries. */
  closures: PeriodClosure[];
  /** The export folder, as given. */
  dir: string;
}

/**
 * Reads a Parquet export folder (written by `doingoai export DIR --format
 * parquet`) as importer tables, one per entity, typed values as DuckDB gives
 * them: the validating importer then checks and merges them like any file.
 * Refuses (exit 4) an export made by a newer doingoai than this one, naming
 * the office and both schema versions.
 */
export async function readParquetExport(store: Store, dir: string): Promise<ParquetExportTables> {
  const manifest = readExportManifest(dir);
  if (manifest.schema_version > latestVersion) {
    const office = manifest.office?.office_id ?? dir;
    throw new DoingoaiError(
      {
        vi: `${dir}: bản xuất của cơ quan ${office} có phiên bản lược đồ ${manifest.schema_version}, mới hơn phiên bản doingoai này đọc được (${latestVersion}). Hãy cập nhật doingoai.`,
        en: `${dir}: the export of office ${office} has schema version ${manifest.schema_version}, newer than this doingoai reads (${latestVersion}). Update doingoai.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  const tables: RowTable[] = [];
  for (const [name, { file }] of Object.entries(manifest.tables)) {
    if (entityByName(name) === undefined) continue;
    const sql = `SELECT * FROM read_parquet(${literal(join(dir, file))})`;
    let reader;
    try {
      reader = await store.connection.runAndReadAll(sql);
    } catch (error) {
      throw new DoingoaiError(
        {
          vi: `${join(dir, file)}: không đọc được tệp Parquet: ${(error as Error).message}`,
          en: `${join(dir, file)}: cannot read the Parquet file: ${(error as Error).message}`,
        },
        { exitCode: exitCodes.io, cause: new QueryError(sql, error) },
      );
    }
    const rows = reader.getRowsJS() as unknown[][];
    if (rows.length === 0) continue;
    tables.push({ entity: name, source: file, header: reader.columnNames(), rows });
  }
  return {
    tables,
    profile: manifest.office,
    merges: manifest.merges,
    sample: manifest.sample,
    closures: manifest.closures,
    dir,
  };
}
