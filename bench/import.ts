/**
 * Validated import vs DuckDB's own read_csv, side by side in one run.
 *
 *   npx tsx bench/import.ts [--rows 1000000] [--reps 3]
 *
 * Both read the same delegations CSV (1,000,000 rows by default) into a fresh
 * database file. "raw" is `CREATE TABLE AS SELECT * FROM read_csv(...)` with
 * type sniffing and no checks; "doingoai" is `importFiles`: every cell checked,
 * references and exchange rates verified, upsert by key, one transaction.
 * Prints median seconds, rows/s and the ratio, as a Markdown table.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { importFiles } from "../src/lib/import/importFiles.ts";
import { openStore } from "../src/lib/store/openStore.ts";

const { values } = parseArgs({ options: { rows: { type: "string" }, reps: { type: "string" } } });
const rows = Number(values.rows ?? 1_000_000);
const reps = Number(values.reps ?? 3);
const dir = mkdtempSync(join(tmpdir(), "doingoai-bench-"));
const csv = join(dir, "delegations.csv");

const purposes = ["cooperation", "investment_promotion", "trade", "aid", "education", "culture"];
const levels = ["provincial_leadership", "department", "district_or_commune", "business"];
const countries = ["LA", "KR", "JP", "CN", "TH", "US", "FR", "DE", "AU", "SG"];
const lines = [
  "delegation_id,direction,start_on,end_on,country,level,purpose,members,in_plan,cost,cost_currency,funding,head",
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
const rates = join(dir, "exchange_rates.csv");
writeFileSync(rates, "on,currency,vnd_per_unit\n2014-12-31,USD,21246\n");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function raw(): Promise<number> {
  const path = join(dir, `raw-${Math.random()}.duckdb`);
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  const t = performance.now();
  await c.run(`CREATE TABLE delegations AS SELECT * FROM read_csv('${csv}')`);
  const s = (performance.now() - t) / 1000;
  c.closeSync();
  instance.closeSync();
  rmSync(path, { force: true });
  return s;
}

async function validated(): Promise<number> {
  const path = join(dir, `doingoai-${Math.random()}.duckdb`);
  const store = await openStore({ path });
  await importFiles(store, [rates]);
  const t = performance.now();
  await importFiles(store, [csv]);
  const s = (performance.now() - t) / 1000;
  const [r] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM delegations");
  if (Number(r!.n) !== rows) throw new Error(`imported ${r!.n} rows, expected ${rows}`);
  store.close();
  rmSync(path, { force: true });
  return s;
}

const rawTimes: number[] = [];
const ourTimes: number[] = [];
for (let i = 0; i < reps; i++) {
  // alternate so that neither side always runs on a warmer machine
  rawTimes.push(await raw());
  ourTimes.push(await validated());
}
const r = median(rawTimes);
const o = median(ourTimes);
const fmt = (n: number) => n.toFixed(2);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`rows: ${rows.toLocaleString("en-US")}, repetitions: ${reps} (median)`);
console.log("");
console.log("| import | median s | rows/s | ratio to raw |");
console.log("|---|---:|---:|---:|");
console.log(
  `| DuckDB read_csv, no checks | ${fmt(r)} | ${Math.round(rows / r).toLocaleString("en-US")} | 1.00 |`,
);
console.log(
  `| doingoai validated import | ${fmt(o)} | ${Math.round(rows / o).toLocaleString("en-US")} | ${fmt(o / r)} |`,
);
console.log(`\nall runs (s): raw ${rawTimes.map(fmt).join(", ")}; doingoai ${ourTimes.map(fmt).join(", ")}`);
if (!process.env["KEEP"]) rmSync(dir, { recursive: true, force: true });
else console.log(dir);
