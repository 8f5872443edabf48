import { computeIndicators } from "../../src/lib/indicators/index.ts";
import { indicatorSpecs } from "../../src/lib/indicators/registry.ts";
import type { Store } from "../../src/lib/store/openStore.ts";
import { handQueries } from "./handSql.ts";
import type { Workload } from "./Workload.ts";

/** Seconds of one library scan (its indicators in one `computeIndicators` call) and of the same indicators' hand-written queries. */
export interface ScanProfile {
  scan: string;
  indicators: string[];
  library: number;
  hand: number;
}

/** Times the library scan by scan against the hand-written queries of the same indicators (one run each). */
export async function profileScans(store: Store, w: Workload): Promise<ScanProfile[]> {
  const hand = handQueries(w);
  const scans = new Map<string, string[]>();
  for (const s of indicatorSpecs)
    if (w.indicators.includes(s.id)) scans.set(s.scan.id, [...(scans.get(s.scan.id) ?? []), s.id]);
  const out: ScanProfile[] = [];
  for (const [scan, ids] of scans) {
    let t = performance.now();
    await computeIndicators(store, {
      indicators: ids,
      asOf: w.asOf,
      ...(w.byCountry
        ? { from: String(w.years[0]), to: String(w.years[w.years.length - 1]), by: ["country"] }
        : { periods: w.years.map(String) }),
    });
    const library = (performance.now() - t) / 1000;
    t = performance.now();
    for (const id of ids) await store.all(hand.get(id)!);
    out.push({ scan, indicators: ids, library, hand: (performance.now() - t) / 1000 });
  }
  return out.sort((a, b) => b.library - a.library);
}
