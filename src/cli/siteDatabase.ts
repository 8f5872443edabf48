import { existsSync } from "node:fs";
import { entities } from "../data/entities.ts";
import type { ImportOptions } from "../lib/import/importTables.ts";
import { loadSample } from "../lib/sample/loadSample.ts";
import { defaultDbFile, defaultSampleDbFile, openStore } from "../lib/store/openStore.ts";

/** Which database `start` shows, and whether it is the sample's. */
export interface SiteDatabase {
  path: string;
  sample: boolean;
  /** True when the sample was loaded just now (its file was empty or new). */
  loaded: boolean;
}

/** Options of {@link prepareSiteDatabase}. */
export interface PrepareSiteDatabaseOptions {
  /** The database named by --db or DOINGOAI_DB, if any: shown as it is, never filled with the sample. */
  named?: string | undefined;
  /** Progress of a sample load. */
  onProgress?: ImportOptions["onProgress"];
}

/**
 * Which database {@link prepareSiteDatabase} shows, decided at once (before
 * the sample, if it is the one, is loaded): the named one, else the office's
 * when it exists, else the sample's.
 */
export function siteDatabasePath(named?: string): { path: string; sample: boolean } {
  if (named !== undefined) return { path: named, sample: false };
  if (existsSync(defaultDbFile)) return { path: defaultDbFile, sample: false };
  return { path: defaultSampleDbFile, sample: true };
}

/**
 * The database `npm start` builds the dashboards from. A database named by
 * --db or DOINGOAI_DB, else the office's `./data/doingoai.duckdb` when it
 * exists, is shown as it is (an empty one shows "no data"). Only when the
 * office has no database yet is the sample shown, from its own file
 * `./data/sample.duckdb` (loaded there when empty), so that an office's
 * imports, which go to `./data/doingoai.duckdb`, never mix with it.
 */
export async function prepareSiteDatabase(options: PrepareSiteDatabaseOptions = {}): Promise<SiteDatabase> {
  const site = siteDatabasePath(options.named);
  if (!site.sample) return { ...site, loaded: false };
  const store = await openStore({ path: defaultSampleDbFile });
  try {
    const counts = await store.all<{ n: bigint }>(
      entities.map((e) => `SELECT count(*) AS n FROM "${e.name}"`).join(" UNION ALL "),
    );
    const empty = counts.every((c) => c.n === 0n);
    if (empty) await loadSample(store, options.onProgress ? { onProgress: options.onProgress } : {});
    return { path: defaultSampleDbFile, sample: true, loaded: empty };
  } finally {
    store.close();
  }
}
