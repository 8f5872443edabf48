import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { main, reportError } from "../../src/cli/main.ts";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";
import { permissionBitsTestable } from "../helpers/asNobody.ts";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        add(String(chunk));
        done();
      },
    });
  const code = await main(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) });
  return { code, out, err };
}

/** Letters only Vietnamese uses (not in English, nor in French or German). */
const vietnamese = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|Cách dùng/i;
/** A few common English words that every message here uses at least one of. */
const english =
  /\b(the|is|a|an|no|not|of|or|give|see|cannot|needs?|expected|got|file|folder|usage|unknown|invalid|must)\b/i;

let dir: string;
let db: string;
let file: string;
let below: string;
let publicDb: string;
beforeAll(async () => {
  dir = tempDir("doingoai-errors-");
  db = join(dir, "sample.duckdb");
  const store = await openStore({ path: db });
  await loadSample(store);
  store.close();
  file = join(dir, "plain.txt");
  writeFileSync(file, "not a folder\n");
  below = join(file, "sub");
  mkdirSync(join(dir, "out"));
  // a copy user nobody can read: mkdtemp folders are private to their owner
  const publicDir = join(tmpdir(), `doingoai-errors-public-${process.pid}`);
  mkdirSync(publicDir, { recursive: true, mode: 0o755 });
  chmodSync(publicDir, 0o755);
  publicDb = join(publicDir, "sample.duckdb");
  copyFileSync(db, publicDb);
  chmodSync(publicDb, 0o644);
}, 120_000);

