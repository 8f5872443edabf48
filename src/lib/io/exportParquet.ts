import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { entities } from "../../data/entities.ts";
import { listClosures } from "../closures/listClosures.ts";
import { getOfficeMerges } from "../office/officeMerges.ts";
import { getOfficeProfile } from "../office/officeProfileStore.ts";
import { isSampleDatabase } from "../sample/sampleMarker.ts";
import { schemaVersion } from "../store/migrate.ts";
import type { Store } from "../store/openStore.ts";
import { literal } from "../store/sqlTypes.ts";
import { exportManifestName, type ExportManifest } from "./exportManifest.ts";
import type { ExportSummary } from "./ExportSummary.ts";
import { orderedSelect } from "./orderedSelect.ts";

/** A hidden name beside `path`, so the final rename stays on one file system. */
const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** What the C library says for the errors DuckDB passes on as text (strerror), by errno code. */
const strerrorCodes: readonly [RegExp, string][] = [
  [/File too large/i, "EFBIG"],
  [/No space left on device/i, "ENOSPC"],
  [/Disk quota exceeded/i, "EDQUOT"],
  [/Read-only file system/i, "EROFS"],
  [/Permission denied/i, "EACCES"],
  [/Not a directory/i, "ENOTDIR"],
  [/Is a directory/i, "EISDIR"],
  [/No such file or directory/i, "ENOENT"],
  [/Input\/output error/i, "EIO"],
];

/**
 * DuckDB reports a COPY that cannot write its file as an "IO Error" in text,
 * without an errno: as an error with the code the text names (EFBIG for "File
 * too large"…) and the final path, so the export says it as a file problem
 * (exit 5) rather than an SQL failure. Other errors pass through unchanged.
 */
function fileErrorOfCopy(error: unknown, path: string): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!/^IO Error/i.test(message)) return error;
  const code = strerrorCodes.find(([re]) => re.test(message))?.[1] ?? "EIO";
  return Object.assign(new Error(message.split("\n")[0], { cause: error }), { code, path });
}

/**
 * Writes every entity table as `<entity>.parquet` (zstd, rows in key order, so
 * the same data gives the same rows; empty tables too, so readers see every
 * table's columns) and the manifest `doingoai-export.json` (office profile,
 * merges, closed periods, schema version, export time, rows per table) into `dir`, which
 * must exist. Every file is written under a temporary name first and renamed
 * only when all are whole; the manifest is renamed last, so a folder with a
 * manifest always has its tables.
 */
export async function exportParquet(store: Store, dir: string): Promise<ExportSummary> {
  const summary: ExportSummary = { files: [], rows: {} };
  const staged: { temp: string; path: string }[] = [];
  const tables: ExportManifest["tables"] = {};
  try {
    for (const entity of entities) {
      const file = `${entity.name}.parquet`;
      const path = join(dir, file);
      const temp = tempName(path);
      staged.push({ temp, path });
      try {
        await store.run(
          `COPY (${orderedSelect(entity)}) TO ${literal(temp)} (FORMAT parquet, COMPRESSION zstd)`,
        );
      } catch (error) {
        throw fileErrorOfCopy(error, path);
      }
      const [row] = await store.all<{ n: bigint }>(
        `SELECT count(*) AS n FROM read_parquet(${literal(temp)})`,
      );
      const rows = Number(row?.n ?? 0);
      summary.rows[entity.name] = rows;
      summary.files.push(path);
      tables[entity.name] = { file, rows };
    }
    const profile = await getOfficeProfile(store);
    const manifest: ExportManifest = {
      application: "doingoai",
      format: "parquet",
      schema_version: await schemaVersion(store),
      exported_at: new Date().toISOString(),
      office: profile,
      merges: profile === null ? [] : await getOfficeMerges(store, profile.office_id),
      sample: await isSampleDatabase(store),
      closures: await listClosures(store),
      tables,
    };
    const manifestPath = join(dir, exportManifestName);
    const manifestTemp = tempName(manifestPath);
    staged.push({ temp: manifestTemp, path: manifestPath });
    writeFileSync(manifestTemp, JSON.stringify(manifest, null, 2) + "\n");
    for (const { temp, path } of staged) renameSync(temp, path);
    summary.files.push(manifestPath);
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  return summary;
}
