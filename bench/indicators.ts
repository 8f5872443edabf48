/**
 * The indicator library vs hand-written DuckDB SQL, Arquero and plain
 * TypeScript loops (issue 3, acceptance 4), in one run.
 *
 *   npx tsx bench/indicators.ts [--sizes 100000,1000000,10000000] [--contenders library,loops,arquero]
 *     [--timeout 600] [--budget 240] [--profile-reps 3] [--dir /tmp]
 *
 * For each size, a store of that many records (all entities together) is
 * generated in DuckDB SQL into a file under --dir (deleted afterwards). On the
 * smallest size every contender's numbers are checked against the hand-written
 * SQL, and the run stops (exit 1) on any difference. Then both workloads run:
 * the whole indicator set for one year (2024), and ten years (2015–2024) split
 * by country. The library and the hand-written SQL run in one process,
 * interleaved (library, SQL, SQL, library, …: both see the same load), their
 * ratio is that of the medians, with the spread of the repetitions beside it;
 * loops and Arquero each run in their own process (peak memory = that
 * process's maxRSS). `--contenders` picks among library (= library and hand
 * SQL), loops and arquero. A contender that does not finish within --timeout
 * seconds, or runs out of memory, is recorded as "did not finish". On the
 * largest size, each scan of the library is timed against the hand-written
 * queries of its indicators (--profile-reps interleaved repetitions; 0 skips).
 * Prints a Markdown section.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openStore } from "../src/lib/store/openStore.ts";
import { arqueroTables, computeArquero } from "./indicators/computeArquero.ts";
import { computeLoops } from "./indicators/computeLoops.ts";
import { generateStore } from "./indicators/generateStore.ts";
import { runHandSql } from "./indicators/handSql.ts";
import { loadColumns } from "./indicators/loadColumns.ts";
import { profileScans, type ScanProfile } from "./indicators/profileScans.ts";
import { runLibrary } from "./indicators/runLibrary.ts";
import type { Contender, WorkerJob, WorkerResult } from "./indicators/worker.ts";
import { compareCells, workloads, type Cells } from "./indicators/Workload.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string" },
    timeout: { type: "string" },
    budget: { type: "string" },
    dir: { type: "string" },
    heap: { type: "string" },
    contenders: { type: "string" },
    "profile-reps": { type: "string" },
  },
});
const sizes = (values.sizes ?? "100000,1000000,10000000").split(",").map(Number);
const timeout = Number(values.timeout ?? 600);
const budget = Number(values.budget ?? 240);
const heapMiB = Number(values.heap ?? 12288);
const dir = values.dir ?? "/tmp";
const profileReps = Number(values["profile-reps"] ?? 3);
const picked = new Set((values.contenders ?? "library,loops,arquero").split(","));
/** Worker processes: the library and hand SQL interleaved in one, then loops and Arquero. */
const jobs: WorkerJob[] = [
  ...(picked.has("library") || picked.has("sql") ? (["pair"] as const) : []),
  ...(picked.has("loops") ? (["loops"] as const) : []),
  ...(picked.has("arquero") ? (["arquero"] as const) : []),
];
const contenders: Contender[] = ["sql", "library", "loops", "arquero"];
const worker = fileURLToPath(new URL("./indicators/worker.ts", import.meta.url));
/** Repetitions: more where a run is short and noise is relatively large. */
const repsFor = (size: number, job: WorkerJob) =>
  job === "pair" ? (size <= 100_000 ? 11 : size <= 1_000_000 ? 7 : 5) : size <= 100_000 ? 5 : 3;
/** The issue 15 goal for the library against hand-written SQL at a size. */
const goalRatio = (size: number) => (size < 1_000_000 ? 1.3 : size < 10_000_000 ? 1.0 : 0.6);
const log = (s: string) => process.stderr.write(`[bench] ${new Date().toISOString().slice(11, 19)} ${s}\n`);

interface Outcome {
  result?: WorkerResult;
  dnf?: string;
}

/** Every contender's numbers equal the hand-written SQL's, or the run stops. */
async function verify(path: string): Promise<void> {
  const store = await openStore({ path, readOnly: true });
  const loops = await loadColumns(path, "dict");
  const aq = arqueroTables(await loadColumns(path, "plain"));
  const failures: string[] = [];
  for (const w of Object.values(workloads)) {
    const hand = await runHandSql(store, w);
    const others: [string, Cells][] = [
      ["library", await runLibrary(store, w)],
      ["loops", computeLoops(loops, w)],
      ["arquero", computeArquero(aq, w)],
    ];
    for (const [name, cells] of others) {
      const diff = compareCells(hand, cells);
      if (diff.length > 0) failures.push(`${name} ≠ hand-written SQL (${w.name}):\n  ${diff.join("\n  ")}`);
    }
    log(`checked ${w.name}: ${hand.size} cells`);
  }
  store.close();
  if (failures.length > 0) {
    process.stderr.write(`\nNUMBERS DIFFER — benchmark stopped.\n${failures.join("\n")}\n`);
    process.exit(1);
  }
}

