/**
 * One contender in its own process (so its peak memory is its own):
 *
 *   node --import tsx bench/indicators/worker.ts CONTENDER DB_FILE REPS BUDGET_SECONDS
 *
 * Prints one JSON line: per workload the seconds of each repetition (loops and
 * arquero: load, then compute per workload), and the process's peak RSS.
 * Repeats REPS times, fewer once BUDGET_SECONDS have passed.
 *
 * CONTENDER `pair` is the library and the hand-written SQL interleaved on one
 * open database: each repetition runs both on each workload, in turn (library
 * first on even repetitions, SQL first on odd ones), so that both see the same
 * load and the same warm caches; its times are keyed `library/<workload>` and
 * `sql/<workload>`, and its peak RSS is that of the two together.
 */
import { openStore } from "../../src/lib/store/openStore.ts";
import { arqueroTables, computeArquero } from "./computeArquero.ts";
import { computeLoops } from "./computeLoops.ts";
import { runHandSql } from "./handSql.ts";
import { loadColumns } from "./loadColumns.ts";
import { runLibrary } from "./runLibrary.ts";
import { workloads } from "./Workload.ts";

export type Contender = "sql" | "library" | "loops" | "arquero";
/** What a worker process runs: one contender, or the library and hand-written SQL interleaved. */
export type WorkerJob = Contender | "pair";
export interface WorkerResult {
  contender: WorkerJob;
  reps: number;
  /** Seconds of loading (loops, arquero), one per repetition. */
  load: number[];
  /** Seconds of computing, per workload, one per repetition. */
  compute: Record<string, number[]>;
  maxRssMiB: number;
}

const [contender, db, repsArg, budgetArg] = process.argv.slice(2) as [WorkerJob, string, string, string];
const reps = Number(repsArg);
const budget = Number(budgetArg) * 1000;
const began = performance.now();
const out: WorkerResult = { contender, reps: 0, load: [], compute: {}, maxRssMiB: 0 };
const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const v = await f();
  return [v, (performance.now() - t) / 1000];
};
const record = (w: string, s: number) => (out.compute[w] ??= []).push(s);

if (contender === "sql" || contender === "library" || contender === "pair") {
  const store = await openStore({ path: db, readOnly: true });
  for (let r = 0; r < reps && (r === 0 || performance.now() - began < budget); r++) {
    for (const w of Object.values(workloads)) {
      const order: Contender[] =
        contender === "pair" ? (r % 2 === 0 ? ["library", "sql"] : ["sql", "library"]) : [contender];
      for (const c of order) {
        const [, s] = await time(() => (c === "sql" ? runHandSql(store, w) : runLibrary(store, w)));
        record(contender === "pair" ? `${c}/${w.name}` : w.name, s);
      }
    }
    out.reps++;
  }
  store.close();
} else {
  for (let r = 0; r < reps && (r === 0 || performance.now() - began < budget); r++) {
    const [data, l] = await time(async () => {
      const columns = await loadColumns(db, contender === "loops" ? "dict" : "plain");
      return contender === "loops" ? columns : arqueroTables(columns);
    });
    out.load.push(l);
    for (const w of Object.values(workloads)) {
      const [, s] = await time(() =>
        contender === "loops"
          ? computeLoops(data as Parameters<typeof computeLoops>[0], w)
          : computeArquero(data as Parameters<typeof computeArquero>[0], w),
      );
      record(w.name, s);
    }
    out.reps++;
  }
}
out.maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(out));
