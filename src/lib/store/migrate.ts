import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { migrations, setVersionSql, type Migration } from "./migrations.ts";
import type { Store } from "./openStore.ts";

/**
 * The schema version stored in a doingoai database (0 for an empty file).
 * Throws a {@link DoingoaiError} (exit 4) when the file holds another
 * application's tables.
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
    return Number(meta["schema_version"]);
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
  const latestVersion = list[list.length - 1]!.version;
  const version = await schemaVersion(store);
  if (version > latestVersion) {
    throw new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${store.path} có phiên bản lược đồ ${version}, mới hơn phiên bản doingoai này hỗ trợ (${latestVersion}). Hãy cập nhật doingoai.`,
        en: `Database ${store.path} has schema version ${version}, newer than this doingoai supports (${latestVersion}). Update doingoai.`,
      },
      { exitCode: exitCodes.database },
    );
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
    await store.transaction(async () => {
      await store.run(m.sql);
      if (m.version > 1) await store.run(setVersionSql(m.version));
    });
  }
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