function runWorker(contender: WorkerJob, path: string, reps: number): Outcome {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${heapMiB}`,
      "--import",
      "tsx",
      worker,
      contender,
      path,
      String(reps),
      String(budget),
    ],
    { encoding: "utf8", timeout: timeout * 1000, killSignal: "SIGKILL", maxBuffer: 64 * 1024 * 1024 },
  );
  const took = ((performance.now() - t) / 1000).toFixed(0);
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") {
    return { dnf: `did not finish: over the ${timeout} s limit` };
  }
  if (r.status !== 0) {
    const err = (r.stderr ?? "").trim().split("\n");
    const oom = err.find((l) => /heap out of memory|Out of Memory|OutOfMemory/i.test(l));
    const why = oom ?? err.slice(-1)[0] ?? `exit ${r.status} signal ${r.signal}`;
    return { dnf: `did not finish after ${took} s: ${why.slice(0, 160)}` };
  }
  return { result: JSON.parse(r.stdout.trim().split("\n").pop()!) as WorkerResult };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The pair's result split into one result per contender (same process, same peak memory). */
function splitPair(r: WorkerResult, c: "sql" | "library"): WorkerResult {
  const compute: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(r.compute))
    if (k.startsWith(`${c}/`)) compute[k.slice(c.length + 1)] = v;
  return { ...r, contender: c, compute };
}
const fmtS = (s: number) => (s < 1 ? s.toFixed(3) : s < 10 ? s.toFixed(2) : s.toFixed(1));
const fmtSize = (n: number) => (n >= 1e6 ? `${n / 1e6} M` : `${n / 1e3} k`);

// machine
const duckdbVersion = await (async () => {
  const s = await openStore({ path: ":memory:" });
  const [row] = await s.all<{ v: string }>("SELECT version() AS v");
  s.close();
  return row!.v;
})();
const pkg = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;
const loadStart = loadavg();
const started = new Date();

const outcomes = new Map<number, Map<Contender, Outcome>>();
const generated = new Map<number, { seconds: number; counts: Record<string, number> }>();
const profiles = new Map<string, ScanProfile[]>();
for (const size of sizes) {
  const path = join(dir, `doingoai-bench-${size}-${process.pid}.duckdb`);
  rmSync(path, { force: true });
  try {
    log(`generating ${size} records`);
    const t = performance.now();
    const counts = await generateStore(path, size);
    generated.set(size, { seconds: (performance.now() - t) / 1000, counts });
    if (size === Math.min(...sizes)) await verify(path);
    const bySize = new Map<Contender, Outcome>();
    outcomes.set(size, bySize);
    for (const job of jobs) {
      log(`${size}: ${job}`);
      const o = runWorker(job, path, repsFor(size, job));
      log(`${size}: ${job} ${o.dnf ?? JSON.stringify(o.result)}`);
      if (job !== "pair") bySize.set(job, o);
      else
        for (const c of ["sql", "library"] as const)
          bySize.set(c, o.result ? { result: splitPair(o.result, c) } : { dnf: o.dnf! });
    }
    if (size === Math.max(...sizes) && jobs.includes("pair") && profileReps > 0) {
      log(`${size}: profile by scan`);
      const store = await openStore({ path, readOnly: true });
      for (const w of Object.values(workloads))
        profiles.set(w.name, await profileScans(store, w, profileReps));
      store.close();
    }
  } finally {
    rmSync(path, { force: true });
    rmSync(`${path}.wal`, { force: true });
  }
}
const loadEnd = loadavg();

// report
const lines: string[] = [];
const p = (s = "") => lines.push(s);
p("## Indicators: library vs hand-written SQL, Arquero and plain TypeScript");
p();
p(
  `Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench:indicators\` (bench/indicators.ts). ` +
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; ` +
    `Node ${process.version}; DuckDB ${duckdbVersion} (@duckdb/node-api ${pkg("@duckdb/node-api")}); Arquero ${pkg("arquero")}. ` +
    `Load average (1/5/15 min) ${loadStart.map((x) => x.toFixed(1)).join(" / ")} at the start, ` +
    `${loadEnd.map((x) => x.toFixed(1)).join(" / ")} at the end: other work shared the machine, so read ratios rather than absolute times.`,
);
p();
p(
  "Workloads: **one year** = all 24 indicators for 2024; **ten years by country** = the 22 indicators that split by country, " +
    "2015–2024, by country. Records are generated in DuckDB SQL into the real store schema (counts below: every entity counted). " +
    "The library also computes each period's previous period (it returns `previous` and `change`); the other contenders compute only the requested periods. " +
    "Hand-written SQL: one query per indicator, run one after another, money converted record by record with ASOF joins. " +
    "The library runs independent scans concurrently on several connections of the one DuckDB instance (as many as the machine's cores, 2 to 4). " +
    "Loops and Arquero: *end to end* = load the needed columns from the DuckDB file into JS (typed arrays; strings dictionary-encoded for the loops, plain for Arquero) + compute; " +
    "*compute only* = the same computation on data already in memory. SQL and library times are with the database file open (open time excluded). " +
    `Times are medians over the repetitions shown, with the fastest and slowest repetition in brackets. ` +
    `The library and the hand-written SQL run interleaved in one process on one open database (library then SQL, then SQL then library, and so on), ` +
    `so both see the same load and warm caches; their ratio is the ratio of the medians, and "pairs" gives the lowest and highest ratio of the library to the SQL of the same repetition. ` +
    `Loops and Arquero each run in their own process. Node heap limit ${heapMiB} MiB; ` +
    `peak memory is the process's maxRSS (loading + both workloads). Limit per process and size: ${timeout} s. ` +
    `On the ${fmtSize(Math.min(...sizes))} store every contender's numbers were checked equal to the hand-written SQL (relative 1e-9) before timing.`,
);
p();
p("| records | " + sizes.map(fmtSize).join(" | ") + " |");
p("|---|" + sizes.map(() => "---:").join("|") + "|");
const entityNames = Object.keys(generated.get(sizes[0]!)?.counts ?? {});
for (const e of entityNames)
  p(`| ${e} | ${sizes.map((s) => (generated.get(s)?.counts[e] ?? 0).toLocaleString("en")).join(" | ")} |`);
