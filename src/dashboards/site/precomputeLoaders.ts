// Runs the dashboards' data loaders beside Framework's build (see runLoader.js).
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Loaders started beside a build: the environment that tells Framework's loader runner to wait for them, and when they end. */
export interface PrecomputedLoaders {
  /** To add to Framework's environment (DOINGOAI_PRECOMPUTED, DOINGOAI_PRECOMPUTED_PID); empty when no loader needs a run. */
  env: Record<string, string>;
  /** Starts the loaders once `ready` resolves; resolves when every one has ended (each failure is Framework's to report). */
  run(env: NodeJS.ProcessEnv, ready?: Promise<unknown>): Promise<void>;
  /** Lets waiting runners go (as failed) and removes the folder. */
  dispose(): void;
}

/**
 * The loaders (`name.ext.ts`, outside components/ and site/) under
 * `frameworkRoot` whose output Framework would compute in this build (none
 * in its cache, or older than the loader: Framework's own rule), marked in a
 * new folder as computed by this process.
 */
export function precomputeLoaders(options: {
  packageRoot: string;
  frameworkRoot: string;
  cacheDir: string;
}): PrecomputedLoaders {
  const { packageRoot, frameworkRoot, cacheDir } = options;
  const loaders = findLoaders(frameworkRoot).filter((file) => {
    const cached = join(cacheDir, relative(frameworkRoot, file).replace(/\.ts$/, ""));
    return !existsSync(cached) || statSync(cached).mtimeMs < statSync(file).mtimeMs;
  });
  if (loaders.length === 0) return { env: {}, run: async () => undefined, dispose: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), "doingoai-loaders-"));
  // Framework names a loader by its path from its working directory, the package's root.
  const keys = loaders.map((file) => relative(packageRoot, file).replace(/[\\/]/g, "__"));
  for (const key of keys) writeFileSync(join(dir, `${key}.pending`), "");
  const finish = (key: string, code: number) => {
    if (existsSync(join(dir, `${key}.code`))) return;
    if (!existsSync(join(dir, `${key}.err`))) writeFileSync(join(dir, `${key}.err`), "");
    if (!existsSync(join(dir, `${key}.out`))) writeFileSync(join(dir, `${key}.out`), "");
    // written last, and whole: the runner waits for this file
    writeFileSync(join(dir, `${key}.code.tmp`), String(code));
    renameSync(join(dir, `${key}.code.tmp`), join(dir, `${key}.code`));
  };
  const require = createRequire(
    createRequire(import.meta.url).resolve("@observablehq/framework/package.json"),
  );
  const tsx = require.resolve("tsx/cli");
  const runner = join(packageRoot, "src/dashboards/site/runLoader.js");
  return {
    env: { DOINGOAI_PRECOMPUTED: dir, DOINGOAI_PRECOMPUTED_PID: String(process.pid) },
    async run(env, ready) {
      try {
        await ready;
      } catch (error) {
        for (const key of keys) finish(key, 1);
        throw error;
      }
      const own = { ...env };
      delete own["DOINGOAI_PRECOMPUTED"];
      delete own["DOINGOAI_PRECOMPUTED_PID"];
      await Promise.all(
        loaders.map(
          (file, i) =>
            new Promise<void>((done) => {
              const key = keys[i]!;
              const out = openSync(join(dir, `${key}.out`), "w");
              const err = openSync(join(dir, `${key}.err`), "w");
              const child = spawn(process.execPath, [runner, tsx, relative(packageRoot, file)], {
                cwd: packageRoot,
                env: own,
                stdio: ["ignore", out, err],
              });
              let ended = false;
              const end = (code: number) => {
                if (ended) return;
                ended = true;
                closeSync(out);
                closeSync(err);
                finish(key, code);
                done();
              };
              child.on("error", (error) => {
                writeFileSync(join(dir, `${key}.err`), `${error.message}\n`);
                end(1);
              });
              child.on("close", (code) => end(code ?? 1));
            }),
        ),
      );
    },
    dispose() {
      for (const key of keys) finish(key, 1);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function findLoaders(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "components" && entry.name !== "site") out.push(...findLoaders(path));
    } else if (/^[^.]+\.[a-z0-9]+\.ts$/i.test(entry.name)) out.push(path);
  }
  return out;
}
