import { join } from "node:path";
import type { OfficeMerge } from "../../data/officeMerge.ts";
import type { OfficeProfile } from "../../data/officeProfile.ts";
import type { PeriodClosure } from "../../data/periodClosure.ts";
import { entityByName } from "../../data/entities.ts";
import { DoingoaiError, exitCodes, QueryError } from "../DoingoaiError.ts";
import { readExportManifest } from "../io/exportManifest.ts";
import { latestVersion } from "../store/migrations.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { writtenNumberText } from "./writtenNumberText.ts";
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
    const from = `read_parquet(${literal(join(dir, file))})`;
    let sql = `SELECT * FROM ${from}`;
    let reader;
    let asText: boolean[] = [];
    try {
      // FLOAT and DECIMAL columns are read as the text DuckDB writes for them (0.1 for the float
      // 0.1f), not widened to a double (0.10000000149011612): the importer then reads that text.
      const described = await store.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`);
      const columns = described.getRowObjectsJS() as { column_name: string; column_type: string }[];
      asText = columns.map((c) => /^(FLOAT|REAL|DECIMAL)/.test(c.column_type));
      if (asText.includes(true)) {
        const list = columns.map((c, k) =>
          asText[k]
            ? `CAST(${ident(c.column_name)} AS VARCHAR) AS ${ident(c.column_name)}`
            : ident(c.column_name),
        );
        sql = `SELECT ${list.join(", ")} FROM ${from}`;
      }
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
    if (asText.includes(true)) {
      for (const row of rows) {
        asText.forEach((text, k) => {
          if (text && typeof row[k] === "string") row[k] = writtenNumberText(row[k]);
        });
      }
    }
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
