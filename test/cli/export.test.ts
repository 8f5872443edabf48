import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../helpers/runCli.ts";
import { entities } from "../../src/data/entities.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir } from "../helpers/fixtures.ts";

async function databaseWithOnePartner(): Promise<string> {
  const db = join(tempDir("doingoai-cli-export-"), "db.duckdb");
  const store = await openStore({ path: db });
  await store.run(
    "INSERT INTO partners VALUES ('LA-LPB', 'Luang Prabang', NULL, 'locality', 'LA', NULL, NULL)",
  );
  store.close();
  return db;
}

describe("doingoai export", () => {
  it("writes every table as CSV by default and counts the rows of each", async () => {
    const db = await databaseWithOnePartner();
    const dir = tempDir("doingoai-cli-export-");
    const r = await run(["export", dir, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("partners: 1 dòng\n");
    expect(r.stdout).toContain("ngos: 0 dòng\n");
    expect(readdirSync(dir).sort()).toEqual(entities.map((e) => `${e.name}.csv`).sort());
    expect(readFileSync(join(dir, "partners.csv"), "utf8")).toBe(
      "\uFEFFpartner_id,name,name_vi,kind,country,locality,notes\nLA-LPB,Luang Prabang,,locality,LA,,\n",
    );
  });

  it("writes JSON or one XLSX workbook with --format", async () => {
    const db = await databaseWithOnePartner();
    const json = tempDir("doingoai-cli-export-");
    expect((await run(["export", json, "--db", db, "--format", "json"])).code).toBe(0);
    expect(readdirSync(json)).toEqual(["partners.json"]);
    const xlsx = tempDir("doingoai-cli-export-");
    const r = await run(["export", xlsx, "--db", db, "--format", "xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("partners: 1 rows\n");
    expect(readdirSync(xlsx)).toEqual(["doingoai.xlsx"]);
  });

  it("refuses an unknown format with exit code 2", async () => {
    const r = await run(["export", tempDir("doingoai-cli-export-"), "--format", "pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format");
  });

  it("reports a database that does not exist with exit code 4 and creates none", async () => {
    const db = join(tempDir("doingoai-cli-export-"), "none.duckdb");
    const r = await run(["export", tempDir("doingoai-cli-export-"), "--db", db]);
    expect(r.code).toBe(4);
    expect(existsSync(db)).toBe(false);
  });
});
