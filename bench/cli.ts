/**
 * How fast the doingoai command answers, against a bare Node start, in one run.
 *
 *   npm run build:lib && npx tsx bench/cli.ts [--reps 15] [--write]
 *
 * Four commands, interleaved (one of each per round, so a busy spell of the
 * machine hits all of them alike):
 *   - `node -e 0`: a bare Node start, the floor;
 *   - `doingoai --help` (the compiled bin/doingoai.js): goal within 3× of bare Node;
 *   - `doingoai indicators --period 2019` on the sample database: goal within 1 s;
 *   - `tsx src/cli/main.ts --help`: how the CLI started before the compiled package.
 * Prints medians, quartiles and the range of each, and the machine (CPUs, model,
 * Node, load average before and after). With --write, replaces the section
 * between the cli-bench markers of docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { reps: { type: "string" }, write: { type: "boolean" } } });
const reps = Number(values.reps ?? 15);
const root = fileURLToPath(new URL("../", import.meta.url));
const bin = join(root, "bin/doingoai.js");
const tsxCli = join(root, "node_modules/tsx/dist/cli.mjs");
const dir = mkdtempSync(join(tmpdir(), "doingoai-bench-cli-"));
const db = join(dir, "sample.duckdb");

function time(args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const cases = {
  bare: ["-e", "0"],
  help: [bin, "--help"],
  indicators: [bin, "indicators", "--period", "2019", "--db", db],
  tsxHelp: [tsxCli, "src/cli/main.ts", "--help"],
} as const;
type Case = keyof typeof cases;

const loadBefore = loadavg();
time([bin, "sample", "--db", db]);
const samples: Record<Case, number[]> = { bare: [], help: [], indicators: [], tsxHelp: [] };
const names = Object.keys(cases) as Case[];
for (let i = 0; i < reps; i++) {
  // rotate the order each round so no command always runs first
  for (let k = 0; k < names.length; k++) {
    const name = names[(i + k) % names.length]!;
    samples[name].push(time([...cases[name]]));
  }
}
const loadAfter = loadavg();
rmSync(dir, { recursive: true, force: true });

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo);
};
const ms = (x: number) => `${Math.round(x)}`;
const stats = (name: Case) => {
  const xs = samples[name];
  return {
    median: quantile(xs, 0.5),
    q1: quantile(xs, 0.25),
    q3: quantile(xs, 0.75),
    min: Math.min(...xs),
    max: Math.max(...xs),
  };
};
const s = Object.fromEntries(names.map((n) => [n, stats(n)])) as Record<Case, ReturnType<typeof stats>>;
const labels: Record<Case, string> = {
  bare: "`node -e 0` (bare Node)",
  help: "`doingoai --help` (compiled)",
  indicators: "`doingoai indicators --period 2019` (sample)",
  tsxHelp: "`tsx src/cli/main.ts --help` (before: TypeScript at run time)",
};
const ratio = (n: Case) => s[n].median / s.bare.median;
const cpu = cpus();
const lines = [
  `Run on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? "?"}), Node ${process.version}, ` +
    `load average ${loadBefore.map((x) => x.toFixed(1)).join(" / ")} before and ${loadAfter.map((x) => x.toFixed(1)).join(" / ")} after; ` +
    `${reps} interleaved rounds, times in ms (wall clock of the whole process).`,
  "",
  "| command | median | quartiles | range | × bare Node |",
  "|---|--:|--:|--:|--:|",
  ...names.map(
    (n) =>
      `| ${labels[n]} | ${ms(s[n].median)} | ${ms(s[n].q1)}–${ms(s[n].q3)} | ${ms(s[n].min)}–${ms(s[n].max)} | ${ratio(n).toFixed(2)} |`,
  ),
  "",
  `Goals: \`doingoai --help\` within 3× of bare Node — ${ratio("help").toFixed(2)}× (${ratio("help") <= 3 ? "met" : "missed"}); ` +
    `\`doingoai indicators --period 2019\` within 1 s — ${ms(s.indicators.median)} ms (${s.indicators.median <= 1000 ? "met" : "missed"}).`,
];
const section = lines.join("\n");
console.log(section);
if (values.write) {
  const path = join(root, "docs/benchmarks.md");
  const doc = readFileSync(path, "utf8");
  const start = "<!-- cli-bench:start -->";
  const end = "<!-- cli-bench:end -->";
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/benchmarks.md: the markers ${start} ${end} are missing`);
  writeFileSync(path, `${doc.slice(0, a + start.length)}\n${section}\n${doc.slice(b)}`);
}
