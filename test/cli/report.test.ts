import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { unzipDocx } from "../lib/report/golden.ts";
import { runCli } from "../helpers/runCli.ts";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir("doingoai-report-cli-");
  db = join(dir, "sample.duckdb");
  const store = await openStore({ path: db });
  await loadSample(store);
  store.close();
}, 120_000);

describe("doingoai report", () => {
  it("--help describes the command and its options in Vietnamese, and in English with --lang en", async () => {
    const vi = await runCli(["report", "--help"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("doingoai report --year YYYY");
    expect(vi.stdout).toContain("--format docx|md|html");
    expect(vi.stdout).toContain("Năm không có dữ liệu nào: mã thoát 3");
    const en = await runCli(["report", "--help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("A year with no data at all: exit code 3");
  });

  it("a report written into a folder that does not exist fails with exit code 5 naming the file and why, in both languages", async () => {
    const out = join(dir, "no-such-folder", "review.md");
    const r = await runCli(["report", "--db", db, "--year", "2024", "--format", "md", "--out", out]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`Không ghi được tệp ${out}: thư mục chứa tệp không tồn tại (ENOENT).`);
    expect(r.stderr).toContain(`Cannot write the file ${out}: its folder does not exist (ENOENT).`);
    expect(existsSync(out)).toBe(false);
  });

  it("report --year 1990 fails with exit code 3 and says why, in Vietnamese and in English", async () => {
    const vi = await runCli(["report", "--db", db, "--year", "1990", "--out", join(dir, "x.docx")]);
    expect(vi.code).toBe(3);
    expect(vi.stderr).toContain("Không có dữ liệu nào của năm 1990");
    const en = await runCli([
      "report",
      "--db",
      db,
      "--year",
      "1990",
      "--lang",
      "en",
      "--out",
      join(dir, "x.docx"),
    ]);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain("There is no data at all for 1990");
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });

  it("a strategy file naming an unknown indicator stops the report with exit code 3 and the target named", async () => {
    const file = join(dir, "typo.yaml");
    writeFileSync(
      file,
      [
        'plan_period: "2019-2023"',
        "title: { vi: Thử, en: Test }",
        "goals:",
        "  - id: G1",
        "    title: { vi: Mục tiêu, en: Goal }",
        "    objectives:",
        "      - id: O1",
        "        title: { vi: Mục tiêu cụ thể, en: Objective }",
        "        targets:",
        "          - { id: T9, indicator: delegations.inbund, direction: up, baseline: { period: '2018', value: 1 }, end: 2 }",
        "",
      ].join("\n"),
    );
    const { code, stderr: err } = await runCli([
      "report",
      "--db",
      db,
      "--year",
      "2019",
      "--strategy",
      file,
      "--lang",
      "en",
      "--out",
      join(dir, "y.md"),
      "--format",
      "md",
    ]);
    expect(code).toBe(3);
    expect(err).toContain("target T9 names an unknown indicator: delegations.inbund");
    expect(existsSync(join(dir, "y.md"))).toBe(false);
  });

  it("without --year, or with a bad --format, exits 2", async () => {
    expect((await runCli(["report", "--db", db])).code).toBe(2);
    expect((await runCli(["report", "--db", db, "--year", "2019", "--format", "pdf"])).code).toBe(2);
  });

  it("writes the Markdown report of the golden file with --format md --out FILE", async () => {
    const out = join(dir, "review-2019.md");
    const { code } = await runCli([
      "report",
      "--db",
      db,
      "--year",
      "2019",
      "--lang",
      "en",
      "--format",
      "md",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    const golden = new URL("../lib/report/golden/report-2019-en.md", import.meta.url).pathname;
    expect(readFileSync(out, "utf8")).toBe(readFileSync(golden, "utf8"));
  });

  it("writes a .docx by default, with the province and agency given on the command line", async () => {
    const out = join(dir, "bao-cao.docx");
    const { code } = await runCli([
      "report",
      "--db",
      db,
      "--year",
      "2019",
      "--out",
      out,
      "--province",
      "Tỉnh Bắc Ninh",
      "--agency",
      "Văn phòng UBND tỉnh",
      "--number",
      "12/BC-VP",
      "--signer",
      "Chánh Văn phòng",
    ]);
    expect(code).toBe(0);
    const xml = (await unzipDocx(readFileSync(out))).get("word/document.xml")!;
    expect(xml).toContain(">ỦY BAN NHÂN DÂN<");
    expect(xml).toContain(">TỈNH BẮC NINH<");
    expect(xml).toContain("VĂN PHÒNG UBND TỈNH");
    expect(xml).toContain("Bắc Ninh, ngày 25 tháng 02 năm 2020");
    expect(xml).toContain("Số: 12/BC-VP");
    expect(xml).toContain("CHÁNH VĂN PHÒNG");
  });

  it("--format html --out - prints a self-contained page", async () => {
    const { code, stdout: out } = await runCli([
      "report",
      "--db",
      db,
      "--year",
      "2019",
      "--format",
      "html",
      "--out",
      "-",
      "--date",
      "2020-03-05",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain("Thái Nguyên, ngày 05 tháng 3 năm 2020");
  });
});

describe("doingoai report --period 2024H1 (the six-month review)", () => {
  it("writes the sơ kết of the first half of 2024 on the sample: half-year columns, plan pro-rated 50% and marked, stocks at 30/06", async () => {
    const dir = tempDir("doingoai-h1-");
    const db = join(dir, "s.duckdb");
    expect((await runCli(["sample", "--db", db])).code).toBe(0);
    const md = await runCli(["report", "--period", "2024H1", "--format", "md", "--out", "-", "--db", db]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("**Sơ kết công tác đối ngoại 6 tháng đầu năm 2024**");
    expect(md.stdout).toContain("ngày 15 tháng 7 năm 2024");
    expect(md.stdout).toContain(
      "| Đoàn ra, đoàn vào | 6 tháng đầu 2024 | 6 tháng cuối 2023 | Tăng/giảm | Kế hoạch (50% năm) |",
    );
    expect(md.stdout).toContain("10 thỏa thuận còn hiệu lực tại 30/06/2024");
    expect(md.stdout).not.toContain("Tổng kết");
    // every section of part I speaks of the half-year, and the assessment compares it with the half before
    expect(md.stdout).toContain("## I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2024");
    expect(md.stdout).toContain("6 tháng đầu năm 2024, tỉnh tổ chức");
    expect(md.stdout).toContain("đã giải ngân lũy kế từ khi bắt đầu đến 30/06/2024");
    expect(md.stdout).toContain("So với kế hoạch năm 2024 (tính 50% cho 6 tháng):");
    expect(md.stdout).toContain("So với 6 tháng cuối năm 2023,");
    expect(md.stdout).toContain("Kinh phí đón tiếp khách nước ngoài cả năm 2024:");
    // the yearly records are the whole year's, headed and compared as such, never under the halves' columns
    expect(md.stdout).toContain("| Kế hoạch và kinh phí | Năm 2024 | Năm 2023 | Tăng/giảm |");
    expect(md.stdout).toContain("Cả năm 2024 so với năm 2023: số ngày chậm phê duyệt kế hoạch đối ngoại năm");
    expect(md.stdout).not.toMatch(/So với 6 tháng cuối năm 2023,[^.]*kinh phí/);
    expect(md.stdout).not.toMatch(/Năm 2024, tỉnh/);
    const en = await runCli([
      "report",
      "--period",
      "2024H1",
      "--lang",
      "en",
      "--format",
      "md",
      "--out",
      "-",
      "--db",
      db,
    ]);
    expect(en.stdout).toContain("Six-month review of external affairs, the first half of 2024");
    expect(en.stdout).toContain("| Plan and budget | 2024 | 2023 | Change |");
    expect(en.stdout).toContain("The whole of 2024 against 2023: annual plan approval delay (days)");
    expect(en.stdout).toContain("In the first half of 2024 the province received");
    expect(en.stdout).toContain("Compared with the second half of 2023,");
    const docx = await runCli(["report", "--period", "2024H1", "--out", join(dir, "h1.docx"), "--db", db]);
    expect(docx.code).toBe(0);
    expect((await runCli(["report", "--period", "2024H3", "--db", db])).code).toBe(2);
    expect((await runCli(["report", "--year", "2023", "--period", "2024H1", "--db", db])).code).toBe(2);
  }, 120_000);
});
