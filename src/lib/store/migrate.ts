import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { latestVersion, migrations, setVersionSql, type Migration } from "./migrations.ts";
import { missingSchemaParts } from "./schemaShape.ts";
import type { Store } from "./Store.ts";

/**
 * The schema version stored in a doingoai database (0 for an empty file).
 * Throws a {@link DoingoaiError} (exit 4) when the file holds another
 * application's tables, or a doingoai_meta `schema_version` that is missing
 * or not a whole number from 1 (0, -1, "abc").
 */
export async function schemaVersion(store: Store): Promise<number> {
  const tables = await store.all<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'",
  );
  const names = new Set(tables.map((t) => t.name));
  if (names.has("doingoai_meta")) {
    const rows = await store.all<{ key: string; value: string }>("SELECT key, value FROM doingoai_meta");
    const meta = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    if (meta["application"] !== "doingoai") throw notOurs(store.path);
    const label = meta["schema_version"];
    // a version is a whole number from 1: anything else (0, -1, "abc", none) is not ours to guess
    if (label === undefined || !/^[1-9][0-9]{0,8}$/.test(label)) throw badVersion(store.path, label);
    return Number(label);
  }
  if (names.size > 0) throw notOurs(store.path);
  return 0;
}

/**
 * Brings a database to the latest schema version of `list` (default the
 * shipped {@link migrations}): each pending migration runs in its own
 * transaction and records its version. Refuses (exit 4) a database that is not
 * doingoai's, one newer than `list` knows, and one that needs an upgrade but
 * is open read-only.
 */
export async function migrate(store: Store, list: readonly Migration[] = migrations): Promise<void> {
  const newest = list[list.length - 1]!.version;
  const version = await schemaVersion(store);
  if (version > newest) {
    throw new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${store.path} có phiên bản lược đồ ${version}, mới hơn phiên bản doingoai này hỗ trợ (${newest}). Hãy cập nhật doingoai.`,
        en: `Database ${store.path} has schema version ${version}, newer than this doingoai supports (${newest}). Update doingoai.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  if (version > 0) {
    const missing = await missingSchemaParts(store, version, list);
    if (missing.length > 0) throw mislabelled(store.path, version, missing);
  }
  const pending = list.filter((m) => m.version > version);
  if (pending.length === 0) return;
  if (store.readOnly) {
    throw new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${store.path} cần nâng cấp lược đồ nhưng đang mở chỉ đọc. Hãy chạy một lệnh ghi (ví dụ doingoai import) trước.`,
        en: `Database ${store.path} needs a schema upgrade but is open read-only. Run a writing command (e.g. doingoai import) first.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  for (const m of pending) {
    try {
      await store.transaction(async () => {
        await store.run(m.sql);
        if (m.version > 1) await store.run(setVersionSql(m.version));
      });
    } catch (error) {
      // the step's transaction rolled back; the message says which step, never its whole SQL
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const reason = (cause instanceof Error ? cause.message : String(cause)).split("\n")[0]!;
      throw new DoingoaiError(
        {
          vi: `Không nâng cấp được cơ sở dữ liệu ${store.path} lên phiên bản lược đồ ${m.version} (${m.description}): ${reason}. Bước này không ghi gì; tệp có thể không đúng phiên bản nó ghi (${version}). Hãy dùng bản sao lưu.`,
          en: `Cannot upgrade database ${store.path} to schema version ${m.version} (${m.description}): ${reason}. This step wrote nothing; the file may not be the version it says (${version}). Use a backup.`,
        },
        { exitCode: exitCodes.database, cause: error },
      );
    }
  }
}

function badVersion(path: string, label: string | undefined): DoingoaiError {
  const said =
    label === undefined ? { vi: "không có", en: "missing" } : { vi: `«${label}»`, en: `«${label}»` };
  return new DoingoaiError(
    {
      vi: `Cơ sở dữ liệu ${path} có phiên bản lược đồ (doingoai_meta schema_version) ${said.vi}; cần một số nguyên từ 1 đến ${latestVersion}. Tệp đã bị sửa hoặc hỏng; không mở, không ghi gì. Hãy dùng bản sao lưu.`,
      en: `Database ${path} has schema version (doingoai_meta schema_version) ${said.en}; expected a whole number from 1 to ${latestVersion}. The file was edited or damaged; it is not opened and nothing is written. Use a backup.`,
    },
    { exitCode: exitCodes.database },
  );
}

function mislabelled(path: string, version: number, missing: string[]): DoingoaiError {
  const list = missing.slice(0, 10).join(", ") + (missing.length > 10 ? ` (+${missing.length - 10})` : "");
  return new DoingoaiError(
    {
      vi: `Cơ sở dữ liệu ${path} ghi phiên bản lược đồ ${version} nhưng thiếu phần của phiên bản đó: ${list.replace(/\btable\b/g, "bảng").replace(/\bcolumn\b/g, "cột")}. Tệp không phải thứ nó ghi (bị sửa tay hoặc ghép từ bản khác); không mở, không ghi gì. Hãy dùng bản sao lưu.`,
      en: `Database ${path} says schema version ${version} but lacks parts of that version: ${list}. The file is not what it says (edited by hand or pieced together); it is not opened and nothing is written. Use a backup.`,
    },
    { exitCode: exitCodes.database },
  );
}

function notOurs(path: string): DoingoaiError {
  return new DoingoaiError(
    {
      vi: `Tệp ${path} là cơ sở dữ liệu DuckDB nhưng không phải của doingoai. Hãy chọn tệp khác bằng --db hoặc DOINGOAI_DB.`,
      en: `${path} is a DuckDB database but not a doingoai one. Choose another file with --db or DOINGOAI_DB.`,
    },
    { exitCode: exitCodes.database },
  );
}
