// Framework's loader runner (src/dashboards/site/runLoader.js): a loader that
// buildSite computes beside the build is passed on as it came, never run twice;
// any other runs with tsx as before.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";

const runner = fileURLToPath(new URL("../../src/dashboards/site/runLoader.js", import.meta.url));
const tsx = createRequire(
  createRequire(import.meta.url).resolve("@observablehq/framework/package.json"),
).resolve("tsx/cli");

/** A loader that leaves a mark when it runs and prints `text`. */
function loaderIn(dir: string, text: string): { loader: string; mark: string } {
  mkdirSync(join(dir, "data"), { recursive: true });
  const mark = join(dir, "ran");
  const loader = join("data", "x.json.ts");
  writeFileSync(
    join(dir, loader),
    `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(mark)}, "");\nprocess.stdout.write(${JSON.stringify(text)});\nconsole.error("x.json: computed here");\n`,
  );
  return { loader, mark };
}

describe("the loader runner", () => {
  it("passes on a precomputed output, its diagnostics and its exit code without running the loader", () => {
    const dir = tempDir("doingoai-runloader-");
    const { loader, mark } = loaderIn(dir, '{"here":true}');
    const pre = join(dir, "pre");
    mkdirSync(pre);
    const key = loader.replace(/[\\/]/g, "__");
    writeFileSync(join(pre, `${key}.pending`), "");
    writeFileSync(join(pre, `${key}.out`), '{"precomputed":true}');
    writeFileSync(join(pre, `${key}.err`), "x.json: 3 rows / 3 dòng\n");
    writeFileSync(join(pre, `${key}.code`), "3");
    const r = spawnSync(process.execPath, [runner, tsx, loader], {
      cwd: dir,
      env: { ...process.env, DOINGOAI_PRECOMPUTED: pre, DOINGOAI_PRECOMPUTED_PID: String(process.pid) },
      encoding: "utf8",
    });
    expect(r.stdout).toBe('{"precomputed":true}');
    expect(r.stderr).toBe("x.json: 3 rows / 3 dòng\n");
    expect(r.status).toBe(3);
    expect(existsSync(mark)).toBe(false);
  });

  it("runs the loader itself with tsx when no build computes it", () => {
    const dir = tempDir("doingoai-runloader-");
    const { loader, mark } = loaderIn(dir, '{"here":true}');
    const pre = join(dir, "pre");
    mkdirSync(pre); // a folder with no mark for this loader
    const r = spawnSync(process.execPath, [runner, tsx, loader], {
      cwd: dir,
      env: { ...process.env, DOINGOAI_PRECOMPUTED: pre, DOINGOAI_PRECOMPUTED_PID: String(process.pid) },
      encoding: "utf8",
    });
    expect(r.stdout).toBe('{"here":true}');
    expect(r.stderr).toContain("x.json: computed here");
    expect(r.status).toBe(0);
    expect(existsSync(mark)).toBe(true);
  });

  it("gives up with a failure when the build that computes the loader has stopped", () => {
    const dir = tempDir("doingoai-runloader-");
    const { loader, mark } = loaderIn(dir, "{}");
    const pre = join(dir, "pre");
    mkdirSync(pre);
    writeFileSync(join(pre, `${loader.replace(/[\\/]/g, "__")}.pending`), "");
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    const r = spawnSync(process.execPath, [runner, tsx, loader], {
      cwd: dir,
      env: { ...process.env, DOINGOAI_PRECOMPUTED: pre, DOINGOAI_PRECOMPUTED_PID: gone.stdout },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the build that computes it has stopped");
    expect(existsSync(mark)).toBe(false);
  });
});
