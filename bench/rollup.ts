/**
 * The ministry's roll-up (issue 14, acceptance 5; issue 15's goal: within
 * 1.5× of one database): 34 offices' Parquet exports read in place by
 * `openRollup`, against the same indicators on one database holding the same
 * rows, side by side in one run.
 *
 *   npx tsx bench/rollup.ts [--offices 34] [--records 10000000] [--reps 3] [--dir /tmp] [--keep DIR]
 *
 * --keep DIR: build the exports and the single database in DIR and leave them
 * there; a later run with the same --keep reuses them (skips generation, export
 * and fill; the equality check still runs).
 *
 * Offices: one office of records/offices records is generated in DuckDB SQL
 * (bench/indicators/generateStore.ts) and exported as Parquet; the other
 * offices are copies of that folder whose manifest names another office id
 * (office-01 … office-34). The roll-up namespaces every id by office, so the
 * copies are 34 distinct offices to it; generating 34 different offices on
 * this 2-core machine would take the time of the benchmark itself, and the
 * query work is the same. The single database is filled from the roll-up's
 * views (ids as the roll-up shows them, rates pooled), so both hold exactly
 * the same rows; before timing, both workloads' numbers are compared (they
 * must agree) and the roll-up's additive indicators checked to be 34 × one office's.
 *
 * Each measurement runs in its own process (peak memory = its maxRSS), the two
 * contenders interleaved, --reps times: open, then both workloads of
 * bench/indicators/Workload.ts (every indicator for 2024; ten years split by
 * country). Prints a Markdown section (also written to bench/results/rollup.md).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { entities } from "../src/data/entities.ts";
import { listIndicators } from "../src/lib/indicators/index.ts";
import { exportData } from "../src/lib/io/exportData.ts";
import { exportManifestName } from "../src/lib/io/exportManifest.ts";
import { setOfficeProfile } from "../src/lib/office/officeProfileStore.ts";
import { openRollup } from "../src/lib/rollup/openRollup.ts";
import { openStore, type Store } from "../src/lib/store/openStore.ts";
import { ident, literal } from "../src/lib/store/sqlTypes.ts";
import { generateStore } from "./indicators/generateStore.ts";
import { runLibrary } from "./indicators/runLibrary.ts";
import { compareCells, workloads, type Cells } from "./indicators/Workload.ts";

const { values } = parseArgs({
  options: {
    offices: { type: "string" },
    records: { type: "string" },
    reps: { type: "string" },
    dir: { type: "string" },
    worker: { type: "string" },
    db: { type: "string" },
    exports: { type: "string" },
    keep: { type: "string" },
  },
});

type Contender = "rollup" | "single";
interface WorkerResult {
  contender: Contender;
  open: number;
  compute: Record<string, number>;
  /** CPU seconds (user + system, every DuckDB thread) of the same steps. */
  cpu: { open: number; compute: Record<string, number> };
  maxRssMiB: number;
}

const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const v = await f();
  return [v, (performance.now() - t) / 1000];
};

if (values.worker !== undefined) {
  // one measurement, in its own process
  const contender = values.worker as Contender;
  const dirs = JSON.parse(readFileSync(values.exports!, "utf8")) as string[];
  const cpuSince = (start: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1e6;
  };
  let cpuStart = process.cpuUsage();
  const [store, open] = await time<Store>(() =>
    contender === "rollup" ? openRollup(dirs) : openStore({ path: values.db!, readOnly: true }),
  );
  const cpu: WorkerResult["cpu"] = { open: cpuSince(cpuStart), compute: {} };
  const compute: Record<string, number> = {};
  for (const w of Object.values(workloads)) {
    cpuStart = process.cpuUsage();
    compute[w.name] = (await time(() => runLibrary(store, w)))[1];
    cpu.compute[w.name] = cpuSince(cpuStart);
  }
  store.close();
  const out: WorkerResult = {
    contender,
    open,
    compute,
    cpu,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(out));
  process.exit(0);
}

