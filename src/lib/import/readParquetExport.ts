import { join } from "node:path";
import type { OfficeMerge } from "../../data/officeMerge.ts";
import type { OfficeProfile } from "../../data/officeProfile.ts";
import type { PeriodClosure } from "../../data/periodClosure.ts";
import { DoingoaiError, exitCodes, QueryError } from "../DoingoaiError.ts";
import { exportManifestName, readExportManifest } from "../io/exportManifest.ts";
import { latestVersion } from "../store/migrations.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { writtenNumberText } from "./writtenNumberText.ts";
import type { RowTable } from "./stage.ts";

/** A Parquet export read for import: its tables as rows, and what its manifest says of the office. */
export interface ParquetExportTables {
  /** The export folder, as given. */
  dir: string;
  tables: RowTable[];
  profile: OfficeProfile | null;
  merges: OfficeMerge[];
  sample: boolean;
  /** The closed periods the export carries. */
  closures: PeriodClosure[];
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
  for (const [name, { file, rows: said }] of Object.entries(manifest.tables)) {
    // the manifest reader has checked `file` is a plain name of the folder's own (no glob, no path)
    const path = join(dir, file);
    const from = `read_parquet(${literal(path)})`;
    let sql = `SELECT * FROM ${from}`;
    let reader;
    let asText: boolean[] = [];
    try {
      await infiniteDates(store, path, from);
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
      if (error instanceof DoingoaiError) throw error;
      throw new DoingoaiError(
        {
          vi: `${path}: không đọc được tệp Parquet: ${(error as Error).message}`,
          en: `${path}: cannot read the Parquet file: ${(error as Error).message}`,
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
    if (rows.length !== said) {
      throw new DoingoaiError(
        {
          vi: `${path}: tệp có ${rows.length} dòng nhưng ${exportManifestName} ghi bảng ${name} có ${said} dòng; tệp đã bị thay hoặc hỏng. Không nhập gì.`,
          en: `${path}: the file holds ${rows.length} rows but ${exportManifestName} says table ${name} has ${said}; the file was replaced or damaged. Nothing was imported.`,
        },
        { exitCode: exitCodes.invalidData },
      );
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

/**
 * Refuses (exit 3) a date or timestamp of infinity or -infinity in a Parquet
 * file, naming the file, the row (1 = the first record) and the column: no
 * office date is infinite, and JavaScript has no such date.
 */
async function infiniteDates(store: Store, path: string, source: string): Promise<void> {
  const columns = await store.all<{ column_name: string; column_type: string }>(
    `DESCRIBE SELECT * FROM ${source}`,
  );
  const dated = columns.filter((c) => /^(DATE|TIMESTAMP)/.test(c.column_type)).map((c) => c.column_name);
  if (dated.length === 0) return;
  const [hit] = await store.all<{ row: bigint; column: string; value: string }>(
    `WITH t AS (SELECT row_number() OVER () AS "row", ${dated.map(ident).join(", ")} FROM ${source})
     ${dated
       .map(
         (c) =>
           `SELECT "row", ${literal(c)} AS "column", CAST(${ident(c)} AS VARCHAR) AS value FROM t WHERE NOT isfinite(${ident(c)})`,
       )
       .join("\n     UNION ALL ")}
     ORDER BY "row", "column" LIMIT 1`,
  );
  if (hit === undefined) return;
  throw new DoingoaiError(
    {
      vi: `${path}, dòng ${hit.row}, cột ${hit.column}: «${hit.value}» không phải một ngày; cần ngày thật (dd/mm/yyyy). Không nhập gì.`,
      en: `${path}, row ${hit.row}, column ${hit.column}: «${hit.value}» is not a date; expected a real date (dd/mm/yyyy). Nothing was imported.`,
    },
    { exitCode: exitCodes.invalidData },
  );
}
