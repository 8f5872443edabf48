import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";

const bin = resolve("bin/doingoai.js");

/**
 * Runs `doingoai start --port 0` in `cwd` until it prints the address it serves,
 * then asks for `page` and stops it: what a person sees on a first run.
 */
async function firstRun(cwd: string, lang: "vi" | "en", page: string) {
  const env = { ...process.env };
  delete env["DOINGOAI_DB"];
  delete env["DOINGOAI_DIST"];
  const child = spawn(process.execPath, [bin, "start", "--port", "0", "--lang", lang], { cwd, env });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  // stderr is read to its end once the process has closed: the last step's line and the address
  // travel on two pipes, and the address (stdout) may arrive first
  const closed = new Promise<void>((done) => child.on("close", () => done()));
  try {
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
        if (m) done(m[0]);
      });
      child.on("close", (code) => fail(new Error(`start ended (${code}) before serving:\n${stderr}`)));
    });
    const status = (await fetch(`${url}/${page}`)).status;
    child.kill();
    await closed;
    return { stderr, status };
  } finally {
    child.kill();
  }
}

describe("doingoai start (npm start)", () => {
  it("on a first run in an empty folder loads the sample, builds and serves, printing one line per step, numbered in the order they end", async () => {
    const dir = tempDir("doingoai-start-");
    const { stderr, status } = await firstRun(dir, "en", "delegations.html");
    expect(status).toBe(200);
    expect(existsSync(join(dir, "data", "sample.duckdb"))).toBe(true);
    const steps = stderr.split("\n").filter((l) => /^ {2}\[\d\/4\] /.test(l));
    expect(steps.map((l) => l.slice(2, 7))).toEqual(["[1/4]", "[2/4]", "[3/4]", "[4/4]"]);
    for (const words of [
      "sample loaded into ./data/sample.duckdb",
      "pages read and libraries bundled",
      "the pages' data computed from the database",
    ]) {
      expect(steps.some((l) => l.endsWith(words))).toBe(true);
    }
    expect(steps[3]).toMatch(/^ {2}\[4\/4\] \d+\.\d s {2}pages written to dist\/$/);
    expect(stderr).toContain("showing the SAMPLE DATA");
  }, 300_000);
});
