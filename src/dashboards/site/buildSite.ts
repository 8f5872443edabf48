// Builds the dashboards into a static folder (Node only; not part of the site).
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import { defaultDbFile, defaultSampleDbFile } from "../../lib/store/openStore.ts";
import { bundlePages } from "./bundlePages.ts";
import { precomputeLoaders } from "./precomputeLoaders.ts";

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Database the data loaders read; default `DOINGOAI_DB`, else `./data/doingoai.duckdb`, else (none yet) `./data/sample.duckdb`. */
  db?: string;
  /** Strategy file the strategy pages and targets read; default `DOINGOAI_STRATEGY`, else none (the sample's for the sample's database). */
  strategy?: string;
  /** Only these years are offered by the pages (first and last, inclusive); default every year with data. */
  years?: { from: number; to: number };
  /** Output folder; default `dist`. Replaced only when the build succeeds. */
  outDir?: string;
  /** Folder the relative paths above are read from; default the current directory. */
  cwd?: string;
  /** Receives Framework's output as it comes; default nothing. */
  log?: (text: string) => void;
  /**
   * The database is still being prepared (the sample loading): Framework starts
   * at once, the data loaders once this resolves. A rejection stops the build
   * with its error.
   */
  ready?: Promise<unknown>;
  /** Told as each step ends, with the milliseconds since the build started; see {@link BuildStep}. */
  onStep?: (step: BuildStep, ms: number) => void;
}

/**
 * Steps of a build, which overlap: `pages` — Framework has read every page and
 * bundled the libraries; `data` — the data loaders' outputs are computed;
 * `render` — the pages are being written.
 */
export type BuildStep = "pages" | "data" | "render";

/**
 * The package's root, where observablehq.config.ts is: three levels up from
 * this file in src/dashboards/site (a checkout) and in build/dashboards/site
 * (the compiled package), so an installed doingoai builds from its own copy.
 */
export const packageRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Framework's cache, inside the Framework root (src/dashboards). */
const cacheDir = join(packageRoot, "src/dashboards/.observablehq/cache");

/** The database a build reads by default: DOINGOAI_DB, else the office's, else (when the office has none yet) the sample's. */
function resolveDbPathIn(cwd: string): string {
  const named = process.env["DOINGOAI_DB"];
  if (named !== undefined) return named;
  if (!existsSync(resolve(cwd, defaultDbFile)) && existsSync(resolve(cwd, defaultSampleDbFile))) {
    return defaultSampleDbFile;
  }
  return defaultDbFile;
}

/**
 * Runs `observable build` with the database named by `db`, into a new folder
 * beside `outDir` that replaces `outDir` only when the build succeeded: a
 * failed build leaves the previous output in place. Framework reuses a
 * loader's cached output whenever one exists (it only compares the loader
 * file's date), so the data of another database would never show: the
 * loaders' cache is emptied first, and every page's data is computed afresh
 * from `db`; so are doingoai's own bundles (`doingoai/data/…`, cached by version).
 * The bundles of other node_modules stay cached (a warm build).
 * Resolves with the build time in milliseconds. A build that fails rejects
 * with a {@link DoingoaiError} whose text holds the loaders' diagnostics and
 * whose exit code is the failing loader's (3 invalid data, 4 database, …), else 1.
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<number> {
  return withBuildLock(() => buildUnlocked(options));
}

/**
 * Two builds share Framework's loader cache in the package's root, which each
 * build empties and refills: the second would show the first one's data.
 * Builds therefore wait for each other (a lock folder holding the builder's
 * pid; a lock whose process is gone is taken over).
 */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(cacheDir, "..", "build.lock");
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

