import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands/index.ts";
import { tempDir } from "../helpers/fixtures.ts";

// The compiled CLI as the installed package runs it (npm test builds it first).
const bin = fileURLToPath(new URL("../../bin/doingoai.js", import.meta.url));
const compiled = fileURLToPath(new URL("../../build/cli/main.js", import.meta.url));
const register = fileURLToPath(new URL("../helpers/loadLog/register.mjs", import.meta.url));

/** Packages a command must load only when it really needs them. */
const heavy = ["@duckdb/node-api", "exceljs", "docx", "@observablehq/framework"];

/** Runs the compiled CLI and returns its exit code and every package it loaded. */
function loaded(args: string[]): { code: number | null; packages: Set<string>; err: string } {
  const log = join(tempDir(), "loaded.txt");
  rmSync(log, { force: true });
  const result = spawnSync(process.execPath, ["--import", register, bin, ...args], {
    env: { ...process.env, DOINGOAI_LOAD_LOG: log, DOINGOAI_DB: join(tempDir(), "none.duckdb") },
    encoding: "utf8",
  });
  const urls = existsSync(log) ? readFileSync(log, "utf8").split("\n") : [];
  const packages = new Set(
    urls.flatMap((u) => {
      const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
      return m ? [m[1]!] : [];
    }),
  );
  return { code: result.status, packages, err: result.stderr };
}

const heavyIn = (packages: Set<string>) => heavy.filter((p) => packages.has(p));

describe("the compiled CLI loads DuckDB, exceljs, docx and Framework only when a command needs them", () => {
  beforeAll(() => {
    if (!existsSync(compiled)) throw new Error("build/ is missing: run `npm run build:lib` first");
  });

  it("the load log sees DuckDB when a command opens a database (the check can fail)", () => {
    const r = loaded(["indicators", "--period", "2019", "--db", ":memory:"]);
    expect(r.code).toBe(0);
    expect(r.packages.has("@duckdb/node-api")).toBe(true);
  });

  it("doingoai indicators prints its table without loading Apache Arrow (computeIndicators with arrow: false)", () => {
    const r = loaded(["indicators", "--period", "2019", "--db", ":memory:"]);
    expect(r.code).toBe(0);
    expect(r.packages.has("apache-arrow")).toBe(false);
  });

  it("doingoai --help loads none of them", () => {
    const r = loaded(["--help"]);
    expect(r.code).toBe(0);
    expect(heavyIn(r.packages)).toEqual([]);
  });

  it.each(commands.map((c) => c.name))("doingoai %s --help loads none of them", (name) => {
    const r = loaded([name, "--help"]);
    expect(r.code).toBe(0);
    expect(heavyIn(r.packages)).toEqual([]);
  });

  it.each([
    ["indicators", "--format", "xml"],
    ["report", "--year", "19"],
    ["report", "--year", "2019", "--format", "pdf"],
    ["forecast", "--until", "2030"],
    ["check", "--limit", "x"],
    ["export", "out", "--format", "pdf"],
    ["template"],
    ["import"],
    ["sample", "--scale", "0"],
    ["strategy", "check"],
    ["strategy", "draft", "--from", "2026", "--to", "2030", "--out", "x.yaml", "--ambition", "huge"],
    ["agreements", "list"],
    ["build", "extra"],
    ["start", "--port", "70000"],
    ["indicators", "--no-such-option"],
    ["no-such-command"],
  ])("an argument error (doingoai %s …) exits 2 and loads none of them", (...args) => {
    const r = loaded(args);
    expect(r.code, r.err).toBe(2);
    expect(heavyIn(r.packages)).toEqual([]);
  });
});
