import { spawnSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFolder } from "../../../src/lib/io/makeFolder.ts";
import { removeStaleTemps } from "../../../src/lib/io/removeStaleTemps.ts";
import { tempDir } from "../../helpers/fixtures.ts";

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(r.stdout);
}

describe("removeStaleTemps", () => {
  it("removes the .tmp of an ended process for the names given, and keeps a running process's and other names'", () => {
    const dir = tempDir("doingoai-stale-");
    const dead = deadPid();
    const files = [
      `.doingoai.xlsx.${dead}.tmp`,
      `.doingoai.xlsx.${process.pid}.tmp`,
      `.notes.txt.${dead}.tmp`,
      "doingoai.xlsx",
    ];
    for (const f of files) writeFileSync(join(dir, f), "x");
    expect(removeStaleTemps(dir, ["doingoai.xlsx"])).toEqual([join(dir, `.doingoai.xlsx.${dead}.tmp`)]);
    expect(readdirSync(dir).sort()).toEqual(files.slice(1).sort());
  });

  it("removes nothing from a folder that does not exist", () => {
    expect(removeStaleTemps(join(tempDir(), "none"), ["a.csv"])).toEqual([]);
  });
});

describe("makeFolder", () => {
  it("makes every missing level, and accepts a folder that exists", () => {
    const dir = join(tempDir(), "a", "b", "c");
    makeFolder(dir);
    makeFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it("throws EEXIST naming the path when a file stands where a folder is needed, and ENOENT at once under /proc", () => {
    const file = join(tempDir(), "plain.txt");
    writeFileSync(file, "x");
    expect(() => makeFolder(join(file, "sub"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
    expect(() => makeFolder(file)).toThrow(expect.objectContaining({ code: "EEXIST", path: file }));
    expect(() => makeFolder("/proc/doingoai-x/y")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});
