// Issue 20, item 1: an import, a delete and an undo are each all or nothing,
// even when the process is killed with SIGKILL at any moment. Each case runs
// the real CLI in its own process on a real DuckDB file, kills it at a moment
// seen from outside (a progress line, a write-ahead log appearing or going
// away, a delay after those), then opens the database and compares every
// table with the state before and the state a finished run leaves.
//
// The import is big on purpose: two tables get more than 122.880 rows (one
// DuckDB row group), the size at which DuckDB writes rows into the database
// file before the commit and, killed then, could bring some of them back.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/lib/store/openStore.ts";
import { undoLastChange } from "../../src/lib/changes/undoLastChange.ts";
import { tempDir } from "../helpers/fixtures.ts";

const cli = new URL("../../src/cli/main.ts", import.meta.url).pathname;
/** Delegations added to the sample's own, all with one partner: the import's second table over a row group. */
const extraDelegations = 100_000;
const rowGroup = 122_880;

function doingoai(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, ...args, "--lang", "en"], {
    encoding: "utf8",
  });
  return { status: r.status, stderr: r.stderr };
}

/** Every table's row count and a digest of its rows (timestamps left out: they say when, not what). */
type State = Record<string, string>;

async function stateOf(path: string): Promise<State> {
  const store = await openStore({ path });
  try {
    return await stateOfStore(store);
  } finally {
    store.close();
  }
}

async function stateOfStore(store: Store): Promise<State> {
  const columns = await store.all<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = 'main' AND table_catalog = current_database() AND data_type NOT LIKE 'TIMESTAMP%'
       AND table_name IN (SELECT table_name FROM information_schema.tables
                          WHERE table_schema = 'main' AND table_type = 'BASE TABLE')
     ORDER BY table_name, ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { t, c } of columns) byTable.set(t, [...(byTable.get(t) ?? []), `"${c}"`]);
  const state: State = {};
  for (const [t, cs] of byTable) {
    const [r] = await store.all<{ n: bigint; d: string }>(
      `SELECT count(*) AS n, CAST(coalesce(sum(CAST(hash(row(${cs.join(", ")})) AS HUGEINT)), 0) AS VARCHAR) AS d FROM "${t}"`,
    );
    state[t] = `${r!.n} rows, digest ${r!.d}`;
  }
  return state;
}

function rows(state: State, table: string): number {
  return Number(state[table]!.split(" ")[0]);
}

/** The tables whose rows differ between two states. */
function differing(a: State, b: State): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((t) => a[t] !== b[t]).sort();
}

/** A moment to kill at: a line on stderr, or a write-ahead log (*.wal) appearing or going away, then a delay. */
type Moment =
  | { stderr: RegExp; delayMs: number }
  | { wal: "appears" | "appears-then-goes"; delayMs: number }
  | { delayMs: number };

interface Killed {
  signal: string | null;
  stderr: string;
  /** The files seen beside the database while it ran. */
  seen: string[];
}

/** Runs the CLI with `args` and SIGKILLs it at `moment` (if it has not ended by then). */
function runAndKill(folder: string, args: string[], moment: Moment): Promise<Killed> {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args, "--lang", "en"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const seen = new Set<string>();
  let armed = false;
  const arm = () => {
    if (armed) return;
    armed = true;
    setTimeout(() => child.kill("SIGKILL"), moment.delayMs);
  };
  let walSeen = false;
  const poll = setInterval(() => {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const n of names) seen.add(n);
    const wal = names.some((n) => n.endsWith(".wal"));
    if (!("wal" in moment)) return;
    if (wal) walSeen = true;
    if (moment.wal === "appears" && wal) arm();
    if (moment.wal === "appears-then-goes" && walSeen && !wal) arm();
  }, 1);
  if (!("wal" in moment) && !("stderr" in moment)) arm();
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    if ("stderr" in moment && moment.stderr.test(stderr)) arm();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, stderr, seen: [...seen].sort() });
    });
  });
}

/** Synthesises the import: the scale-30 sample exported as CSV, plus delegations of one partner. */
function makeImport(dir: string): string {
  const big = join(dir, "scale30.duckdb");
  const csv = join(dir, "csv");
  expect(doingoai(["sample", "--scale", "30", "--db", big]).status).toBe(0);
  expect(doingoai(["export", csv, "--format", "csv", "--db", big]).status).toBe(0);
  const file = join(csv, "delegations.csv");
  const text = readFileSync(file, "utf8");
  const template = text.split("\n")[1]!.split(",");
  const extra: string[] = [];
  for (let i = 0; i < extraDelegations; i++) {
    extra.push(["SYN-" + String(i).padStart(6, "0"), ...template.slice(1)].join(","));
  }
  writeFileSync(file, text.replace(/\n?$/, "\n") + extra.join("\n") + "\n");
  return csv;
}

interface Case {
  name: string;
  moment: Moment;
}

/** The moments each write is killed at. */
const moments: Case[] = [
  { name: "as soon as a write-ahead log appears", moment: { wal: "appears", delayMs: 0 } },
  { name: "50 ms after a write-ahead log appears", moment: { wal: "appears", delayMs: 50 } },
  { name: "200 ms after a write-ahead log appears", moment: { wal: "appears", delayMs: 200 } },
  {
    name: "as the write-ahead log goes away (checkpoint, rename)",
    moment: { wal: "appears-then-goes", delayMs: 0 },
  },
  { name: "5 ms after the write-ahead log goes away", moment: { wal: "appears-then-goes", delayMs: 5 } },
];

