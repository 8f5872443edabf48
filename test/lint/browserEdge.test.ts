import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The repository's own eslint.config.js, run on snippets that are never written to disk.
const root = fileURLToPath(new URL("../../", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const browserFiles = ["src/data/planning/edgeProbe.ts", "src/dashboards/components/edgeProbe.ts"];
const forbidden = [
  ['import { reviewAgreements } from "../../lib/planning/reviewAgreements.ts";', "src/lib"],
  ['import type { Store } from "../lib/store/openStore.ts";', "src/lib"],
  ['import { openStore } from "doingoai";', "doingoai/data"],
  ['import { readFileSync } from "node:fs";', "Node's modules"],
  ['import { join } from "path";', "Node's modules"],
  ['import { DuckDBInstance } from "@duckdb/node-api";', "DuckDB"],
] as const;

describe("the browser edge is a lint rule", () => {
  for (const file of browserFiles) {
    it.each(forbidden)(`${file} may not: %s`, async (line, says) => {
      const messages = await restricted(file, `${line}\nexport const probe = 1;\n`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(says);
    });

    it(`${file} may import doingoai/data, its subpaths, zod and its own folder`, async () => {
      const code = [
        'import { formatNumber } from "doingoai/data/format";',
        'import { forecast } from "doingoai/data/planning";',
        'import type { PeriodClosure } from "doingoai/data";',
        'import { z } from "zod";',
        'import { budgetNeed } from "./budgetNeed.ts";',
        "export const probe = [formatNumber, forecast, z, budgetNeed] as const;",
        "export type Probe = PeriodClosure;",
        "",
      ].join("\n");
      expect(await restricted(file, code)).toEqual([]);
    });
  }

  it("code under src/lib may still import DuckDB and node: modules", async () => {
    const code =
      'import { readFileSync } from "node:fs";\nimport { DuckDBInstance } from "@duckdb/node-api";\nexport const probe = [readFileSync, DuckDBInstance];\n';
    expect(await restricted("src/lib/edgeProbe.ts", code)).toEqual([]);
  });
});
