import { Writable } from "node:stream";
import { main } from "../../src/cli/main.ts";

/** Runs the CLI in-process and captures its output. */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = new Writable({
    write(chunk, _enc, cb) {
      stdout += String(chunk);
      cb();
    },
  });
  const err = new Writable({
    write(chunk, _enc, cb) {
      stderr += String(chunk);
      cb();
    },
  });
  const code = await main(argv, { stdout: out, stderr: err });
  return { code, stdout, stderr };
}