p(`| generated in | ${sizes.map((s) => `${fmtS(generated.get(s)?.seconds ?? NaN)} s`).join(" | ")} |`);
p();

type Row = { label: string; runs: (o: WorkerResult, w: string) => number[]; c: Contender };
const endToEnd = (o: WorkerResult, w: string) => o.load.map((l, i) => l + o.compute[w]![i]!);
const rows: Row[] = [
  { label: "hand-written SQL", c: "sql", runs: (o, w) => o.compute[w]! },
  { label: "**library** (computeIndicators)", c: "library", runs: (o, w) => o.compute[w]! },
  { label: "Arquero, end to end", c: "arquero", runs: endToEnd },
  { label: "Arquero, compute only", c: "arquero", runs: (o, w) => o.compute[w]! },
  { label: "TS loops, end to end", c: "loops", runs: endToEnd },
  { label: "TS loops, compute only", c: "loops", runs: (o, w) => o.compute[w]! },
];
const runsOf = (size: number, row: Row, w: string) => {
  const o = outcomes.get(size)?.get(row.c);
  return o?.result ? row.runs(o.result, w) : undefined;
};
const value = (size: number, row: Row, w: string) => {
  const runs = runsOf(size, row, w);
  return runs ? median(runs) : undefined;
};
/** Lowest and highest ratio library / hand SQL of the same repetition. */
const pairRatios = (size: number, w: string): [number, number] | undefined => {
  const lib = runsOf(size, rows[1]!, w);
  const sql = runsOf(size, rows[0]!, w);
  if (!lib || !sql) return undefined;
  const r = lib.map((x, i) => x / sql[i]!);
  return [Math.min(...r), Math.max(...r)];
};
for (const w of Object.values(workloads)) {
  p(`### ${w.name === "one-year" ? "One year (2024), all indicators" : "Ten years (2015–2024) by country"}`);
  p();
  p(
    "Median seconds [fastest–slowest repetition] (ratio of the medians to hand-written SQL; below 1 is faster).",
  );
  p();
  p("| contender | " + sizes.map(fmtSize).join(" | ") + " |");
  p("|---|" + sizes.map(() => "---:").join("|") + "|");
  for (const row of rows) {
    const cells = sizes.map((s) => {
      const o = outcomes.get(s)?.get(row.c);
      if (!o?.result) return o?.dnf ?? "not run";
      const runs = runsOf(s, row, w.name)!;
      const v = median(runs);
      const base = value(s, rows[0]!, w.name);
      const pairs = row.c === "library" ? pairRatios(s, w.name) : undefined;
      const ratio = base
        ? ` (${(v / base).toFixed(2)}×${pairs ? `; pairs ${pairs[0].toFixed(2)}–${pairs[1].toFixed(2)}×` : ""})`
        : "";
      return `${fmtS(v)} s [${fmtS(Math.min(...runs))}–${fmtS(Math.max(...runs))}]${ratio}`;
    });
    p(`| ${row.label} | ${cells.join(" | ")} |`);
  }
  p();
}
p("### Peak memory and repetitions");
p();
p(
  "Peak RSS of each contender's process (MiB), repetitions in brackets; loading time of loops and Arquero (median s). " +
    "The library and the hand-written SQL share one process: one figure for the two.",
);
p();
p("| contender | " + sizes.map(fmtSize).join(" | ") + " |");
p("|---|" + sizes.map(() => "---:").join("|") + "|");
const names: Record<Contender, string> = {
  sql: "hand-written SQL and library (one process)",
  library: "library",
  arquero: "Arquero",
  loops: "TS loops",
};
for (const c of contenders.filter((c) => c !== "library")) {
  const cells = sizes.map((s) => {
    const o = outcomes.get(s)?.get(c);
    if (!o?.result) return o?.dnf ?? "not run";
    const load = o.result.load.length > 0 ? `, load ${fmtS(median(o.result.load))} s` : "";
    return `${o.result.maxRssMiB} MiB (×${o.result.reps}${load})`;
  });
  p(`| ${names[c]} | ${cells.join(" | ")} |`);
}
p();
if (profiles.size > 0) {
  p(`### Where the library's time goes (${fmtSize(Math.max(...sizes))} records)`);
  p();
  p(
    `The library computing the indicators of one scan (one query per scan) vs the hand-written queries of the same indicators: ` +
      `median seconds of ${profileReps} interleaved repetitions [fastest–slowest].`,
  );
  p();
  p("| scan (indicators) | one year: library | hand SQL | ten years by country: library | hand SQL |");
  p("|---|---:|---:|---:|---:|");
  {
    const one = profiles.get("one-year") ?? [];
    const ten = new Map((profiles.get("ten-years-by-country") ?? []).map((x) => [x.scan, x]));
    for (const x of one) {
      const y = ten.get(x.scan);
      const cell = (v: number, runs: number[]) =>
        `${fmtS(v)}${runs.length > 1 ? ` [${fmtS(Math.min(...runs))}–${fmtS(Math.max(...runs))}]` : ""}`;
      p(
        `| ${x.scan} (${x.indicators.join(", ")}) | ${cell(x.library, x.libraryRuns)} | ${cell(x.hand, x.handRuns)} | ${y ? cell(y.library, y.libraryRuns) : "—"} | ${y ? cell(y.hand, y.handRuns) : "—"} |`,
      );
    }
  }
  p();
}
p("### Goals (issues 3 and 15)");
p();
const goal = (ok: boolean | undefined) => (ok === undefined ? "n/a" : ok ? "met" : "**not met**");
p("| goal | " + sizes.map(fmtSize).join(" | ") + " |");
p("|---|" + sizes.map(() => "---").join("|") + "|");
for (const w of Object.values(workloads)) {
  const lib = (s: number) => value(s, rows[1]!, w.name);
  const ratio = (s: number, r: Row) => {
    const a = lib(s);
    const b = value(s, r, w.name);
    if (a === undefined || !outcomes.get(s)?.has(r.c)) return undefined; // not run: no verdict
    return b === undefined ? true : a / b; // a contender that did not finish is behind
  };
  const le = (x: number | boolean | undefined, limit: number) => (typeof x === "number" ? x <= limit : x);
  p(
    `| ${w.name}: library ≤ 1.3× hand SQL below 1 M, ≤ 1.0× at 1 M, ≤ 0.6× at 10 M (median) | ${sizes.map((s) => goal(le(ratio(s, rows[0]!), goalRatio(s))) + fmtRatio(ratio(s, rows[0]!))).join(" | ")} |`,
  );
  p(
    `| ${w.name}: library ahead of Arquero (end to end / compute only) | ${sizes.map((s) => `${goal(le(ratio(s, rows[2]!), 1))} / ${goal(le(ratio(s, rows[3]!), 1))}`).join(" | ")} |`,
  );
  p(
    `| ${w.name}: library ahead of TS loops end to end (≥ 1 M) | ${sizes.map((s) => (s < 1e6 ? "—" : goal(le(ratio(s, rows[4]!), 1)) + fmtRatio(ratio(s, rows[4]!)))).join(" | ")} |`,
  );
}
p();
function fmtRatio(x: number | boolean | undefined): string {
  return typeof x === "number" ? ` (${x.toFixed(2)}×)` : "";
}
process.stdout.write(lines.join("\n") + "\n");
