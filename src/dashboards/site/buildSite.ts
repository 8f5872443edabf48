// Builds the dashboards into a static folder (Node only; not part of the site).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { defaultDbFile, defaultSampleDbFile } from "../../lib/store/openStore.ts";

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Database the data loaders read; default `DOINGOAI_DB`, else `./data/doingoai.duckdb`, else (none yet) `./data/sample.duckdb`. */
  db?: string;
  /** Strategy file the strategy pages and targets read; default `DOINGOAI_STRATEGY`, else none (the sample's for the sample's database). */
  strategy?: string;
  /** Output folder; default `dist`. */
  outDir?: string;
  /** Repository root (where observablehq.config.ts is); default the current directory. */
  cwd?: string;
  /** Receives Framework's output as it comes; default nothing. */
  log?: (text: string) => void;
}

/** The database a build reads by default: DOINGOAI_DB, else the office's, else (when the office has none yet) the sample's. */
function resolveDbPathIn(cwd: string): string {
  const named = process.env["DOINGOAI_DB"];
  if (named !== undefined) return named;
  if (!existsSync(resolve(cwd, defaultDbFile)) && existsSync(resolve(cwd, defaultSampleDbFile))) {
    return defaultSampleDbFile;
  }
  return defaultDbFile;
}

/** Folder where Framework caches the output of the data loaders (pages' data, not node_modules bundles). */
export const loaderCacheDirs = ["src/dashboards/.observablehq/cache/data"];

/**
 * Runs `observable build` with the database named by `db`. Framework reuses a
 * loader's cached output during a build whenever one exists (it only compares
 * the loader file's date), so the data of another database would never show:
 * the loaders' cache is emptied first, and every page's data is computed
 * afresh from `db`. The bundles of node_modules stay cached (a warm build).
 * Resolves with the build time in milliseconds; rejects with Framework's
 * output when the build fails (a loader that exits non-zero fails it).
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<number> {
  const cwd = resolve(options.cwd ?? ".");
  return withBuildLock(cwd, () => buildUnlocked(cwd, options));
}

/**
 * Two builds in one root share Framework's loader cache, which each build
 * empties and refills: the second would show the first one's data. Builds of
 * one root therefore wait for each other (a lock folder holding the builder's
 * pid; a lock whose process is gone is taken over).
 */
async function withBuildLock<T>(cwd: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(cwd, "src/dashboards/.observablehq/build.lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!lockHolderAlive(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockHolderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    // No pid yet: being written by a live builder, unless it has stayed so for a minute.
    return Date.now() - statSync(lock).mtimeMs < 60_000;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function buildUnlocked(cwd: string, options: BuildSiteOptions): Promise<number> {
  for (const dir of loaderCacheDirs) rmSync(join(cwd, dir), { recursive: true, force: true });
  if (options.outDir !== undefined) clearOutput(resolve(cwd, options.outDir));
  const require = createRequire(import.meta.url);
  const framework = dirname(require.resolve("@observablehq/framework/package.json"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    // Absolute, because Framework runs the loaders in another working directory.
    DOINGOAI_DB: resolve(cwd, options.db ?? resolveDbPathIn(cwd)),
    ...(options.outDir !== undefined ? { DOINGOAI_DIST: resolve(cwd, options.outDir) } : {}),
    ...(options.strategy !== undefined || process.env["DOINGOAI_STRATEGY"] !== undefined
      ? { DOINGOAI_STRATEGY: resolve(cwd, options.strategy ?? process.env["DOINGOAI_STRATEGY"] ?? "") }
      : {}),
  };
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [join(framework, "dist/bin/observable.js"), "build"], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      options.log?.(text);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) {
    throw new Error(`observable build failed (exit code ${code}):\n${output.join("").slice(-4000)}`);
  }
  return Date.now() - started;
}

/**
 * Framework empties its output folder only inside the working directory and
 * refuses to overwrite files elsewhere: empty an earlier build ourselves, and
 * never a folder that does not look like one.
 */
function clearOutput(dir: string): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes("_observablehq")) {
    throw new Error(
      `${dir} is not an earlier build of the dashboards (no _observablehq folder): choose an empty folder`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