describe("a write killed with SIGKILL leaves every table as before or as after, nothing between", () => {
  let dir: string;
  let csv: string;
  /** The sample database before the import, after it, after the delete, after the undo. */
  const db = { before: "", imported: "", deleted: "", undone: "" };
  const state: Record<keyof typeof db, State> = { before: {}, imported: {}, deleted: {}, undone: {} };
  const deleteArgs = ["delete", "--entity", "partners", "--id", "", "--cascade"];

  beforeAll(async () => {
    dir = tempDir();
    csv = makeImport(dir);
    const partner = readFileSync(join(csv, "delegations.csv"), "utf8").split("\n")[1]!.split(",")[5]!;
    deleteArgs[4] = partner;
    db.before = join(dir, "before.duckdb");
    expect(doingoai(["sample", "--db", db.before]).status).toBe(0);
    state.before = await stateOf(db.before);

    db.imported = join(dir, "imported.duckdb");
    copyFileSync(db.before, db.imported);
    const imported = doingoai(["import", csv, "--db", db.imported]);
    expect(imported.status, imported.stderr).toBe(0);
    state.imported = await stateOf(db.imported);

    db.deleted = join(dir, "deleted.duckdb");
    copyFileSync(db.imported, db.deleted);
    const deleted = doingoai([...deleteArgs, "--db", db.deleted]);
    expect(deleted.status, deleted.stderr).toBe(0);
    state.deleted = await stateOf(db.deleted);

    db.undone = join(dir, "undone.duckdb");
    copyFileSync(db.deleted, db.undone);
    const undone = doingoai(["undo", "--db", db.undone]);
    expect(undone.status, undone.stderr).toBe(0);
    state.undone = await stateOf(db.undone);
  }, 240_000);

  it("the import is large enough: two tables get more than one DuckDB row group (122.880 rows)", () => {
    const grown = Object.keys(state.imported).filter(
      (t) => rows(state.imported, t) - rows(state.before, t) > rowGroup,
    );
    expect(grown.length, JSON.stringify(grown)).toBeGreaterThanOrEqual(2);
    // the delete takes more than a row group with it too (the change trail keeps a copy of each row)
    expect(rows(state.imported, "delegations") - rows(state.deleted, "delegations")).toBeGreaterThan(
      extraDelegations,
    );
  });

  it("a finished import is undone exactly: the change trail agrees with the tables", async () => {
    const path = join(dir, "import-undo.duckdb");
    copyFileSync(db.imported, path);
    const store = await openStore({ path });
    try {
      await undoLastChange(store);
      const after = await stateOfStore(store);
      const kept = ["changes", "change_rows", "import_log", "schema_version"];
      expect(differing(after, state.before).filter((t) => !kept.includes(t))).toEqual([]);
    } finally {
      store.close();
    }
  });

  // The undo of the delete puts back the same rows: the tables are as after the import.
  it("a finished delete and its undo leave the tables as before the delete", () => {
    const kept = ["changes", "change_rows"];
    expect(differing(state.undone, state.imported).filter((t) => !kept.includes(t))).toEqual([]);
  });

  const writes: {
    name: string;
    from: keyof typeof db;
    to: keyof typeof db;
    args: () => string[];
    extra: Case[];
  }[] = [
    {
      name: "import",
      from: "before",
      to: "imported",
      args: () => ["import", csv, "--db"],
      extra: [
        { name: "while reading and checking", moment: { stderr: /checking/, delayMs: 0 } },
        { name: "as writing starts", moment: { stderr: /writing/, delayMs: 0 } },
      ],
    },
    { name: "delete", from: "imported", to: "deleted", args: () => [...deleteArgs, "--db"], extra: [] },
    { name: "undo", from: "deleted", to: "undone", args: () => ["undo", "--db"], extra: [] },
  ];

  for (const write of writes) {
    const cases = [...write.extra, ...moments];
    it.each(cases.map((c) => [c.name, c] as const))(
      `${write.name} killed %s: the database opens with all of it or none`,
      async (_name, c) => {
        const folder = tempDir();
        const path = join(folder, "kill.duckdb");
        copyFileSync(db[write.from], path);
        const args = [...write.args(), path, ...(write.name === "import" ? ["--progress"] : [])];
        const killed = await runAndKill(folder, args, c.moment);
        const now = await stateOf(path);
        const fromBefore = differing(now, state[write.from]);
        const fromAfter = differing(now, state[write.to]);
        const report = `${killed.signal ?? "ended"}; files seen ${killed.seen.join(" ")}; differs from before: ${fromBefore.join(", ")}; from after: ${fromAfter.join(", ")}\n${killed.stderr.slice(-400)}`;
        expect(fromBefore.length === 0 || fromAfter.length === 0, report).toBe(true);
        // the moment came before the end: the process really died by the signal
        expect(killed.signal, report).toBe("SIGKILL");
        // killed, it leaves no copy or log behind once the database has been opened again
        expect(readdirSync(folder).sort()).toEqual(["kill.duckdb"]);
      },
      120_000,
    );
  }
});
