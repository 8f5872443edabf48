import { computeIndicators } from "../../src/lib/indicators/index.ts";
import { indicatorSpecs } from "../../src/lib/indicators/registry.ts";
import type { Store } from "../../src/lib/store/openStore.ts";
import { handQueries } from "./handSql.ts";
import type { Workload } from "./Workload.ts";

/**
 * Seconds of one library scan (its indicators in one `computeIndicators` call) and of the same
 * indicators' hand-written queries: the median of the repetitions, and every repetition.
 */
export interface ScanProfile {
  scan: string;
  indicators: string[];
  library: number;
  hand: number;
  libraryRuns: number[];
  handRuns: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Times the library scan by scan against the hand-written queries of the same indicators,
 * `reps` times interleaved (library first on even repetitions, hand SQL first on odd ones).
 */
export async function profileScans(store: Store, w: Workload, reps = 1): Promise<ScanProfile[]> {
  const hand = handQueries(w);
  const scans = new Map<string, string[]>();
  for (const s of indicatorSpecs)
    if (w.indicators.includes(s.id)) scans.set(s.scan.id, [...(scans.get(s.scan.id) ?? []), s.id]);
  const library = async (ids: string[]) => {
    const t = performance.now();
    await computeIndicators(store, {
      indicators: ids,
      asOf: w.asOf,
      ...(w.byCountry
        ? { from: String(w.years[0]), to: String(w.years[w.years.length - 1]), by: ["country"] }
        : { periods: w.years.map(String) }),
    });
    return (performance.now() - t) / 1000;
  };
  const handTime = async (ids: string[]) => {
    const t = performance.now();
    for (const id of ids) await store.all(hand.get(id)!);
    return (performance.now() - t) / 1000;
  };
  const out: ScanProfile[] = [];
  for (const [scan, ids] of scans) {
    const libraryRuns: number[] = [];
    const handRuns: number[] = [];
    for (let r = 0; r < reps; r++) {
      if (r % 2 === 0) {
        libraryRuns.push(await library(ids));
        handRuns.push(await handTime(ids));
      } else {
        handRuns.push(await handTime(ids));
        libraryRuns.push(await library(ids));
      }
    }
    out.push({
      scan,
      indicators: ids,
      library: median(libraryRuns),
      hand: median(handRuns),
      libraryRuns,
      handRuns,
    });
  }
  return out.sort((a, b) => b.library - a.library);
}
