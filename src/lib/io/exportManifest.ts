import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { officeProfileSchema } from "../../data/officeProfile.ts";
import { officeMergeSchema } from "../../data/officeMerge.ts";
import { periodClosureSchema } from "../../data/periodClosure.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { zodIssuesText } from "../zodIssuesText.ts";

/** The manifest's file name in a Parquet export folder. */
export const exportManifestName = "doingoai-export.json";

/**
 * What a Parquet export says about itself: which office (its profile and the
 * merges it records), the schema version its tables follow, when it was made,
 * and each table's file and row count.
 */
export const exportManifestSchema = z.object({
  application: z.literal("doingoai"),
  format: z.literal("parquet"),
  /** The database schema version of the tables (doingoai_meta schema_version). */
  schema_version: z.number().int().positive(),
  /** When the export was written (ISO 8601, UTC). */
  exported_at: z.string(),
  /** The office's profile; null when the database has none. */
  office: officeProfileSchema.nullable(),
  /** Merges the office records (offices it absorbed, and from when). */
  merges: z.array(officeMergeSchema).default([]),
  /** True when the database holds the synthetic sample. */
  sample: z.boolean().default(false),
  /** The closed periods (`doingoai period close`), in force or reopened, with their signed figures. */
  closures: z.array(periodClosureSchema).default([]),
  /** Each entity table: its Parquet file (relative to the folder) and rows. */
  tables: z.record(z.string(), z.object({ file: z.string(), rows: z.number().int().nonnegative() })),
});

/** A Parquet export's manifest. */
export type ExportManifest = z.output<typeof exportManifestSchema>;

/** Whether `dir` is a Parquet export (holds {@link exportManifestName}). */
export function isParquetExport(dir: string): boolean {
  return existsSync(join(dir, exportManifestName));
}

/**
 * Reads and checks the manifest of a Parquet export. Throws a
 * {@link DoingoaiError}: exit 5 when the folder has no readable manifest, 3 when
 * the manifest is not a doingoai Parquet manifest.
 */
export function readExportManifest(dir: string): ExportManifest {
  const path = join(dir, exportManifestName);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new DoingoaiError(
      {
        vi: `${dir}: không có tệp ${exportManifestName}; đây không phải thư mục xuất Parquet của doingoai (doingoai export DIR --format parquet).`,
        en: `${dir}: no ${exportManifestName}; this is not a doingoai Parquet export (doingoai export DIR --format parquet).`,
      },
      { exitCode: exitCodes.io },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DoingoaiError(
      {
        vi: `${path}: không phải JSON hợp lệ (${(error as Error).message}).`,
        en: `${path}: not valid JSON (${(error as Error).message}).`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  const parsed = exportManifestSchema.safeParse(data);
  if (!parsed.success) {
    throw new DoingoaiError(
      {
        vi: `${path}: tệp mô tả bản xuất không hợp lệ: ${zodIssuesText(parsed.error)}`,
        en: `${path}: invalid export manifest: ${zodIssuesText(parsed.error)}`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return parsed.data;
}
