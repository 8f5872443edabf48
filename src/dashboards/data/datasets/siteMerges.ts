// The merges the site's office records, and whether the absorbed office's records are in the
// build (doingoai build --also), so every page can say where a series crosses the merger.
import { z } from "zod";
import { getOfficeMerges } from "../../../lib/office/officeMerges.ts";
import { combinedOfficesKey } from "../../../lib/rollup/writeCombinedDatabase.ts";
import type { Store } from "../../../lib/store/openStore.ts";

/** One merge as the pages read it. */
export const siteMergeSchema = z.object({
  absorbed_office_id: z.string(),
  absorbed_province: z.string(),
  /** ISO date the merger took effect. */
  merged_on: z.string(),
  /** True when the absorbed office's records are in the build (`--also`): the series are comparable. */
  included: z.boolean(),
});

/** The merges of `officeId` (none without an office), each marked included or not. */
export async function mergesOfSite(
  store: Store,
  officeId: string | undefined,
): Promise<z.input<typeof siteMergeSchema>[]> {
  if (officeId === undefined) return [];
  const [meta] = await store.all<{ value: string }>("SELECT value FROM doingoai_meta WHERE key = $key", {
    key: combinedOfficesKey,
  });
  const combined = new Set<string>(meta ? (JSON.parse(meta.value) as string[]) : []);
  return (await getOfficeMerges(store, officeId)).map((m) => ({
    absorbed_office_id: m.absorbed_office_id,
    absorbed_province: m.absorbed_province,
    merged_on: m.merged_on,
    included: combined.has(m.absorbed_office_id),
  }));
}
