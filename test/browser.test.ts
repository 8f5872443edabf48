import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/fixtures.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const register = fileURLToPath(new URL("./helpers/loadLog/register.mjs", import.meta.url));
const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, string | Record<string, string>>;
};

/** Every module the compiled entry `subpath` loads, by resolved URL. */
function graph(subpath: string): string[] {
  const target = own.exports[subpath];
  if (typeof target !== "object") throw new Error(`no export ${subpath}`);
  const file = join(root, target["import"]!);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:lib\` first`);
  const log = join(tempDir(), `graph-${subpath.replace(/\W/g, "_")}.txt`);
  const run = spawnSync(
    process.execPath,
    ["--import", register, "--input-type=module", "-e", `await import(${JSON.stringify(file)})`],
    { env: { ...process.env, DOINGOAI_LOAD_LOG: log }, encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((u) => u !== "" && !u.endsWith("/register.mjs"));
}

const packagesOf = (urls: string[]) =>
  [...new Set(urls.flatMap((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1] ?? []))].sort();

describe("the browser-safe entries load nothing a browser lacks", () => {
  it("doingoai/data loads no node: module and no package but zod and yaml", () => {
    const urls = graph("./data");
    expect(urls.filter((u) => u.startsWith("node:"))).toEqual([]);
    expect(packagesOf(urls)).toEqual(["yaml", "zod"]);
    expect(urls.some((u) => u.includes("/build/data/planning/forecast/"))).toBe(true);
    expect(urls.filter((u) => u.includes("/build/lib/"))).toEqual([]);
  });

  it.each(["/data/format", "/data/planning"])(
    "doingoai%s loads no node: module and no package",
    (subpath) => {
      const urls = graph(`.${subpath}`);
      expect(urls.filter((u) => u.startsWith("node:"))).toEqual([]);
      expect(packagesOf(urls)).toEqual([]);
    },
  );

  it("the Node entry, by contrast, is seen loading node: modules (the check can fail)", () => {
    const urls = graph(".");
    expect(urls.some((u) => u.startsWith("node:"))).toBe(true);
  });
});
