// Issue 20, item 1: an import, a delete and an undo are each all or nothing,
// even when the process is killed with SIGKILL at any moment. Each case runs
// the real CLI in its own process on a real DuckDB file, kills it at a moment
// seen from outside (a progress line, a write-ahead log appearing or going
// away, a delay after those), then opens the database and compares every
// table with the state before and the state a finished run leaves.
//
// The writes are big on purpose: the import adds more than 122.880 rows (one
// DuckDB row group) to two tables, the delete takes more than that with it and
// the undo puts them back. That is the size at which DuckDB writes rows into
// the database file before the commit and, killed then, could bring some of
// them back (4 of 6 imports killed as the log appeared, before the fix).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/lib/store/openStore.ts";
import { undoLastChange } from "../../src/lib/changes/undoLastChange.ts";
import { tempDir } from "../helpers/fixtures.ts";

const cli = new URL("../../src/cli/main.ts", import.meta.url).pathname;
/** The import: new consular cases and new delegations (all of one partner), each more than a row group. */
const newCases = 190_000;
const newDelegations = 130_000;
const rowGroup = 122_880;

function doingoai(args: string[]): { status: number | null; stderr: string; ms: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, ...args, "--lang", "en"], {
    encoding: "utf8",
  });
  return { status: r.status, stderr: r.stderr, ms: performance.now() - start };
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

/**
 * A moment to kill at: a line on stderr, a write-ahead log (*.wal) appearing
 * or going away, any file appearing beside the database, or a share of the
 * time a finished run took; then a delay.
 */
type Moment =
  | { stderr: RegExp; delayMs: number }
  | { wal: "appears" | "appears-then-goes"; delayMs: number }
  | { share: number }
  | { newFile: true; delayMs: number };

interface Killed {
  signal: string | null;
  stderr: string;
  /** The files seen beside the database while it ran. */
  seen: string[];
}

/** Runs the CLI with `args` and SIGKILLs it at `moment` (if it has not ended by then); `ms` is how long a finished run takes. */
function runAndKill(folder: string, args: string[], moment: Moment, ms: number): Promise<Killed> {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args, "--lang", "en"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const seen = new Set<string>();
  let armed = false;
  const arm = (delayMs: number) => {
    if (armed) return;
    armed = true;
    setTimeout(() => child.kill("SIGKILL"), delayMs);
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
    if ("newFile" in moment && names.length > 1) arm(moment.delayMs);
    const wal = names.some((n) => n.endsWith(".wal"));
    if (!("wal" in moment)) return;
    if (wal) walSeen = true;
    if (moment.wal === "appears" && wal) arm(moment.delayMs);
    if (moment.wal === "appears-then-goes" && walSeen && !wal) arm(moment.delayMs);
  }, 1);
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    if ("stderr" in moment && moment.stderr.test(stderr)) arm(moment.delayMs);
  });
  if ("share" in moment) arm(Math.round(moment.share * ms));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, stderr, seen: [...seen].sort() });
    });
  });
}

/**
 * Writes the import into `dir`/import: `newCases` consular cases and
 * `newDelegations` delegations, each a row of the sample's own export with a
 * new id (synthesised: cheaper than a big sample). Returns the folder and the
 * delegations' partner.
 */
function makeImport(dir: string, sampleDb: string): { folder: string; partner: string } {
  const exported = join(dir, "export");
  const folder = join(dir, "import");
  expect(doingoai(["export", exported, "--format", "csv", "--db", sampleDb]).status).toBe(0);
  mkdirSync(folder);
  const copies = (entity: string, n: number, prefix: string): string[] => {
    const [header, first] = readFileSync(join(exported, `${entity}.csv`), "utf8").split("\n");
    const template = first!.split(",");
    const lines = [header!];
    for (let i = 0; i < n; i++)
      lines.push([prefix + String(i).padStart(6, "0"), ...template.slice(1)].join(","));
    writeFileSync(join(folder, `${entity}.csv`), lines.join("\n") + "\n");
    return template;
  };
  copies("consular_cases", newCases, "CS-SYN-");
  const delegation = copies("delegations", newDelegations, "DL-SYN-");
  return { folder, partner: delegation[5]! };
}

interface Case {
  name: string;
  moment: Moment;
  /** The moment may come after the process has ended by itself (then it must have finished the write). */
  mayEnd?: boolean;
}

const walAppears: Case = {
  name: "as soon as a write-ahead log appears",
  moment: { wal: "appears", delayMs: 0 },
};
const walAppears50: Case = {
  name: "50 ms after a write-ahead log appears",
  moment: { wal: "appears", delayMs: 50 },
};
const walGoes: Case = {
  name: "as the write-ahead log goes away (final checkpoint, rename)",
  moment: { wal: "appears-then-goes", delayMs: 0 },
  mayEnd: true,
};
const fileAppears = (delayMs: number, mayEnd = false): Case => ({
  name: `${delayMs} ms after a file appears beside the database`,
  moment: { newFile: true, delayMs },
  mayEnd,
});
/** A share of a finished run's time: it scatters the kills, but on a busy machine the run may end first. */
const share = (p: number): Case => ({
  name: `at ${Math.round(p * 100)} % of the time a finished run takes`,
  moment: { share: p },
  mayEnd: true,
});