const offices = Number(values.offices ?? 34);
const records = Number(values.records ?? 10_000_000);
const reps = Number(values.reps ?? 3);
const root = values.keep ?? join(values.dir ?? "/tmp", `doingoai-bench-rollup-${process.pid}`);
const log = (s: string) => process.stderr.write(`[bench] ${new Date().toISOString().slice(11, 19)} ${s}\n`);
const officeId = (k: number) => `office-${String(k).padStart(2, "0")}`;

mkdirSync(root, { recursive: true });
const loadStart = loadavg();
const perOffice = Math.round(records / offices);
const exportsFile = join(root, "exports.json");
const officeDb = join(root, "office.duckdb");
const singleDb = join(root, "single.duckdb");
const reuse = values.keep !== undefined && existsSync(exportsFile) && existsSync(singleDb);
if (!reuse) await build();
const dirs = JSON.parse(readFileSync(exportsFile, "utf8")) as string[];
const officeRows = Number(
  await (async () => {
    const one = await openStore({ path: officeDb, readOnly: true });
    try {
      const n = await Promise.all(
        entities.map(
          async (e) => (await one.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${ident(e.name)}`))[0]!.n,
        ),
      );
      return n.reduce((a, b) => a + b, 0n);
    } finally {
      one.close();
    }
  })(),
);
const parquetBytes = Number(
  spawnSync("du", ["-sb", join(root, "exports")], { encoding: "utf8" }).stdout.split("\t")[0],
);

const singleBytes = Number(spawnSync("du", ["-sb", singleDb], { encoding: "utf8" }).stdout.split("\t")[0]);

// 3. the same numbers, and 34 × one office for the additive indicators
{
  const rollup = await openRollup(dirs);
  const single = await openStore({ path: singleDb, readOnly: true });
  const one = await openStore({ path: officeDb, readOnly: true });
  const additive = new Set(
    listIndicators()
      .filter((d) => d.additive)
      .map((d) => d.id),
  );
  for (const w of Object.values(workloads)) {
    const a = await runLibrary(rollup, w);
    const b = await runLibrary(single, w);
    const diff = compareCells(a, b);
    if (diff.length > 0) throw new Error(`roll-up ≠ single database (${w.name}):\n${diff.join("\n")}`);
    const base = await runLibrary(one, w);
    const times: Cells = new Map(
      [...base].map(([k, v]) => [
        k,
        additive.has(k.slice(0, k.indexOf("|"))) && v !== null ? v * offices : v,
      ]),
    );
    const additiveOnly = (c: Cells) =>
      new Map([...c].filter(([k]) => additive.has(k.slice(0, k.indexOf("|")))));
    const diff34 = compareCells(additiveOnly(a), additiveOnly(times));
    if (diff34.length > 0)
      throw new Error(`roll-up ≠ ${offices} × one office (${w.name}):\n${diff34.join("\n")}`);
    log(`checked ${w.name}: ${a.size} cells equal; additive ones ${offices} × one office's`);
  }
  rollup.close();
  single.close();
  one.close();
}

// 4. interleaved measurements, each in its own process
const script = fileURLToPath(import.meta.url);
const results: WorkerResult[] = [];
for (let r = 0; r < reps; r++) {
  const order: Contender[] = r % 2 === 0 ? ["rollup", "single"] : ["single", "rollup"];
  for (const contender of order) {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", script, "--worker", contender, "--db", singleDb, "--exports", exportsFile],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    if (run.status !== 0) throw new Error(`${contender} worker failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim().split("\n").pop()!) as WorkerResult;
    results.push(result);
    log(`${contender} rep ${r + 1}: ${JSON.stringify(result)}`);
  }
}
const loadEnd = loadavg();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (s: number) => s.toFixed(2);
const of = (c: Contender) => results.filter((x) => x.contender === c);
const lines: string[] = [];
lines.push(
  `### Roll-up of ${offices} offices vs one database (${new Date().toISOString().slice(0, 10)})`,
  "",
  `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; ` +
    `load average ${loadStart[0]!.toFixed(2)} at the start, ${loadEnd[0]!.toFixed(2)} at the end (shared machine).`,
  "",
  `${offices} offices × ${officeRows.toLocaleString("en-US")} records = ${(offices * officeRows).toLocaleString("en-US")} records; ` +
    `one office generated, the others copies under their own office id. Parquet exports ${(parquetBytes / 2 ** 20).toFixed(0)} MiB in all; ` +
    `the single database ${(singleBytes / 2 ** 20).toFixed(0)} MiB. Numbers checked equal before timing. ` +
    `${reps} interleaved repetitions, each in a fresh process; median (min–max) seconds.`,
  "",
  "| workload | roll-up (Parquet in place) | one database | ratio |",
  "|---|---:|---:|---:|",
);
const row = (name: string, pick: (x: WorkerResult) => number) => {
  const a = of("rollup").map(pick);
  const b = of("single").map(pick);
  const span = (xs: number[]) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
  lines.push(`| ${name} | ${span(a)} | ${span(b)} | ${(median(a) / median(b)).toFixed(2)}× |`);
};
row("open", (x) => x.open);
for (const w of Object.keys(workloads)) row(w, (x) => x.compute[w]!);
row("both workloads", (x) => Object.values(x.compute).reduce((p, q) => p + q, 0));
row("open and both workloads", (x) => x.open + Object.values(x.compute).reduce((p, q) => p + q, 0));
lines.push(
  "",
  "CPU seconds of the same steps (user + system of the process, every DuckDB thread):",
  "",
  "| workload | roll-up (Parquet in place) | one database | ratio |",
  "|---|---:|---:|---:|",
);
row("open", (x) => x.cpu.open);
for (const w of Object.keys(workloads)) row(w, (x) => x.cpu.compute[w]!);
row("both workloads", (x) => Object.values(x.cpu.compute).reduce((p, q) => p + q, 0));
row("open and both workloads", (x) => x.cpu.open + Object.values(x.cpu.compute).reduce((p, q) => p + q, 0));
lines.push(
  "",
  `Peak memory (maxRSS of the process, median): roll-up ${median(of("rollup").map((x) => x.maxRssMiB))} MiB, ` +
    `one database ${median(of("single").map((x) => x.maxRssMiB))} MiB.`,
  "",
);
const text = lines.join("\n");
process.stdout.write(text);
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/rollup.md", import.meta.url), text);
if (values.keep === undefined) rmSync(root, { recursive: true, force: true });

/** Steps 1–2: the exports and the single database holding the same rows. */
async function build(): Promise<void> {
  // 1. one office, generated and exported; the others copies under their own office id
  const [counts, genS] = await time(() => generateStore(officeDb, perOffice));
  log(
    `generated one office: ${Object.values(counts).reduce((a, b) => a + b, 0)} records in ${genS.toFixed(1)} s`,
  );
  const first = join(root, "exports", officeId(1));
  mkdirSync(first, { recursive: true });
  {
    const store = await openStore({ path: officeDb });
    await setOfficeProfile(store, {
      office_id: officeId(1),
      province: "Tỉnh 01",
      agency: "Sở Ngoại vụ",
      agency_code: "SNgV",
    });
    const [, exportS] = await time(() => exportData(store, first, { format: "parquet" }));
    log(`exported Parquet in ${exportS.toFixed(1)} s`);
    store.close();
  }
  const dirs = [first];
  for (let k = 2; k <= offices; k++) {
    const dir = join(root, "exports", officeId(k));
    cpSync(first, dir, { recursive: true });
    const path = join(dir, exportManifestName);
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { office: { office_id: string } };
    manifest.office.office_id = officeId(k);
    writeFileSync(path, JSON.stringify(manifest, null, 2));
    dirs.push(dir);
  }
  writeFileSync(exportsFile, JSON.stringify(dirs));

  // 2. one database holding the same rows, filled from the roll-up's views
  (await openStore({ path: singleDb })).close();
  {
    const rollup = await openRollup(dirs);
    const [, fillS] = await time(async () => {
      await rollup.run(`ATTACH ${literal(singleDb)} AS single`);
      for (const e of entities) {
        const cols = e.columns.map((c) => ident(c.name)).join(", ");
        await rollup.run(
          `INSERT INTO single.${ident(e.name)} (${cols}) SELECT ${cols} FROM ${ident(e.name)}`,
        );
      }
      await rollup.run("DETACH single");
    });
    log(`filled the single database (${offices} offices) in ${fillS.toFixed(1)} s`);
    rollup.close();
  }
}