async function buildUnlocked(options: BuildSiteOptions): Promise<number> {
  const cwd = resolve(options.cwd ?? ".");
  const outDir = resolve(cwd, options.outDir ?? process.env["DOINGOAI_DIST"] ?? "dist");
  checkOutput(outDir);
  rmSync(join(cacheDir, "data"), { recursive: true, force: true });
  const started = Date.now();
  const parent = dirname(outDir);
  const staging = mkdtempSync(join(parent, `.${basename(outDir)}-building-`));
  rmSync(staging, { recursive: true }); // Framework creates it; an existing folder outside cwd is refused
  const require = createRequire(import.meta.url);
  const framework = dirname(require.resolve("@observablehq/framework/package.json"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    // Absolute, because Framework runs in the package's root and the loaders elsewhere.
    DOINGOAI_DB: resolve(cwd, options.db ?? resolveDbPathIn(cwd)),
    DOINGOAI_DIST: staging,
    ...(options.years !== undefined ? { DOINGOAI_YEARS: `${options.years.from}-${options.years.to}` } : {}),
    ...(options.strategy !== undefined || process.env["DOINGOAI_STRATEGY"] !== undefined
      ? { DOINGOAI_STRATEGY: resolve(cwd, options.strategy ?? process.env["DOINGOAI_STRATEGY"] ?? "") }
      : {}),
  };
  const output: string[] = [];
  // The loaders run beside Framework, which would start them only after every page and bundle.
  const loaders = precomputeLoaders({
    packageRoot,
    frameworkRoot: join(packageRoot, "src/dashboards"),
    cacheDir,
  });
  Object.assign(env, loaders.env);
  const step = (name: BuildStep) => options.onStep?.(name, Date.now() - started);
  try {
    let stop: ((error: unknown) => void) | undefined;
    const data = loaders.run(env, options.ready).then(
      () => step("data"),
      (error: unknown) => stop?.(error),
    );
    // the page components, each bundled with Plot, d3 and Inputs (what the .md shells import),
    // while the loaders compute the data
    await bundlePages(join(packageRoot, "src/dashboards"));
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, [join(framework, "dist/bin/observable.js"), "build"], {
        cwd: packageRoot,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      stop = (error) => {
        child.kill();
        fail(error);
      };
      let tail = "";
      let paged = false;
      let rendering = false;
      const collect = (chunk: Buffer) => {
        const text = chunk.toString();
        output.push(text);
        options.log?.(text);
        const seen = tail + text; // a phrase may be split between chunks
        if (!paged && /built \d+ pages/.test(seen)) {
          paged = true;
          step("pages");
        }
        if (!rendering && /render \//.test(seen)) {
          rendering = true;
          step("render");
        }
        tail = seen.slice(-40);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", fail);
      child.on("close", done);
    });
    await data;
    if (code !== 0) throw buildError(code, output.join(""));
    replaceOutput(staging, outDir);
  } finally {
    loaders.dispose();
    rmSync(staging, { recursive: true, force: true });
  }
  return Date.now() - started;
}

/**
 * Refuses, before building, to replace a folder that is not an earlier build
 * of the dashboards (no _observablehq folder): it may hold someone's files.
 */
function checkOutput(dir: string): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes("_observablehq")) {
    throw new DoingoaiError(
      {
        vi: `${dir} không phải là bản dựng trước của bảng điều khiển (không có thư mục _observablehq): hãy chọn một thư mục trống.`,
        en: `${dir} is not an earlier build of the dashboards (no _observablehq folder): choose an empty folder.`,
      },
      { exitCode: exitCodes.io },
    );
  }
}

/** Puts the new build in place of the old one: two renames in one folder, the old build removed last. */
function replaceOutput(staging: string, outDir: string): void {
  const old = existsSync(outDir) ? `${staging}-old` : undefined;
  if (old) renameSync(outDir, old);
  renameSync(staging, outDir);
  if (old) rmSync(old, { recursive: true, force: true });
}

/**
 * A failed build as a person reads it: the failing loader's own message (a
 * loader prints `name: vi / en`, the text of a DoingoaiError), not Framework's
 * stack traces and bug-report tip; the exit code is the loader's (3 invalid
 * data, 4 database, 5 file), else 1.
 */
function buildError(code: number | null, output: string): DoingoaiError {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const said = [...plain.matchAll(/(?:^|\s)([\w./-]+\.(?:tar|json|css|csv|txt)): (.+)$/gm)]
    .filter((m) => !m[2]!.startsWith("/") && !/^\d+ (?:kB|B)/.test(m[2]!))
    .map((m) => ({ file: m[1]!, text: m[2]!.trim() }));
  const loaderCode = Number(/loader exited with code (\d+)/.exec(plain)?.[1] ?? NaN);
  const exitCode =
    loaderCode === exitCodes.invalidData || loaderCode === exitCodes.database || loaderCode === exitCodes.io
      ? loaderCode
      : exitCodes.internal;
  const tail = plain
    .split("\n")
    .filter((l) => l.trim() !== "" && !/Tip:|file an issue|github\.com|Unexpected error/.test(l))
    .slice(-10)
    .join("\n");
  const part = (lang: 0 | 1) =>
    said.length > 0
      ? said.map(({ file, text }) => `${file}: ${text.split(" / ")[lang] ?? text}`).join("\n")
      : `(observable build, exit code ${code}):\n${tail}`;
  return new DoingoaiError(
    {
      vi: `Dựng bảng điều khiển không thành công; thư mục kết quả cũ (nếu có) được giữ nguyên.\n${part(0)}`,
      en: `The dashboards could not be built; the previous output (if any) is left in place.\n${part(1)}`,
    },
    { exitCode },
  );
}
