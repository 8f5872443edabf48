// Runs one data loader for Observable Framework: the interpreter of the `.ts`
// loaders in observablehq.config.ts, called as `node runLoader.js <tsx cli> <loader>`.
// Plain JavaScript because it runs before any TypeScript loader is in place.
//
// buildSite starts computing the loaders' outputs itself, beside Framework, as
// soon as the build starts (Framework would run them only after reading every
// page and bundling the libraries). It names a folder in DOINGOAI_PRECOMPUTED
// and marks there each loader it computes (`<key>.pending`); when this loader
// is one of them, this waits for its output and passes it on — stdout, stderr
// and exit code, as if the loader had run here — instead of computing it a
// second time. Otherwise (a preview, a build not started by buildSite) it runs
// the loader with tsx, as Framework would.
import { spawn } from "node:child_process";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const [tsxCli, loader] = process.argv.slice(2);
if (tsxCli === undefined || loader === undefined) {
  process.stderr.write("usage: node runLoader.js <tsx cli> <loader>\n");
  process.exit(1);
}
const dir = process.env.DOINGOAI_PRECOMPUTED;
const key = loader.replace(/[\\/]/g, "__");

if (dir !== undefined && existsSync(join(dir, `${key}.pending`))) {
  const owner = Number(process.env.DOINGOAI_PRECOMPUTED_PID);
  const codeFile = join(dir, `${key}.code`);
  while (!existsSync(codeFile)) {
    if (!alive(owner)) {
      process.stderr.write(`${loader}: the build that computes it has stopped\n`);
      process.exit(1);
    }
    await sleep(50);
  }
  process.stderr.write(readFileSync(join(dir, `${key}.err`)));
  await new Promise((done, fail) => {
    const out = createReadStream(join(dir, `${key}.out`));
    out.on("error", fail);
    out.on("end", done);
    out.pipe(process.stdout, { end: false });
  });
  process.exitCode = Number(readFileSync(codeFile, "utf8"));
} else {
  const child = spawn(process.execPath, [tsxCli, loader], { stdio: "inherit" });
  child.on("error", (error) => {
    process.stderr.write(`${loader}: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.on("close", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

/** Whether the process `pid` (the build) still runs; true when it cannot be told. */
function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
