/**
 * The indicator library vs hand-written DuckDB SQL, Arquero and plain
 * TypeScript loops (issue 3, acceptance 4), in one run.
 *
 *   npx tsx bench/indicators.ts [--sizes 100000,1000000,10000000] [--timeout 600] [--budget 240] [--dir /tmp]
 *
 * For each size, a store of that many records (all entities together) is
 * generated in DuckDB SQL into a file under --dir (deleted afterwards). On the
 * smallest size every contender's numbers are checked against the hand-written
 * SQL, and the run stops (exit 1) on any difference. Then each contender runs
 * in its own process (peak memory = that process's maxRSS) both workloads:
 * the whole indicator set for one year (2024), and ten years (2015–2024) split
 * by country. A contender that does not finish within --timeout seconds, or
 * runs out of memory, is recorded as "did not finish". Prints a Markdown section.
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
import type { Contender, WorkerResult } from "./indicators/worker.ts";
import { compareCells, workloads, type Cells } from "./indicators/Workload.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string" },
    timeout: { type: "string" },
    budget: { type: "string" },
    dir: { type: "string" },
    heap: { type: "string" },
  },
});
const sizes = (values.sizes ?? "100000,1000000,10000000").split(",").map(Number);
const timeout = Number(values.timeout ?? 600);
const budget = Number(values.budget ?? 240);
const heapMiB = Number(values.heap ?? 12288);
const dir = values.dir ?? "/tmp";
const contenders: Contender[] = ["sql", "library", "loops", "arquero"];
const worker = fileURLToPath(new URL("./indicators/worker.ts", import.meta.url));
const repsFor = (size: number) => (size <= 100_000 ? 5 : 3);
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

function runWorker(contender: Contender, path: string, reps: number): Outcome {
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
    for (const c of contenders) {
      log(`${size}: ${c}`);
      const o = runWorker(c, path, repsFor(size));
      log(`${size}: ${c} ${o.dnf ?? JSON.stringify(o.result)}`);
      bySize.set(c, o);
    }
    if (size === Math.max(...sizes)) {
      log(`${size}: profile by scan`);
      const store = await openStore({ path, readOnly: true });
      for (const w of Object.values(workloads)) profiles.set(w.name, await profileScans(store, w));
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
    "Loops and Arquero: *end to end* = load the needed columns from the DuckDB file into JS (typed arrays; strings dictionary-encoded for the loops, plain for Arquero) + compute; " +
    "*compute only* = the same computation on data already in memory. SQL and library times are with the database file open (open time excluded). " +
    `Times are medians over the repetitions shown; each contender runs in its own process (Node heap limit ${heapMiB} MiB), ` +
    `peak memory is that process's maxRSS (loading + both workloads). Limit per contender and size: ${timeout} s. ` +
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

type Row = { label: string; get: (o: WorkerResult, w: string) => number | undefined; c: Contender };
const rows: Row[] = [
  { label: "hand-written SQL", c: "sql", get: (o, w) => median(o.compute[w]!) },
  { label: "**library** (computeIndicators)", c: "library", get: (o, w) => median(o.compute[w]!) },
  {
    label: "Arquero, end to end",
    c: "arquero",
    get: (o, w) => median(o.load.map((l, i) => l + o.compute[w]![i]!)),
  },
  { label: "Arquero, compute only", c: "arquero", get: (o, w) => median(o.compute[w]!) },
  {
    label: "TS loops, end to end",
    c: "loops",
    get: (o, w) => median(o.load.map((l, i) => l + o.compute[w]![i]!)),
  },
  { label: "TS loops, compute only", c: "loops", get: (o, w) => median(o.compute[w]!) },
];
const value = (size: number, row: Row, w: string) => {
  const o = outcomes.get(size)?.get(row.c);
  return o?.result ? row.get(o.result, w) : undefined;
};
for (const w of Object.values(workloads)) {
  p(`### ${w.name === "one-year" ? "One year (2024), all indicators" : "Ten years (2015–2024) by country"}`);
  p();
  p("Median seconds (ratio to hand-written SQL; below 1 is faster).");
  p();
  p("| contender | " + sizes.map(fmtSize).join(" | ") + " |");
  p("|---|" + sizes.map(() => "---:").join("|") + "|");
  for (const row of rows) {
    const cells = sizes.map((s) => {
      const o = outcomes.get(s)?.get(row.c);
      if (!o?.result) return o?.dnf ?? "not run";
      const v = value(s, row, w.name)!;
      const base = value(s, rows[0]!, w.name);
      return `${fmtS(v)} s${base ? ` (${(v / base).toFixed(2)}×)` : ""}`;
    });
    p(`| ${row.label} | ${cells.join(" | ")} |`);
  }
  p();
}
p("### Peak memory and repetitions");
p();
p(
  "Peak RSS of each contender's process (MiB), repetitions in brackets; loading time of loops and Arquero (median s).",
);
p();
p("| contender | " + sizes.map(fmtSize).join(" | ") + " |");
p("|---|" + sizes.map(() => "---:").join("|") + "|");
const names: Record<Contender, string> = {
  sql: "hand-written SQL",
  library: "library",
  arquero: "Arquero",
  loops: "TS loops",
};
for (const c of contenders) {
  const cells = sizes.map((s) => {
    const o = outcomes.get(s)?.get(c);
    if (!o?.result) return o?.dnf ?? "not run";
    const load = o.result.load.length > 0 ? `, load ${fmtS(median(o.result.load))} s` : "";
    return `${o.result.maxRssMiB} MiB (×${o.result.reps}${load})`;
  });
  p(`| ${names[c]} | ${cells.join(" | ")} |`);
}
p();
p(`### Where the library's time goes (${fmtSize(Math.max(...sizes))} records)`);
p();
p(
  "One run per scan: the library computing the indicators of one scan (one query) vs the hand-written queries of the same indicators, seconds.",
);
p();
p("| scan (indicators) | one year: library | hand SQL | ten years by country: library | hand SQL |");
p("|---|---:|---:|---:|---:|");
{
  const one = profiles.get("one-year") ?? [];
  const ten = new Map((profiles.get("ten-years-by-country") ?? []).map((x) => [x.scan, x]));
  for (const x of one) {
    const y = ten.get(x.scan);
    p(
      `| ${x.scan} (${x.indicators.join(", ")}) | ${fmtS(x.library)} | ${fmtS(x.hand)} | ${y ? fmtS(y.library) : "—"} | ${y ? fmtS(y.hand) : "—"} |`,
    );
  }
}
p();
p("### Goals (issue 3)");
p();
const goal = (ok: boolean | undefined) => (ok === undefined ? "n/a" : ok ? "met" : "**not met**");
p("| goal | " + sizes.map(fmtSize).join(" | ") + " |");
p("|---|" + sizes.map(() => "---").join("|") + "|");
for (const w of Object.values(workloads)) {
  const lib = (s: number) => value(s, rows[1]!, w.name);
  const ratio = (s: number, r: Row) => {
    const a = lib(s);
    const b = value(s, r, w.name);
    return a === undefined ? undefined : b === undefined ? true : a / b; // a contender that did not finish is behind
  };
  const le = (x: number | boolean | undefined, limit: number) => (typeof x === "number" ? x <= limit : x);
  p(
    `| ${w.name}: library ≤ 1.3× hand SQL | ${sizes.map((s) => goal(le(ratio(s, rows[0]!), 1.3)) + fmtRatio(ratio(s, rows[0]!))).join(" | ")} |`,
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
