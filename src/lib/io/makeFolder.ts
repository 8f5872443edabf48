import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Creates the folder `dir` and any missing parents, as `mkdir -p` does, and
 * throws the file-system error (with its `code` and `path`) when it cannot.
 *
 * Not `mkdirSync(dir, { recursive: true })`: on Node 20 that never returns for
 * a path under a folder that refuses new entries with ENOENT, such as
 * `/proc/x` (it retries the parent, which exists, then the child, for ever, at
 * full CPU). Here each level is tried once.
 */
export function makeFolder(dir: string): void {
  const path = resolve(dir);
  try {
    mkdirSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      if (statSync(path).isDirectory()) return;
      throw error;
    }
    const parent = dirname(path);
    if (code !== "ENOENT" || parent === path) throw error;
    // the parent is missing (or says so): make it, then try this level once more
    if (!statSync(parent, { throwIfNoEntry: false })?.isDirectory()) makeFolder(parent);
    mkdirSync(path);
  }
}
