import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands/index.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

describe("doingoai", () => {
  it("lists every command in --help, in Vietnamese by default and in English with --lang en", async () => {
    const vi = await runCli(["--help"]);
    const en = await runCli(["--help", "--lang", "en"]);
    expect(vi.code).toBe(0);
    for (const c of commands) {
      expect(vi.stdout).toContain(`  ${c.name}`);
      expect(vi.stdout).toContain(c.summary.vi);
      expect(en.stdout).toContain(c.summary.en);
    }
    expect(vi.stdout).toContain("Mã thoát");
    expect(en.stdout).toContain("Exit codes");
  });

  it.each(commands.map((c) => c.name))("%s --help explains the command in both languages", async (name) => {
    const command = commands.find((c) => c.name === name)!;
    const vi = await runCli([name, "--help"]);
    const en = await runCli([name, "--help", "--lang", "en"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(command.usage);
    expect(vi.stdout).toContain(command.help.vi);
    expect(en.stdout).toContain(command.help.en);
  });

  it("answers an unknown command with exit code 2", async () => {
    const r = await runCli(["nhap"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Lệnh không tồn tại: nhap");
  });

  it("prints an error for the person in both languages, the chosen one first", async () => {
    const db = join(tempDir(), "none.duckdb");
    const r = await runCli(["indicators", "--db", db, "--lang", "en"]);
    expect(r.code).toBe(4);
    const [first, second] = r.stderr.trim().split("\n");
    expect(first).toContain("No database at");
    expect(second).toMatch(/cơ sở dữ liệu/);
  });

  it.each([
    [["report", "--period", "2024", "--format", "md", "--out", "-"], "doingoai sample"],
    [["strategy", "progress"], "doingoai import"],
  ])("%j on a missing database says so with exit code 4 and creates no file", async (args, advice) => {
    const db = join(tempDir(), "none.duckdb");
    const r = await runCli([...args, "--db", db, "--lang", "en"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`No database at ${db}`);
    expect(r.stderr).toContain(advice);
    expect(existsSync(db)).toBe(false);
  });
});
