import { join } from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import {
  createVariantDatabase,
  databaseVariants,
  type DatabaseVariant,
} from "../helpers/databaseVariants.ts";
import { tempDir } from "../helpers/fixtures.ts";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        add(String(chunk));
        done();
      },
    });
  const code = await main(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) });
  return { code, out, err };
}

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
        const r = await run([
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
        expect(r.err, `${variant} ${year}`).toBe("");
        expect(r.code, `${variant} ${year}`).toBe(0);
        expect(r.out).toContain(`Tổng kết công tác đối ngoại năm ${year}`);
        expect(r.out).not.toMatch(/Thái Nguyên|THÁI NGUYÊN/);
      }
    });
  }

  it("a year with no record (2023 of the gap years) exits 3 with the message in both languages, naming the years that have data, no stack frame", async () => {
    const r = await run([
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
    expect(r.out).toBe("");
    expect(r.err).toContain("Không có dữ liệu nào của năm 2023");
    expect(r.err).toContain("There is no data at all for 2023");
    expect(r.err).toContain("(năm có dữ liệu: 2022, 2024)");
    expect(r.err).toContain("(years with data: 2022, 2024)");
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it("an empty database exits 3 for any year and says it holds no record yet", async () => {
    const r = await run([
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
    expect(r.err).toContain("(the database holds no record yet)");
    expect(r.err).toContain("(cơ sở dữ liệu chưa có bản ghi nào)");
  });

  it("a year before or after the records of 2005–2012 exits 3", async () => {
    for (const year of ["2004", "2013"]) {
      const r = await run([
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
