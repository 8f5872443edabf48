import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Whether tests can make permission bits apply: true for a user other than root
 * (the bits apply to it), and for root when user "nobody" (uid 65534) can read this
 * checkout, so that a test runs the CLI as nobody. A clone inside a folder only root
 * may enter (mktemp -d makes such folders) cannot be run as nobody: the tests that
 * need it are then skipped, and say so.
 */
export function permissionBitsTestable(): boolean {
  if (process.getuid?.() !== 0) return true;
  const probe = `require("node:fs").accessSync(${JSON.stringify(join(repoRoot, "node_modules", "tsx", "package.json"))})`;
  const r = spawnSync(
    "setpriv",
    ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "-e", probe],
    { encoding: "utf8" },
  );
  const ok = r.status === 0;
  if (!ok) {
    console.warn(
      `TESTS OF UNWRITABLE TARGETS RUN AS USER nobody ARE SKIPPED: nobody cannot read ${repoRoot} ` +
        "(a folder on its path is closed to other users). Clone into a folder others may read to run them.",
    );
  }
  return ok;
}