describe("a write killed with SIGKILL leaves every table as before or as after, nothing between", () => {
  let dir: string;
  let folder: string;
  /** The sample database before the import, after it, after the delete, after the undo. */
  const db = { before: "", imported: "", deleted: "", undone: "", sampled: "" };
  const state: Record<keyof typeof db, State> = {
    before: {},
    imported: {},
    deleted: {},
    undone: {},
    sampled: {},
  };
  /** How long each finished write took, in ms (with the CLI's start). */
  const took: Record<keyof typeof db, number> = { before: 0, imported: 0, deleted: 0, undone: 0, sampled: 0 };
  const deleteArgs = ["delete", "--entity", "partners", "--id", "", "--cascade"];

  beforeAll(async () => {
    dir = tempDir();
    db.before = join(dir, "before.duckdb");
    expect(doingoai(["sample", "--db", db.before]).status).toBe(0);
    state.before = await stateOf(db.before);
    const made = makeImport(dir, db.before);
    folder = made.folder;
    deleteArgs[4] = made.partner;

    db.imported = join(dir, "imported.duckdb");
    copyFileSync(db.before, db.imported);
    const imported = doingoai(["import", folder, "--db", db.imported]);
    expect(imported.status, imported.stderr).toBe(0);
    took.imported = imported.ms;
    state.imported = await stateOf(db.imported);

    db.deleted = join(dir, "deleted.duckdb");
    copyFileSync(db.imported, db.deleted);
    const deleted = doingoai([...deleteArgs, "--db", db.deleted]);
    expect(deleted.status, deleted.stderr).toBe(0);
    took.deleted = deleted.ms;
    state.deleted = await stateOf(db.deleted);

    db.undone = join(dir, "undone.duckdb");
    copyFileSync(db.deleted, db.undone);
    const undone = doingoai(["undo", "--db", db.undone]);
    expect(undone.status, undone.stderr).toBe(0);
    took.undone = undone.ms;
    state.undone = await stateOf(db.undone);

    // the sample at scale 30 loaded over the sample: 183.097 consular cases
    db.sampled = join(dir, "sampled.duckdb");
    copyFileSync(db.before, db.sampled);
    const sampled = doingoai(["sample", "--scale", "30", "--db", db.sampled]);
    expect(sampled.status, sampled.stderr).toBe(0);
    took.sampled = sampled.ms;
    state.sampled = await stateOf(db.sampled);
  }, 240_000);

  it("the writes are large enough: the import adds more than a row group (122.880 rows) to two tables, the delete takes more than one, the undo puts them back", () => {
    const grown = Object.keys(state.imported).filter(
      (t) => t !== "change_rows" && rows(state.imported, t) - rows(state.before, t) > rowGroup,
    );
    expect(grown.sort()).toEqual(["consular_cases", "delegations"]);
    expect(rows(state.imported, "delegations") - rows(state.deleted, "delegations")).toBeGreaterThan(
      rowGroup,
    );
    expect(rows(state.undone, "delegations")).toBe(rows(state.imported, "delegations"));
  });

  it("a finished import is undone exactly: the change trail agrees with the tables", async () => {
    const path = join(dir, "import-undo.duckdb");
    copyFileSync(db.imported, path);
    const store = await openStore({ path });
    try {
      await undoLastChange(store);
      const after = await stateOfStore(store);
      const trail = ["changes", "change_rows", "import_log", "schema_version"];
      expect(differing(after, state.before).filter((t) => !trail.includes(t))).toEqual([]);
    } finally {
      store.close();
    }
  });

  // The undo of the delete puts back the same rows: the tables are as after the import.
  it("a finished delete and its undo leave the tables as before the delete", () => {
    const trail = ["changes", "change_rows"];
    expect(differing(state.undone, state.imported).filter((t) => !trail.includes(t))).toEqual([]);
  });

  const writes: {
    name: string;
    from: keyof typeof db;
    to: keyof typeof db;
    args: () => string[];
    cases: Case[];
  }[] = [
    {
      name: "import",
      from: "before",
      to: "imported",
      args: () => ["import", folder, "--progress", "--db"],
      cases: [
        { name: "while reading and checking", moment: { stderr: /checking/, delayMs: 0 } },
        { name: "as writing starts", moment: { stderr: /writing/, delayMs: 0 } },
        walAppears,
        walAppears50,
        walGoes,
        share(0.9),
      ],
    },
    {
      name: "delete",
      from: "imported",
      to: "deleted",
      args: () => [...deleteArgs, "--db"],
      cases: [walAppears, walGoes, fileAppears(200), share(0.6)],
    },
    {
      name: "undo",
      from: "deleted",
      to: "undone",
      args: () => ["undo", "--db"],
      cases: [walAppears, fileAppears(0), fileAppears(150), share(0.6)],
    },
    {
      name: "sample --scale 30",
      from: "before",
      to: "sampled",
      args: () => ["sample", "--scale", "30", "--db"],
      cases: [walAppears, walGoes],
    },
  ];

  for (const write of writes) {
    it.each(write.cases.map((c) => [c.name, c] as const))(
      `${write.name} killed %s: the database opens with all of it or none`,
      async (_name, c) => {
        const kill = tempDir();
        const path = join(kill, "kill.duckdb");
        copyFileSync(db[write.from], path);
        const killed = await runAndKill(kill, [...write.args(), path], c.moment, took[write.to]);
        const now = await stateOf(path);
        const fromBefore = differing(now, state[write.from]);
        const fromAfter = differing(now, state[write.to]);
        const report = `${killed.signal ?? "ended"}; files seen ${killed.seen.join(" ")}; differs from before: ${fromBefore.join(", ")}; from after: ${fromAfter.join(", ")}\n${killed.stderr.slice(-400)}`;
        expect(fromBefore.length === 0 || fromAfter.length === 0, report).toBe(true);
        // the moment came before the end: the process really died by the signal
        if (!c.mayEnd) expect(killed.signal, report).toBe("SIGKILL");
        // opened again, the database has no copy or log of the killed run beside it
        expect(readdirSync(kill).sort()).toEqual(["kill.duckdb"]);
      },
      120_000,
    );
  }
});
