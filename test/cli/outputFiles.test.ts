import { once } from "node:events";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { getOfficeProfile, setOfficeProfile } from "../../src/lib/office/officeProfileStore.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";
import { runCliLimited, startCli } from "../helpers/runCliLimited.ts";

const strategyFile = new URL("../../src/data/sample/strategy-2026-2030.yaml", import.meta.url).pathname;
/** A file-size limit (KiB) far below a review or a plan, so their writes fail with EFBIG. */
const smallLimit = 16;

let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir("doingoai-output-files-");
  db = join(dir, "sample.duckdb");
  const store = await openStore({ path: db });
  await loadSample(store);
  store.close();
}, 120_000);

/** The files of `folder` whose names end in `.tmp` (what a half-done write would leave). */
const tempFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

function expectTooLarge(stderr: string, path: string): void {
  expect(stderr).toContain(`Không ghi được tệp ${path}: vượt giới hạn kích thước tệp (EFBIG).`);
  expect(stderr).toContain(
    `Cannot write the file ${path}: file too large (over the file-size limit) (EFBIG).`,
  );
}

describe("files written whole or not at all", () => {
  it("report --format docx past the file-size limit exits 5 naming the file and EFBIG in both languages, and leaves no file and no .tmp", () => {
    const folder = tempDir("doingoai-efbig-report-");
    const out = join(folder, "review.docx");
    const r = runCliLimited(
      ["report", "--year", "2019", "--format", "docx", "--out", out, "--db", db],
      smallLimit,
    );
    expect(r.code, r.stderr).toBe(5);
    expectTooLarge(r.stderr, out);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it("a report that cannot be written keeps the file already under that name as it was", () => {
    const folder = tempDir("doingoai-efbig-keep-");
    const out = join(folder, "review.docx");
    writeFileSync(out, "the review of last week\n");
    const r = runCliLimited(
      ["report", "--year", "2019", "--format", "docx", "--out", out, "--db", db],
      smallLimit,
    );
    expect(r.code, r.stderr).toBe(5);
    expect(readFileSync(out, "utf8")).toBe("the review of last week\n");
    expect(tempFiles(folder)).toEqual([]);
  }, 60_000);

  it("strategy document --format docx past the file-size limit exits 5 naming the file, and leaves no file and no .tmp", () => {
    const folder = tempDir("doingoai-efbig-plan-");
    const out = join(folder, "plan.docx");
    const r = runCliLimited(
      ["strategy", "document", strategyFile, "--format", "docx", "--out", out, "--db", db],
      smallLimit,
    );
    expect(r.code, r.stderr).toBe(5);
    expectTooLarge(r.stderr, out);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it("export --format parquet past the file-size limit exits 5 naming the table's file and EFBIG, not an SQL text, and leaves no .parquet and no .tmp", () => {
    const folder = tempDir("doingoai-efbig-parquet-");
    const r = runCliLimited(["export", folder, "--format", "parquet", "--db", db], smallLimit);
    expect(r.code, r.stderr).toBe(5);
    const file = join(folder, "delegations.parquet");
    expect(r.stderr).toContain(`Không ghi được ${file}: vượt giới hạn kích thước tệp (EFBIG).`);
    expect(r.stderr).toContain(`Cannot write ${file}: file too large (over the file-size limit) (EFBIG).`);
    expect(r.stderr).not.toContain("SQL");
    expect(r.stderr).not.toContain("Lỗi nội bộ");
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it("template past the file-size limit exits 5 naming the workbook, and leaves no workbook and no .tmp", () => {
    const folder = tempDir("doingoai-efbig-template-");
    const r = runCliLimited(["template", folder], smallLimit);
    expect(r.code, r.stderr).toBe(5);
    const out = join(folder, "doingoai-template.xlsx");
    expect(r.stderr).toContain(`${out}: vượt giới hạn kích thước tệp (EFBIG)`);
    expect(r.stderr).toContain(`${out}: file too large (over the file-size limit) (EFBIG)`);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it("an xlsx export interrupted by SIGTERM midway removes its .tmp and still ends by that signal", async () => {
    const folder = tempDir("doingoai-term-xlsx-");
    const child = startCli(["export", folder, "--format", "xlsx", "--db", db]);
    const exited = once(child, "exit");
    const temp = join(folder, `.doingoai.xlsx.${child.pid}.tmp`);
    const deadline = Date.now() + 60_000;
    while (!existsSync(temp) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(existsSync(temp)).toBe(true);
    child.kill("SIGTERM");
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: null, signal: "SIGTERM" });
    expect(readdirSync(folder)).toEqual([]);
  }, 90_000);

  it("the .tmp an xlsx export killed midway leaves is removed by the next export into that folder", async () => {
    const folder = tempDir("doingoai-killed-xlsx-");
    const child = startCli(["export", folder, "--format", "xlsx", "--db", db]);
    const exited = once(child, "exit");
    const temp = `.doingoai.xlsx.${child.pid}.tmp`;
    // kill it as soon as the workbook is being written (SIGKILL: no chance to clean up)
    const deadline = Date.now() + 60_000;
    while (!existsSync(join(folder, temp)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill("SIGKILL");
    await exited;
    expect(readdirSync(folder)).toEqual([temp]);
    const again = await runCli(["export", folder, "--format", "xlsx", "--db", db]);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(folder)).toEqual(["doingoai.xlsx"]);
  }, 90_000);
});

describe("exits that keep the contract", () => {
  it.each([
    ["export", ["export", "/proc/x", "--db", "$DB"]],
    ["template", ["template", "/proc/x"]],
    ["import --db", ["import", validFolder, "--db", "/proc/x/office.duckdb"]],
  ])(
    "%s /proc/x exits 5 within seconds instead of spinning, naming the folder",
    (_name, args) => {
      const started = Date.now();
      const r = runCliLimited(
        args.map((a) => (a === "$DB" ? db : a)),
        1_000_000,
      );
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toContain("/proc/x");
      expect(r.stderr).toMatch(/không tồn tại[\s\S]*does not exist/);
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    60_000,
  );

  it("import of an empty folder exits 3 saying there is no table to import, in both languages", async () => {
    const empty = tempDir("doingoai-empty-import-");
    writeFileSync(join(empty, "notes.txt"), "not data\n");
    const r = await runCli(["import", empty, "--db", join(dir, "empty-import.duckdb")]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(`${empty}: không có bảng dữ liệu nào để nhập`);
    expect(r.stderr).toContain(`${empty}: no data table to import`);
  });

  it("import of office.csv alone stores the profile (it has no table, and used to fail writing the import log)", async () => {
    const folder = tempDir("doingoai-office-only-");
    writeFileSync(
      join(folder, "office.csv"),
      "office_id,province,agency,agency_code\nLC,Lào Cai,Sở Ngoại vụ,SNV\n",
    );
    const target = join(dir, "office-only.duckdb");
    const r = await runCli(["import", folder, "--db", target]);
    expect(r.code, r.stderr).toBe(0);
    const store = await openStore({ path: target, readOnly: true });
    try {
      expect((await getOfficeProfile(store))?.province).toBe("Lào Cai");
    } finally {
      store.close();
    }
  });

  it("report --notes with events[0].on: 2019-02-30 exits 3 naming the field in both languages", async () => {
    const notes = join(dir, "notes-bad-day.yaml");
    writeFileSync(notes, "events:\n  - on: 2019-02-30\n    section: consular\n    text: Đón đoàn\n");
    const out = join(dir, "notes-review.md");
    const r = await runCli([
      "report",
      "--year",
      "2019",
      "--format",
      "md",
      "--notes",
      notes,
      "--out",
      out,
      "--db",
      db,
    ]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain("trường events[0].on: cần một ngày có thật dạng yyyy-mm-dd");
    expect(r.stderr).toContain("field events[0].on: expected a date yyyy-mm-dd that the calendar has");
    expect(existsSync(out)).toBe(false);
  });

  it("the template's office.csv guards =HYPERLINK(…), +1+1 and @SUM(1,1) with a ', and importing it gives the texts back", async () => {
    const source = join(dir, "formula-office.duckdb");
    const store = await openStore({ path: source });
    const office = {
      office_id: "LC",
      province: '=HYPERLINK("http://x","y")',
      agency: "+1+1",
      agency_code: "@SUM(1,1)",
      recipients: ["-2+3", "Lưu: VT"],
    };
    try {
      await setOfficeProfile(store, office);
    } finally {
      store.close();
    }
    const folder = join(dir, "formula-template");
    const r = await runCli(["template", folder, "--format", "csv", "--db", source]);
    expect(r.code, r.stderr).toBe(0);
    const row = readFileSync(join(folder, "office.csv"), "utf8").split("\n")[1]!;
    expect(row).toBe(`LC,"'=HYPERLINK(""http://x"",""y"")",,'+1+1,,"'@SUM(1,1)",,,,,'-2+3; Lưu: VT`);
    // only office.csv: the empty tables would be nothing to import beside it anyway
    const back = tempDir("doingoai-formula-back-");
    writeFileSync(join(back, "office.csv"), readFileSync(join(folder, "office.csv")));
    const target = join(dir, "formula-back.duckdb");
    const imported = await runCli(["import", back, "--db", target]);
    expect(imported.code, imported.stderr).toBe(0);
    const check = await openStore({ path: target, readOnly: true });
    try {
      expect(await getOfficeProfile(check)).toMatchObject(office);
    } finally {
      check.close();
    }
  });
});