/** `$DB` is the sample database, `$FILE` a regular file, `$BELOW` a path below that file, `$DIR` a fresh folder, `$MISSING` a path that does not exist. */
const cases: [string, string[], number][] = [
  // the command line itself
  ["an unknown command", ["nhap"], 2],
  ["an unknown option", ["indicators", "--db", "$DB", "--bogus"], 2],
  ["a missing option value", ["indicators", "--db", "$DB", "--period"], 2],
  ["--lang that is neither vi nor en", ["history", "--db", "$DB", "--lang", "fr"], 2],
  // indicators
  ["indicators --period 0000", ["indicators", "--db", "$DB", "--period", "0000"], 2],
  ["indicators --period ''", ["indicators", "--db", "$DB", "--period", ""], 2],
  ["indicators --period 2019-13", ["indicators", "--db", "$DB", "--period", "2019-13"], 2],
  ["indicators --period abc", ["indicators", "--db", "$DB", "--period", "abc"], 2],
  ["indicators --from 1", ["indicators", "--db", "$DB", "--from", "1"], 2],
  ["indicators --to 2019-Q5", ["indicators", "--db", "$DB", "--to", "2019-Q5"], 2],
  ["indicators --as-of 2019-02-30", ["indicators", "--db", "$DB", "--as-of", "2019-02-30"], 2],
  ["indicators --as-of 30/02/2019", ["indicators", "--db", "$DB", "--as-of", "30/02/2019"], 2],
  ["indicators --indicator nope", ["indicators", "--db", "$DB", "--indicator", "nope"], 2],
  ["indicators --by nope", ["indicators", "--db", "$DB", "--by", "nope"], 2],
  ["indicators --format xml", ["indicators", "--db", "$DB", "--format", "xml"], 2],
  ["indicators --where x", ["indicators", "--db", "$DB", "--where", "x"], 2],
  ["indicators on a missing database", ["indicators", "--db", "$MISSING"], 4],
  ["indicators on a database below a regular file", ["indicators", "--db", "$BELOW/db.duckdb"], 4],
  ["indicators on a regular file that is not a database", ["indicators", "--db", "$FILE"], 4],
  ["indicators on a folder as database", ["indicators", "--db", "$DIR"], 4],
  // import / validate
  ["import without a file", ["import", "--db", "$DIR/new.duckdb"], 2],
  ["import of a missing file", ["import", "$MISSING.csv", "--db", "$DIR/new.duckdb"], 5],
  ["import into a database below a regular file", ["import", "$VALID", "--db", "$BELOW/sub.duckdb"], 5],
  [
    "import --entity nope (each file reported)",
    ["import", "$VALID", "--entity", "nope", "--db", "$DIR/new.duckdb"],
    3,
  ],
  ["validate of a missing file", ["validate", "$MISSING.xlsx"], 5],
  ["validate without a file", ["validate"], 2],
  // template / export
  ["template without a folder", ["template"], 2],
  ["template into a regular file", ["template", "$FILE"], 5],
  ["template into a folder below a regular file", ["template", "$BELOW"], 5],
  ["template --format pdf", ["template", "$DIR", "--format", "pdf"], 2],
  ["export without a folder", ["export", "--db", "$DB"], 2],
  ["export into a regular file", ["export", "$FILE", "--db", "$DB"], 5],
  ["export into a folder below a regular file", ["export", "$BELOW", "--db", "$DB"], 5],
  ["export --format pdf", ["export", "$DIR", "--format", "pdf", "--db", "$DB"], 2],
  ["export of a missing database", ["export", "$DIR", "--db", "$MISSING"], 4],
  // delete / history / undo
  ["delete without --entity", ["delete", "--id", "x", "--db", "$DB"], 2],
  ["delete --entity nope", ["delete", "--entity", "nope", "--id", "x", "--db", "$DB"], 2],
  ["delete on a missing database", ["delete", "--entity", "delegations", "--id", "x", "--db", "$MISSING"], 4],
  ["history --format xml", ["history", "--format", "xml", "--db", "$DB"], 2],
  ["history on a missing database", ["history", "--db", "$MISSING"], 4],
  ["undo with an argument", ["undo", "x", "--db", "$DB"], 2],
  ["undo on a missing database", ["undo", "--db", "$MISSING"], 4],
  // init / sample / office
  ["init with an argument", ["init", "x", "--db", "$DIR/x.duckdb"], 2],
  ["init below a regular file", ["init", "--db", "$BELOW/x.duckdb"], 5],
  ["sample --scale x", ["sample", "--scale", "x", "--db", "$DIR/s.duckdb"], 2],
  ["sample below a regular file", ["sample", "--db", "$BELOW/s.duckdb"], 5],
  ["office without a sub-command", ["office", "--db", "$DB"], 2],
  ["office show on a missing database", ["office", "show", "--db", "$MISSING"], 4],
  [
    "office set below a regular file",
    ["office", "set", "--province", "Cao Bằng", "--db", "$BELOW/o.duckdb"],
    5,
  ],
  // report
  ["report without --year", ["report", "--db", "$DB"], 2],
  ["report --year abc", ["report", "--year", "abc", "--db", "$DB"], 2],
  ["report --format pdf", ["report", "--year", "2019", "--format", "pdf", "--db", "$DB"], 2],
  ["report --as-of 2019-02-30", ["report", "--year", "2019", "--as-of", "2019-02-30", "--db", "$DB"], 2],
  ["report --date 2019-02-30", ["report", "--year", "2019", "--date", "2019-02-30", "--db", "$DB"], 2],
  [
    "report --out below a regular file",
    ["report", "--year", "2019", "--out", "$BELOW/r.docx", "--db", "$DB"],
    5,
  ],
  [
    "report --strategy missing",
    ["report", "--year", "2019", "--strategy", "$MISSING.yaml", "--db", "$DB"],
    5,
  ],
  // check / forecast / agreements / strategy
  ["check --as-of 2019-02-30", ["check", "--as-of", "2019-02-30", "--db", "$DB"], 2],
  ["check --limit x", ["check", "--limit", "x", "--db", "$DB"], 2],
  ["check --rule nope", ["check", "--rule", "nope", "--db", "$DB"], 2],
  ["check --format xml", ["check", "--format", "xml", "--db", "$DB"], 2],
  ["forecast without --indicator", ["forecast", "--until", "2030", "--db", "$DB"], 2],
  ["forecast --until x", ["forecast", "--indicator", "delegations_in", "--until", "x", "--db", "$DB"], 2],
  [
    "forecast --from 1",
    ["forecast", "--indicator", "delegations_in", "--until", "2030", "--from", "1", "--db", "$DB"],
    2,
  ],
  [
    "forecast --as-of 2019-02-30",
    ["forecast", "--indicator", "delegations_in", "--until", "2030", "--as-of", "2019-02-30", "--db", "$DB"],
    2,
  ],
  [
    "forecast --level 2",
    ["forecast", "--indicator", "delegations_in", "--until", "2030", "--level", "2", "--db", "$DB"],
    2,
  ],
  ["agreements without a sub-command", ["agreements", "--db", "$DB"], 2],
  [
    "agreements review --as-of 2019-02-30",
    ["agreements", "review", "--as-of", "2019-02-30", "--db", "$DB"],
    2,
  ],
  ["strategy without a sub-command", ["strategy"], 2],
  ["strategy check of a missing file", ["strategy", "check", "$MISSING.yaml"], 5],
  ["strategy check of a folder", ["strategy", "check", "$DIR"], 5],
  [
    "strategy progress --as-of 2019-02-30",
    ["strategy", "progress", "$STRATEGY", "--as-of", "2019-02-30", "--db", "$DB"],
    2,
  ],
  [
    "strategy progress --at-risk x",
    ["strategy", "progress", "$STRATEGY", "--at-risk", "x", "--db", "$DB"],
    2,
  ],
  ["strategy check of a file that is not a strategy", ["strategy", "check", "$FILE"], 3],
  [
    "strategy draft without --from",
    ["strategy", "draft", "--to", "2030", "--out", "$DIR/d.yaml", "--db", "$DB"],
    2,
  ],
  [
    "strategy draft --ambition huge",
    [
      "strategy",
      "draft",
      "--from",
      "2026",
      "--to",
      "2030",
      "--out",
      "$DIR/d.yaml",
      "--ambition",
      "huge",
      "--db",
      "$DB",
    ],
    2,
  ],
  [
    "strategy draft on a database that is a regular file",
    ["strategy", "draft", "--from", "2026", "--to", "2030", "--out", "$DIR/d.yaml", "--db", "$FILE"],
    4,
  ],
  [
    "strategy draft --out a folder",
    ["strategy", "draft", "--from", "2026", "--to", "2030", "--out", "$DIR", "--db", "$DB"],
    5,
  ],
  // more paths and values
  [
    "indicators --from and --to of different kinds",
    ["indicators", "--db", "$DB", "--from", "2019", "--to", "2019Q1"],
    2,
  ],
  ["forecast --indicator nope", ["forecast", "--indicator", "nope", "--until", "2030", "--db", "$DB"], 2],
  ["import of a file without extension", ["import", "$FILE", "--db", "$DIR/i.duckdb"], 5],
  ["import of a path below a regular file", ["import", "$BELOW/x.csv", "--db", "$DIR/i.duckdb"], 5],
  ["sample --scale 0", ["sample", "--scale", "0", "--db", "$DIR/s.duckdb"], 2],
  ["init on a regular file that is not a database", ["init", "--db", "$FILE"], 4],
  ["check on a regular file that is not a database", ["check", "--db", "$FILE"], 4],
  ["undo on a regular file that is not a database", ["undo", "--db", "$FILE"], 4],
  ["office set with an empty office id", ["office", "set", "--office-id", "", "--db", "$DIR/o.duckdb"], 3],
  [
    "report --out a folder",
    ["report", "--year", "2019", "--format", "md", "--out", "$DIR", "--db", "$DB"],
    5,
  ],
  ["export of a database that is a regular file", ["export", "$DIR", "--db", "$FILE"], 4],
  // start / build: only what fails before building
  ["start --port x", ["start", "--port", "x"], 2],
  ["start on a missing database", ["start", "--db", "$MISSING", "--no-build", "--port", "0"], 4],
  [
    "start on a database below a regular file",
    ["start", "--db", "$BELOW/x.duckdb", "--no-build", "--port", "0"],
    4,
  ],
  ["build into a path below a regular file", ["build", "--db", "$DB", "--out", "$BELOW/dist"], 5],
  ["build with an argument", ["build", "x", "--db", "$DB"], 2],
  ["build --years not a range of years", ["build", "--db", "$DB", "--years", "2024-2019"], 2],
  ["start --years not a year", ["start", "--db", "$DB", "--no-build", "--port", "0", "--years", "20x9"], 2],
  ["build on a missing database", ["build", "--db", "$MISSING", "--out", "$DIR/dist"], 4],
];

