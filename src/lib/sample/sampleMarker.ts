// A database the sample was loaded into says so in doingoai_meta, so that every
// page and report made from it can say "DỮ LIỆU MẪU / SAMPLE DATA", and so that
// the sample's strategy is shown with the sample only, never with an office's data.
import type { Store } from "../store/openStore.ts";

/** The doingoai_meta key marking a database that holds the synthetic sample. */
export const sampleMetaKey = "sample";

/** Marks the database as holding the sample (done by loadSample, in its transaction or after it). */
export async function markSampleDatabase(store: Store): Promise<void> {
  await store.run(
    `INSERT INTO doingoai_meta VALUES ($key, 'true') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    { key: sampleMetaKey },
  );
}

/** Whether the sample was ever loaded into this database. */
export async function isSampleDatabase(store: Store): Promise<boolean> {
  const rows = await store.all<{ value: string }>("SELECT value FROM doingoai_meta WHERE key = $key", {
    key: sampleMetaKey,
  });
  return rows[0]?.value === "true";
}
