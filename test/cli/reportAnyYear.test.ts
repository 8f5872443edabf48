import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createVariantDatabase,
  databaseVariants,
  type DatabaseVariant,
} from "../helpers/databaseVariants.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

const dir = tempDir("doingoai-report-any-");
const variants = Object.keys(databaseVariants) as DatabaseVariant[];

beforeAll(async () => {
  for (const v of variants) await createVariantDatabase(join(dir, `${v}.duckdb`), v);
}, 120_000);

describe("doingoai report on any database", () => {
  for (const variant of variants) {
    const years: readonly number[] = databaseVariants[variant].years;
    it(`"${variant}": writes the review of every year holding a record (${years.join(", ") || "none"})`, async () => {
      for (const year of years) {
        const r = await runCli([
          "report",
          "--year",
          String(year),
          "--format",
          "md",
          "--out",
          "-",
          "--db",
          join(dir, `${variant}.duckdb`),
        ]);
        expect(r.stderr, `${variant} ${year}`).toBe("");
        expect(r.code, `${variant} ${year}`).toBe(0);
        expect(r.stdout).toContain(`Tổng kết công tác đối ngoại năm ${year}`);
        expect(r.stdout).not.toMatch(/Thái Nguyên|THÁI NGUYÊN/);
      }
    });
  }

  it("a year with no record (2023 of the gap years) exits 3 with the message in both languages, naming the years that have data, no stack frame", async () => {
    const r = await runCli([
      "report",
      "--year",
      "2023",
      "--format",
      "md",
      "--out",
      "-",
      "--db",
      join(dir, "gapYears.duckdb"),
    ]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Không có dữ liệu nào của năm 2023");
    expect(r.stderr).toContain("There is no data at all for 2023");
    expect(r.stderr).toContain("(năm có dữ liệu: 2022, 2024)");
    expect(r.stderr).toContain("(years with data: 2022, 2024)");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("an empty database exits 3 for any year and says it holds no record yet", async () => {
    const r = await runCli([
      "report",
      "--year",
      "2024",
      "--lang",
      "en",
      "--format",
      "md",
      "--out",
      "-",
      "--db",
      join(dir, "empty.duckdb"),
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("(the database holds no record yet)");
    expect(r.stderr).toContain("(cơ sở dữ liệu chưa có bản ghi nào)");
  });

  it("a year before or after the records of 2005–2012 exits 3", async () => {
    for (const year of ["2004", "2013"]) {
      const r = await runCli([
        "report",
        "--year",
        year,
        "--format",
        "md",
        "--out",
        "-",
        "--db",
        join(dir, "early.duckdb"),
      ]);
      expect(r.code, year).toBe(3);
    }
  });
});
