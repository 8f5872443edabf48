import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/** `.<name>.<pid>.tmp`: the hidden name a whole-or-nothing write uses beside its final file. */
const tempPattern = /^\.(.+)\.(\d+)\.tmp$/;

/** Whether a process of that id is running (a signal 0 reaches it, or it exists but is not ours). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files (`.<name>.<pid>.tmp`) that an earlier write of
 * one of `names` into `dir` left behind when its process was killed before it
 * could clean up (a write that fails removes its own). Files of a process
 * still running are kept: it may be writing them now. Returns the paths
 * removed; a folder that cannot be read removes nothing (the write that
 * follows says why).
 */
export function removeStaleTemps(dir: string, names: readonly string[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const m = tempPattern.exec(entry);
    if (m === null || !names.includes(m[1]!) || isRunning(Number(m[2]))) continue;
    const path = join(dir, entry);
    try {
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // one that cannot be removed is left for the person; the write goes on under its own name
    }
  }
  return removed;
}
