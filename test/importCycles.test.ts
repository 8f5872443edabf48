import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../src");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : tsFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/**
 * The files a module loads when it is loaded: static `import`/`export … from` of a relative
 * path, except `import type` and `export type` (erased) unless `types`. Dynamic `import()` loads
 * later and cannot make a load-time cycle.
 */
function runtimeImports(file: string, types = false): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  const statement = /^(?:import|export)\s+(type\s+)?(?:[^;"]*?\sfrom\s+)?"(\.{1,2}\/[^"]+)"/gm;
  for (const m of text.matchAll(statement)) {
    if (types || m[1] === undefined) out.push(resolve(dirname(file), m[2]!));
  }
  return out;
}

/** Every cycle of runtime imports (with `types`, of all imports), each as the files' paths relative to src/. */
function cycles(files: string[], types = false): string[][] {
  const graph = new Map(files.map((f) => [f, runtimeImports(f, types)]));
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, "open");
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === "open") found.push(stack.slice(stack.indexOf(g)).map((p) => relative(root, p)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe("module structure", () => {
  it("finds the runtime imports of a multi-line import and skips import type", () => {
    const file = join(root, "lib/io/exportParquet.ts");
    const imports = runtimeImports(file).map((p) => relative(root, p));
    expect(imports).toContain("lib/io/orderedSelect.ts");
    expect(imports).not.toContain("lib/io/ExportSummary.ts");
    expect(imports).not.toContain("lib/store/openStore.ts");
  });

  it("src/ has no runtime import cycle", () => {
    expect(cycles(tsFiles(root))).toEqual([]);
  });

  it("src/ has no import cycle through types either: a type lives with what it describes, not with its highest-level user", () => {
    expect(cycles(tsFiles(root), true)).toEqual([]);
  });
});