const strategyFile = new URL("../../src/data/sample/strategy-2026-2030.yaml", import.meta.url).pathname;

function fill(args: string[], fresh: string): string[] {
  return args.map((a) =>
    a
      .replace("$PUBLIC_DB", publicDb)
      .replace("$DB", db)
      .replace("$BELOW", below)
      .replace("$FILE", file)
      .replace("$DIR", fresh)
      .replace("$MISSING", join(dir, "missing"))
      .replace("$VALID", validFolder)
      .replace("$STRATEGY", strategyFile),
  );
}

function expectBilingualWithoutStack(err: string): void {
  expect(err, err).toMatch(vietnamese);
  expect(err, err).toMatch(english);
  expect(err, err).not.toMatch(/^\s+at /m);
  expect(err, err).not.toMatch(/"code":|"path": \[/);
}

describe("every user mistake exits 2, 3, 4 or 5 with a message in both languages and no stack frame", () => {
  it.each(cases)("%s exits with its documented code", async (_name, args, code) => {
    const fresh = tempDir("doingoai-errors-case-");
    for (const lang of ["vi", "en"]) {
      // a case about --lang itself keeps its own value
      const r = await run([...fill(args, fresh), ...(args.includes("--lang") ? [] : ["--lang", lang])]);
      expect({ code: r.code, err: r.err }).toMatchObject({ code });
      expectBilingualWithoutStack(r.err);
    }
  });

  it("validate writes nothing: no database file appears where none was", async () => {
    const fresh = tempDir("doingoai-errors-validate-");
    const target = join(fresh, "never.duckdb");
    const r = await run(["validate", validFolder, "--db", target]);
    expect(r.code).toBe(0);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.wal`)).toBe(false);
  });
});

describe.skipIf(!permissionBitsTestable())("the compiled CLI", () => {
  const bin = new URL("../../bin/doingoai.js", import.meta.url).pathname;
  it.each([
    ["template into a folder nobody may write", ["template", "/root/doingoai-no-access"], 5],
    [
      "indicators --as-of 2019-02-30",
      ["indicators", "--as-of", "2019-02-30", "--db", "/nonexistent/x.duckdb"],
      2,
    ],
    [
      "export into a folder nobody may write",
      ["export", "/root/doingoai-no-access", "--db", "$PUBLIC_DB"],
      5,
    ],
    [
      "import into a database nobody may open (database error)",
      ["import", "$VALID", "--db", "/root/doingoai-no-access.duckdb"],
      4,
    ],
    [
      "sample into a database nobody may open (database error)",
      ["sample", "--db", "/root/doingoai-no-access.duckdb"],
      4,
    ],
    [
      "report --out where nobody may write",
      ["report", "--year", "2019", "--format", "md", "--out", "/root/r.md", "--db", "$PUBLIC_DB"],
      5,
    ],
  ] as [string, string[], number][])(
    "%s as user nobody exits with its code and no stack",
    (_n, args, code) => {
      const r = spawnSync(
        "setpriv",
        ["--reuid=nobody", "--regid=nogroup", "--clear-groups", process.execPath, bin, ...fill(args, dir)],
        { encoding: "utf8", env: { ...process.env, DOINGOAI_DEBUG: "" } },
      );
      expect({ status: r.status, err: r.stderr }).toMatchObject({ status: code });
      expectBilingualWithoutStack(r.stderr);
    },
  );
});

describe("reportError, the last resort of main", () => {
  function said(error: unknown, debug = ""): { code: number; err: string } {
    let err = "";
    const stderr = new Writable({
      write(chunk, _enc, done) {
        err += String(chunk);
        done();
      },
    });
    const before = process.env["DOINGOAI_DEBUG"];
    process.env["DOINGOAI_DEBUG"] = debug;
    try {
      return { code: reportError(stderr, "vi", error), err };
    } finally {
      if (before === undefined) delete process.env["DOINGOAI_DEBUG"];
      else process.env["DOINGOAI_DEBUG"] = before;
    }
  }

  it("an unexpected error exits 1 with one line in each language and its message, no stack frame", () => {
    const r = said(new TypeError("boom"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("Lỗi nội bộ");
    expect(r.err).toContain("Internal error");
    expect(r.err).toContain("boom");
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it("an unexpected error shows its stack only with DOINGOAI_DEBUG=1", () => {
    expect(said(new TypeError("boom"), "1").err).toMatch(/^\s+at /m);
  });

  it("a zod error from the person's input exits 2 with its issues in words, not JSON", () => {
    const parsed = z.object({ year: z.number() }).safeParse({ year: "x" });
    const r = said(parsed.error);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Giá trị không hợp lệ: year: /m);
    expect(r.err).toMatch(/^Invalid value: year: /m);
    expectBilingualWithoutStack(r.err);
  });

  it("a filesystem error on a path exits 5 and names the path in both languages", () => {
    const error = Object.assign(new Error("EROFS: read-only file system, open '/mnt/x.csv'"), {
      code: "EROFS",
      path: "/mnt/x.csv",
    });
    const r = said(error);
    expect(r.code).toBe(5);
    expect(r.err).toContain("Không đọc hoặc ghi được /mnt/x.csv");
    expect(r.err).toContain("Cannot read or write /mnt/x.csv: is on a read-only file system");
  });
});
