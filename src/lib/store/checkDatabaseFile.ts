import { statSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "./Store.ts";

/** DuckDB's file layout: a main header and two database headers, 4 KiB each, then the blocks. */
const headersSize = 3 * 4096;

/**
 * The size a DuckDB database file needs to hold every block its tables and
 * catalogue use: the headers and blocks 0 to the highest block in use. Read
 * from the catalogue (`pragma_storage_info` of each table, and
 * `pragma_metadata_info`), not from the data: a few milliseconds. The file
 * header's block count is no measure: DuckDB trims free blocks off the end
 * of the file after writing it.
 */
export async function neededFileSize(store: Store): Promise<number> {
  const tables = await store.all<{ s: string; t: string }>(
    "SELECT schema_name AS s, table_name AS t FROM duckdb_tables() WHERE database_name = current_database()",
  );
  const parts = tables.map(
    (t) =>
      `SELECT block_id, additional_block_ids FROM pragma_storage_info(${quote(`"${t.s.replace(/"/g, '""')}"."${t.t.replace(/"/g, '""')}"`)})`,
  );
  const [data] = parts.length
    ? await store.all<{ m: bigint | null }>(
        `SELECT max(greatest(block_id, coalesce(list_max(additional_block_ids), -1))) AS m
         FROM (${parts.join(" UNION ALL ")}) WHERE block_id >= 0`,
      )
    : [{ m: null }];
  const [meta] = await store.all<{ m: bigint | null }>(
    "SELECT max(block_id) AS m FROM pragma_metadata_info()",
  );
  const [size] = await store.all<{ block_size: bigint }>("SELECT block_size FROM pragma_database_size()");
  const highest = Math.max(Number(data?.m ?? -1), Number(meta?.m ?? -1));
  return headersSize + (highest + 1) * Number(size!.block_size);
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Refuses (exit 4) a database file shorter than the blocks its catalogue uses:
 * a copy cut short (a full disk, an interrupted download or sync). DuckDB
 * opens such a file and fails only later, half-way through a command, or
 * answers some commands (`history`) from the part that is left. Nothing is
 * written: the caller closes the file untouched.
 */
export async function checkDatabaseFile(store: Store): Promise<void> {
  if (store.path === ":memory:") return;
  const size = statSync(store.path).size;
  const n = (v: number) => v.toLocaleString("vi-VN");
  let needed: number;
  try {
    needed = await neededFileSize(store);
  } catch (error) {
    // cut inside the catalogue itself: DuckDB reads past the end of the file to list the blocks
    throw damagedDatabase(store.path, error) ?? error;
  }
  if (size >= needed) return;
  const percent = Math.floor((size / needed) * 100);
  throw new DoingoaiError(
    {
      vi: `Cơ sở dữ liệu ${store.path} bị cắt cụt: tệp có ${n(size)} byte, nhưng các bảng của nó cần ít nhất ${n(needed)} byte (còn ${percent} %). Có thể do đĩa đầy hoặc sao chép bị ngắt. Không mở, không ghi gì; hãy dùng bản sao lưu.`,
      en: `Database ${store.path} is truncated: the file holds ${n(size)} bytes, but its tables need at least ${n(needed)} (${percent} % left). A full disk or an interrupted copy may have cut it. It is not opened and nothing is written; use a backup.`,
    },
    { exitCode: exitCodes.database },
  );
}

/** DuckDB's words for a file whose blocks cannot be read back as written. */
const damaged =
  /Corrupt database file|does not match stored checksum|Could not read enough bytes|Failed to read .* from file|block .* out of range/i;

/**
 * A storage error of DuckDB (a block cut off or corrupted, found only when a
 * query reads it) as a {@link DoingoaiError} with exit 4 naming the file; undefined
 * for any other error.
 */
export function damagedDatabase(path: string, error: unknown): DoingoaiError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (!damaged.test(message)) return undefined;
  if (/Could not read enough bytes/i.test(message)) {
    // a read past the end of the file: the file was cut short
    let size = 0;
    try {
      size = statSync(path).size;
    } catch {
      // the size is only for the message
    }
    const n = size.toLocaleString("vi-VN");
    return new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${path} bị cắt cụt: tệp có ${n} byte, nhưng dữ liệu của nó nằm quá cuối tệp. Có thể do đĩa đầy hoặc sao chép bị ngắt. Không mở, không ghi gì; hãy dùng bản sao lưu.`,
        en: `Database ${path} is truncated: the file holds ${n} bytes, but its data lies past the end of the file. A full disk or an interrupted copy may have cut it. It is not opened and nothing is written; use a backup.`,
      },
      { exitCode: exitCodes.database, cause: error },
    );
  }
  const reason = message.split("\n")[0]!.slice(0, 300);
  return new DoingoaiError(
    {
      vi: `Cơ sở dữ liệu ${path} bị hỏng: DuckDB không đọc lại được dữ liệu đã ghi (${reason}). Không ghi gì; hãy dùng bản sao lưu.`,
      en: `Database ${path} is damaged: DuckDB cannot read back what it wrote (${reason}). Nothing was written; use a backup.`,
    },
    { exitCode: exitCodes.database, cause: error },
  );
}
