import { PassThrough } from "node:stream";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands/index.ts";
import { main } from "../../src/cli/main.ts";
import { tempDir } from "../helpers/fixtures.ts";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await main(argv, { stdout, stderr });
  return { code, out, err };
}

describe("doingoai", () => {
  it("lists every command in --help, in Vietnamese by default and in English with --lang en", async () => {
    const vi = await run(["--help"]);
    const en = await run(["--help", "--lang", "en"]);
    expect(vi.code).toBe(0);
    for (const c of commands) {
      expect(vi.out).toContain(`  ${c.name}`);
      expect(vi.out).toContain(c.summary.vi);
      expect(en.out).toContain(c.summary.en);
    }
    expect(vi.out).toContain("Mã thoát");
    expect(en.out).toContain("Exit codes");
  });

  it.each(commands.map((c) => c.name))("%s --help explains the command in both languages", async (name) => {
    const command = commands.find((c) => c.name === name)!;
    const vi = await run([name, "--help"]);
    const en = await run([name, "--help", "--lang", "en"]);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain(command.usage);
    expect(vi.out).toContain(command.help.vi);
    expect(en.out).toContain(command.help.en);
  });

  it("answers an unknown command with exit code 2", async () => {
    const r = await run(["nhap"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Lệnh không tồn tại: nhap");
  });

  it("prints an error for the person in both languages, the chosen one first", async () => {
    const db = join(tempDir(), "none.duckdb");
    const r = await run(["indicators", "--db", db, "--lang", "en"]);
    expect(r.code).toBe(4);
    const [first, second] = r.err.trim().split("\n");
    expect(first).toContain("No database at");
    expect(second).toMatch(/cơ sở dữ liệu/);
  });
});
