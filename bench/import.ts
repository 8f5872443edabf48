/**
 * Validated import vs DuckDB's own read_csv, side by side in one run.
 *
 *   npm run bench:import -- [--rows 1000000] [--reps 3] [--no-build] [--write]
 *
 * Every contender reads the same delegations CSV (1,000,000 rows by default) in
 * the office's format: dates dd/mm/yyyy, costs written "1.750.000", and
 * partner_id / agreement_id referring to partners and agreements already stored.
 *
 *   - raw: `CREATE TABLE AS SELECT * FROM read_csv(...)` into a fresh database
 *     file: DuckDB's type sniffing, no checks. Timed around that one statement.
 *   - raw, process: the same statement in a Node process of its own (start,
 *     DuckDB load, open, read, close), timed from outside as the CLI is.
 *   - doingoai CLI: `node bin/doingoai.js import delegations.csv --db …`, the
 *     compiled command a user runs, timed from outside (process start to exit):
 *     every cell checked, references and exchange rates verified, upsert by
 *     key in one transaction, the change trail and import history written.
 *     The database already holds the partners, agreements and exchange rates
 *     (imported by the same command, not timed). This is the measured goal.
 *   - doingoai importFiles: the same import in-process (no process start).
 *
 * The contenders run interleaved (one of each per round, the order rotated).
 * Before measuring it compiles the CLI (`npm run build:lib`, skip with
 * --no-build). Prints medians, every run, the load average before and after,
 * and with --write keeps the table in bench/results/import.md.
 */
import { execSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { importFiles } from "../src/lib/import/importFiles.ts";
import { openStore } from "../src/lib/store/openStore.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string" },
    reps: { type: "string" },
    "no-build": { type: "boolean" },
    write: { type: "boolean" },
  },
});
const rows = Number(values.rows ?? 1_000_000);
const reps = Number(values.reps ?? 3);
const root = fileURLToPath(new URL("../", import.meta.url));
const bin = join(root, "bin/doingoai.js");
if (!values["no-build"]) execSync("npm run build:lib", { cwd: root, stdio: "ignore" });

const dir = mkdtempSync(join(tmpdir(), "doingoai-bench-"));
const csv = join(dir, "delegations.csv");
const stored = join(dir, "stored");
mkdirSync(stored);

const purposes = ["cooperation", "investment_promotion", "trade", "aid", "education", "culture"];
const levels = ["provincial_leadership", "department", "district_or_commune", "business"];
const countries = ["LA", "KR", "JP", "CN", "TH", "US", "FR", "DE", "AU", "SG"];
const partnerCount = 400;
const agreementCount = 150;
writeFileSync(
  join(stored, "partners.csv"),
  ["partner_id,name,kind,country"]
    .concat(
      Array.from(
        { length: partnerCount },
        (_, i) => `P${i},Đối tác ${i},locality,${countries[i % countries.length]}`,
      ),
    )
    .join("\n") + "\n",
);
writeFileSync(
  join(stored, "agreements.csv"),
  ["agreement_id,title,partner_id,kind,signed_on,status"]
    .concat(
      Array.from(
        { length: agreementCount },
        (_, i) => `A${i},Thỏa thuận ${i},P${i % partnerCount},mou,15/0${(i % 9) + 1}/2016,active`,
      ),
    )
    .join("\n") + "\n",
);
writeFileSync(join(stored, "exchange_rates.csv"), "on,currency,vnd_per_unit\n2014-12-31,USD,21246\n");

const lines = [
  "delegation_id,direction,start_on,end_on,country,partner_id,agreement_id,level,purpose,members,in_plan,cost,cost_currency,funding,head",
];
for (let i = 0; i < rows; i++) {
  const y = 2015 + (i % 11);
  const m = String((i % 12) + 1).padStart(2, "0");
  const d = String((i % 28) + 1).padStart(2, "0");
  const cost = (i % 7) * 1_250_000 + 500_000;
  lines.push(
    [
      `D${i}`,
      i % 2 ? "inbound" : "outbound",
      `${d}/${m}/${y}`,
      `${d}/${m}/${y}`,
      countries[i % countries.length],
      `P${i % partnerCount}`,
      // most delegations belong to no agreement
      i % 4 ? "" : `A${i % agreementCount}`,
      levels[i % levels.length],
      purposes[i % purposes.length],
      (i % 15) + 1,
      i % 3 ? "true" : "false",
      `"${cost.toLocaleString("vi-VN")}"`,
      "VND",
      "provincial_budget",
      "Phó Giám đốc Sở",
    ].join(","),
  );
}
writeFileSync(csv, lines.join("\n") + "\n");
lines.length = 0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let n = 0;
const freshDb = () => join(dir, `db-${++n}.duckdb`);
const dropDb = (path: string) => {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
};
const rawSql = `CREATE TABLE delegations AS SELECT * FROM read_csv('${csv}')`;

