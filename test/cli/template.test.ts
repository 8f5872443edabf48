import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../helpers/runCli.ts";
import { entities } from "../../src/data/entities.ts";
import { tempDir } from "../helpers/fixtures.ts";

describe("doingoai template", () => {
  it("writes the XLSX template by default and names the file", async () => {
    const dir = join(tempDir("doingoai-cli-template-"), "mau");
    const r = await run(["template", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Đã ghi mẫu nhập liệu:\n  ${join(dir, "doingoai-template.xlsx")}\n`);
    expect(readdirSync(dir)).toEqual(["doingoai-template.xlsx"]);
  });

  it("writes office.csv, one CSV per entity and a README with --format csv", async () => {
    const dir = tempDir("doingoai-cli-template-");
    const r = await run(["template", dir, "--format", "csv", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("Template written:\n")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(
      ["office.csv", ...entities.map((e) => `${e.name}.csv`), "README.txt"].sort(),
    );
  });

  it("refuses an unknown format or a missing folder with exit code 2, writing nothing", async () => {
    const dir = join(tempDir("doingoai-cli-template-"), "x");
    const bad = await run(["template", dir, "--format", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format");
    expect(existsSync(dir)).toBe(false);
    expect((await run(["template"])).code).toBe(2);
  });

  it("explains itself with --help in both languages", async () => {
    const vi = await run(["template", "--help"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("doingoai template DIR [--format xlsx|csv]");
    expect(vi.stdout).toContain("huong_dan");
    const en = await run(["template", "--help", "--lang", "en"]);
    expect(en.stdout).toContain("Writes an empty data-entry template");
  });
});
