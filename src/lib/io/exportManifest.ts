import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { entities } from "../../data/entities.ts";
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
 * {@link DoingoaiError}: exit 5 when the folder has no readable manifest or a
 * table's file is missing, 3 when the manifest is not a doingoai Parquet
 * manifest or is not to be trusted: it names no table, a table that is not
 * exactly a doingoai table name (`Partners`), or a file that is not one of the
 * folder's own files named exactly (`../outside/x.parquet`, `*.parquet`, a
 * symbolic link). Only the folder's own files are ever read.
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
  manifestTrust(dir, path, parsed.data);
  return parsed.data;
}

/** Characters DuckDB reads as a glob or a path, which a file of the export never holds. */
const notPlainName = /[/\\*?[\]{}]|^\.{1,2}$|^$/;

/** Refuses (exit 3, or 5 for a missing file) a manifest that would read anything but the folder's own named files. */
function manifestTrust(dir: string, path: string, manifest: ExportManifest): void {
  const refuse = (vi: string, en: string, exitCode: 3 | 5 = exitCodes.invalidData) =>
    new DoingoaiError({ vi: `${path}: ${vi}`, en: `${path}: ${en}` }, { exitCode });
  const names: string[] = entities.map((e) => e.name);
  const tables = Object.entries(manifest.tables);
  if (tables.length === 0) {
    throw refuse(
      `tệp mô tả không kể bảng nào («tables» trống); cần ít nhất một trong: ${names.join(", ")}.`,
      `the manifest names no table ("tables" is empty); expected at least one of: ${names.join(", ")}.`,
    );
  }
  for (const [name, { file }] of tables) {
    if (!names.includes(name)) {
      const near = names.find((n) => n.toLowerCase() === name.trim().toLowerCase());
      const hint =
        near === undefined
          ? { vi: "", en: "" }
          : { vi: ` (có phải «${near}»?)`, en: ` (did you mean «${near}»?)` };
      throw refuse(
        `«${name}» không phải tên bảng của doingoai${hint.vi}; tên bảng phải viết đúng từng chữ, một trong: ${names.join(", ")}. Không nhập gì.`,
        `«${name}» is not a doingoai table name${hint.en}; a table name must be exact, one of: ${names.join(", ")}. Nothing was imported.`,
      );
    }
    if (notPlainName.test(file)) {
      throw refuse(
        `bảng ${name} trỏ tới «${file}»; chỉ đọc tệp nằm ngay trong thư mục xuất, ghi đúng tên (không thư mục, không .., không ký tự đại diện * ? [ ] { }). Không nhập gì.`,
        `table ${name} points at «${file}»; only files right inside the export folder are read, named exactly (no folder, no .., no wildcard * ? [ ] { }). Nothing was imported.`,
      );
    }
    const full = join(dir, file);
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      throw refuse(
        `thiếu tệp ${file} của bảng ${name} trong thư mục ${dir}.`,
        `file ${file} of table ${name} is missing from the folder ${dir}.`,
        exitCodes.io,
      );
    }
    if (!stat.isFile() || dirname(realpathSync(full)) !== realpathSync(dir)) {
      throw refuse(
        `tệp ${file} của bảng ${name} không phải tệp thường của thư mục xuất (là liên kết hoặc thư mục); chỉ đọc tệp của chính thư mục. Không nhập gì.`,
        `file ${file} of table ${name} is not a plain file of the export folder (a link or a folder); only the folder's own files are read. Nothing was imported.`,
      );
    }
  }
}
