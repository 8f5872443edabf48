// The package as a developer gets it: `npm pack`, installed into an empty
// project with `npm install --omit=dev --prefer-offline`, then used from plain
// Node, from TypeScript and through npx. Slow (an install and a dashboard
// build), so one install serves every test here.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const minutes = 60_000;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `npx doingoai ARGS` in the project, with npx forbidden to fetch anything. */
const npx = (app: string, ...args: string[]) => run("npm", ["exec", "--no", "--", "doingoai", ...args], app);

describe("the packed package, installed into an empty project", () => {
  let pack: PackResult;
  let app: string;

  beforeAll(() => {
    // npm test builds build/ before vitest; packing without scripts keeps the
    // build the other test files are reading in place.
    if (!existsSync(join(root, "build/lib/index.js"))) {
      throw new Error("build/ is missing: run `npm run build:lib` first");
    }
    const dir = tempDir("doingoai-pack-");
    const packed = run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], root);
    expect(packed.code, packed.err).toBe(0);
    pack = (JSON.parse(packed.out) as PackResult[])[0]!;
    console.log(
      `npm pack: ${pack.filename} ${(pack.size / 1024).toFixed(0)} KiB packed, ` +
        `${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${pack.entryCount} files`,
    );
    app = join(dir, "app");
    run("mkdir", ["-p", app], dir);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    const installed = run(
      "npm",
      ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", join(dir, pack.filename)],
      app,
    );
    expect(installed.code, installed.err).toBe(0);
    const sample = npx(app, "sample", "--db", "office.duckdb");
    expect(sample.code, sample.err).toBe(0);
  }, 15 * minutes);

  it("ships the compiled library, its types, the CLI and the dashboards' Framework root, and no tests", () => {
    const files = new Set(pack.files.map((f) => f.path));
    for (const f of [
      "bin/doingoai.js",
      "build/lib/index.js",
      "build/lib/index.d.ts",
      "build/browser.js",
      "build/cli/main.js",
      "observablehq.config.ts",
      "src/dashboards/index.md",
      "src/data/sample/strategy-2026-2030.yaml",
      "CHANGELOG.md",
      "README.md",
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    const unwanted = [...files].filter((f) =>
      /^(test|bench|scripts|dist)\/|\.observablehq\/|\.duckdb$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it("plain Node ESM imports doingoai, opens the database and computes delegations.inbound", () => {
    writeFileSync(
      join(app, "use.mjs"),
      `import { openStore, computeIndicators } from "doingoai";
import { formatNumber } from "doingoai/data";
const store = await openStore({ path: "office.duckdb", readOnly: true });
const { rows } = await computeIndicators(store, {
  indicators: ["delegations.inbound"],
  periods: ["2019"],
  where: { country: ["LA"] },
});
store.close();
console.log(JSON.stringify({ value: rows[0].value, text: formatNumber(1234567.89) }));
`,
    );
    const r = run(process.execPath, ["use.mjs"], app);
    expect(r.code, r.err).toBe(0);
    // docs/conventions.md §1: in 2019 the province hosted 3 delegations from Luang Prabang (Laos).
    expect(JSON.parse(r.out)).toEqual({ value: 3, text: "1.234.567,89" });
  });

  it("a TypeScript file using the API type-checks with moduleResolution nodenext", () => {
    writeFileSync(
      join(app, "use.ts"),
      `import { computeIndicators, openStore, type IndicatorRow, type Store } from "doingoai";
import { formatPercent, runScenario, type Delegation } from "doingoai/data";
import { forecast } from "doingoai/data/planning";

const store: Store = await openStore({ path: "office.duckdb", readOnly: true });
const result = await computeIndicators(store, { indicators: ["aid.disbursement_rate"], periods: ["2019"] });
const first: IndicatorRow | undefined = result.rows[0];
const share: string = formatPercent(first?.value ?? null);
const direction: Delegation["direction"] = "inbound";
// @ts-expect-error periods are period ids (strings), not numbers: the types are real, not any
await computeIndicators(store, { periods: [2019] });
console.log(share, direction, runScenario, forecast);
`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["use.ts"],
      }),
    );
    const r = run(process.execPath, [tsc, "-p", "."], app);
    expect(r.code, r.out + r.err).toBe(0);
  });

  it("npx doingoai --help answers in both languages", () => {
    const vi = npx(app, "--help");
    const en = npx(app, "--help", "--lang", "en");
    expect(vi.code).toBe(0);
    expect(vi.out).toContain("Cách dùng: doingoai LỆNH");
    expect(en.out).toContain("Usage: doingoai COMMAND");
    expect(en.out).toMatch(/^\s+build\s/m);
  });

  it("npx doingoai report --year 2019 writes the Word review (reading the sample strategy the package ships)", () => {
    const r = npx(app, "report", "--year", "2019", "--db", "office.duckdb", "--out", "review-2019.docx");
    expect(r.code, r.err).toBe(0);
    const docx = readFileSync(join(app, "review-2019.docx"));
    expect(docx.subarray(0, 2).toString()).toBe("PK");
  });

  it(
    "npx doingoai build writes the dashboards, and a failed build leaves them in place with a bilingual message",
    () => {
      const built = npx(app, "build", "--db", "office.duckdb", "--out", "site");
      expect(built.code, built.err).toBe(0);
      const index = join(app, "site/index.html");
      const page = readFileSync(index, "utf8");
      expect(page).toContain("Đối ngoại tỉnh");
      expect(existsSync(join(app, "site/en/index.html"))).toBe(true);
      const before = statSync(index).mtimeMs;

      writeFileSync(join(app, "broken.duckdb"), "not a database");
      const failed = npx(app, "build", "--db", "broken.duckdb", "--out", "site");
      expect(failed.code).toBe(4); // the loader's code: the database cannot be opened
      expect(failed.err).toContain("Dựng bảng điều khiển không thành công");
      expect(failed.err).toContain("The dashboards could not be built");
      expect(failed.err).toContain("broken.duckdb");
      expect(failed.err).not.toMatch(/^\s+at /m); // no stack trace
      expect(failed.err).not.toContain("file an issue");
      expect(readFileSync(index, "utf8")).toBe(page);
      expect(statSync(index).mtimeMs).toBe(before);
      expect(readdirSync(app).filter((f) => f.includes("building"))).toEqual([]);
    },
    20 * minutes,
  );
});