/** Runs a process to the end; seconds from spawn to exit. */
function runProcess(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return s;
}

async function raw(): Promise<number> {
  const path = freshDb();
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  const t = performance.now();
  await c.run(rawSql);
  const s = (performance.now() - t) / 1000;
  c.closeSync();
  instance.closeSync();
  dropDb(path);
  return s;
}

function rawProcess(): number {
  const path = freshDb();
  const script = `import { DuckDBInstance } from "@duckdb/node-api";
const i = await DuckDBInstance.create(${JSON.stringify(path)});
const c = await i.connect();
await c.run(${JSON.stringify(rawSql)});
c.closeSync();
i.closeSync();`;
  // run from the repository so that @duckdb/node-api resolves as it does for the CLI
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`raw process exited ${r.status}: ${r.stderr}`);
  dropDb(path);
  return s;
}

/** A database holding the partners, agreements and rates the delegations refer to. */
function preparedDb(): string {
  const path = freshDb();
  runProcess([bin, "import", stored, "--db", path]);
  return path;
}

async function checkImported(path: string): Promise<void> {
  const store = await openStore({ path, readOnly: true });
  const [r] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM delegations");
  store.close();
  if (Number(r!.n) !== rows) throw new Error(`imported ${r!.n} rows, expected ${rows}`);
}

async function cli(): Promise<number> {
  const path = preparedDb();
  const s = runProcess([bin, "import", csv, "--db", path]);
  await checkImported(path);
  dropDb(path);
  return s;
}

async function inProcess(): Promise<number> {
  const path = preparedDb();
  const store = await openStore({ path });
  const t = performance.now();
  await importFiles(store, [csv]);
  const s = (performance.now() - t) / 1000;
  store.close();
  await checkImported(path);
  dropDb(path);
  return s;
}

const contenders = {
  raw: { label: "DuckDB read_csv, no checks (statement)", run: raw, times: [] as number[] },
  rawProcess: { label: "DuckDB read_csv, no checks (own process)", run: rawProcess, times: [] as number[] },
  cli: { label: "**doingoai import (CLI process)**", run: cli, times: [] as number[] },
  inProcess: { label: "doingoai importFiles (in-process)", run: inProcess, times: [] as number[] },
};
const names = Object.keys(contenders) as (keyof typeof contenders)[];
const loadBefore = loadavg();
const started = new Date();
for (let i = 0; i < reps; i++) {
  // rotate the order each round so that no contender always runs on a warmer machine
  for (let k = 0; k < names.length; k++) {
    const c = contenders[names[(i + k) % names.length]!];
    c.times.push(await c.run());
  }
}
const loadAfter = loadavg();
const fmt = (x: number) => x.toFixed(2);
const r = median(contenders.raw.times);
const rp = median(contenders.rawProcess.times);
const out: string[] = [];
out.push(
  `Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC. Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
);
out.push(
  `Load average (1/5/15 min) ${loadBefore.map((x) => x.toFixed(1)).join(" / ")} before, ${loadAfter.map((x) => x.toFixed(1)).join(" / ")} after.`,
);
out.push(`Rows: ${rows.toLocaleString("en-US")}; repetitions: ${reps}, interleaved (median).`);
out.push("");
out.push("| import | median s | rows/s | ratio to raw statement | ratio to raw process | all runs (s) |");
out.push("|---|---:|---:|---:|---:|---|");
for (const name of names) {
  const c = contenders[name];
  const m = median(c.times);
  out.push(
    `| ${c.label} | ${fmt(m)} | ${Math.round(rows / m).toLocaleString("en-US")} | ${fmt(m / r)} | ${fmt(m / rp)} | ${c.times.map(fmt).join(", ")} |`,
  );
}
console.log(out.join("\n"));
if (values.write) {
  writeFileSync(
    join(root, "bench/results/import.md"),
    `# Validated import vs read_csv\n\nWritten by \`npm run bench:import -- --write\` (bench/import.ts).\n\n${out.join("\n")}\n`,
  );
}
if (!process.env["KEEP"]) rmSync(dir, { recursive: true, force: true });
else console.log(dir);
