import { entities } from "../../src/data/entities.ts";
import type { Store } from "../../src/lib/store/openStore.ts";

/**
 * Row count and an order-independent checksum of every entity table: two
 * databases with equal digests hold the same rows, whatever their order.
 */
export async function digest(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of entities) {
    const [r] = await store.all<{ n: bigint; h: string | null }>(
      `SELECT count(*) AS n, md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) AS h FROM "${e.name}" t`,
    );
    out[e.name] = `${r!.n}:${r!.h}`;
  }
  return out;
}
