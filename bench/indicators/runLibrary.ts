import { computeIndicators } from "../../src/lib/indicators/index.ts";
import type { Store } from "../../src/lib/store/openStore.ts";
import { cellKey, type Cells, type Workload } from "./Workload.ts";

/** The workload through the library: one `computeIndicators` call (every indicator that allows the split). */
export async function runLibrary(store: Store, w: Workload): Promise<Cells> {
  const result = await computeIndicators(store, {
    ...(w.years.length === 1
      ? { periods: [String(w.years[0])] }
      : { from: String(w.years[0]), to: String(w.years[w.years.length - 1]) }),
    ...(w.byCountry ? { by: ["country"] } : {}),
    asOf: w.asOf,
  });
  const cells: Cells = new Map();
  for (const r of result.rows) cells.set(cellKey(r.indicator, r.period, r.dims["country"]), r.value);
  const ids = new Set(result.rows.map((r) => r.indicator));
  const missing = w.indicators.filter((id) => !ids.has(id));
  if (missing.length > 0 || ids.size !== w.indicators.length) {
    throw new Error(`library computed ${[...ids].join(", ")}; expected ${w.indicators.join(", ")}`);
  }
  return cells;
}
