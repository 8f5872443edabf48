import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const mainSource = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

/**
 * Runs the CLI from its sources (through tsx) in a child process whose files
 * may grow to `fileSizeKiB` at most (`ulimit -f`), with SIGXFSZ ignored, so a
 * write past the limit fails with EFBIG as on a full or quota-bound disk
 * instead of killing the process.
 */
export function runCliLimited(
  args: string[],
  fileSizeKiB: number,
  cwd = root,
): { code: number | null; stdout: string; stderr: string } {
  const quoted = [process.execPath, "--import", "tsx", mainSource, ...args]
    .map((a) => `'${a.replaceAll("'", `'\\''`)}'`)
    .join(" ");
  const r = spawnSync("bash", ["-c", `trap '' XFSZ; ulimit -f ${fileSizeKiB}; exec ${quoted}`], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DOINGOAI_DEBUG: "", NODE_OPTIONS: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI from its sources in a child process (to kill it midway). */
export function startCli(args: string[], cwd = root) {
  return spawn(process.execPath, ["--import", "tsx", mainSource, ...args], {
    cwd,
    env: { ...process.env, DOINGOAI_DEBUG: "", NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
