import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli as run } from "../../helpers/runCli.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { unprotectFormulaSql } from "../../../src/lib/import/unprotectFormulaSql.ts";
import { protectFormula } from "../../../src/lib/io/csv.ts";
import { exportData, exportWorkbookName } from "../../../src/lib/io/exportData.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { publishedFigures } from "../../../src/data/publishedFigures.ts";
import { partners } from "../../../src/data/partners.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { permissionBitsTestable } from "../../helpers/asNobody.ts";

const formulaNames = [
  '=HYPERLINK("http://x","y")',
  "+84 912 345",
  "-2 đoàn",
  "@SUM(A1)",
  "\tTab",
  "\rCR",
  "'=quoted",
];

let db: string;
let store: Store;
beforeAll(async () => {
  db = join(tempDir("doingoai-export-safety-"), "db.duckdb");
  store = await openStore({ path: db });
  for (const [i, name] of formulaNames.entries()) {
    await store.run("INSERT INTO partners VALUES ($1, $2, NULL, 'other', 'VN', NULL, $3)", [
      `P${i}`,
      name,
      name,
    ]);
  }
  await store.run(
    "INSERT INTO published_figures VALUES ('fdi.net_change', '2024', NULL, -5, 'projects', '=cmd|calc')",
  );
  await store.run("CHECKPOINT"); // the file alone holds everything: a test copies it
});
afterAll(() => store.close());

describe("formula-leading text (OWASP CSV injection)", () => {
  test("protectFormula puts a ' before = + - @ tab CR (and before 's that precede one), and nothing else", () => {
    expect(formulaNames.map(protectFormula)).toEqual([
      '\'=HYPERLINK("http://x","y")',
      "'+84 912 345",
      "'-2 đoàn",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      "''=quoted",
    ]);
    expect(["a=b", "'plain", "Hà Nội", "", "5-3"].map(protectFormula)).toEqual([
      "a=b",
      "'plain",
      "Hà Nội",
      "",
      "5-3",
    ]);
  });

  test("CSV export writes formula-leading text cells behind a ', but a negative number as it is", async () => {
    const dir = tempDir("doingoai-export-safety-");
    await exportData(store, dir);
    const csv = readFileSync(join(dir, "partners.csv"), "utf8");
    expect(csv).toContain(
      `P0,"'=HYPERLINK(""http://x"",""y"")",,other,VN,,"'=HYPERLINK(""http://x"",""y"")"\n`,
    );
    expect(csv).toContain("P2,'-2 đoàn,,other,VN,,'-2 đoàn\n");
    expect(csv).toContain("P3,'@SUM(A1),,other,VN,,'@SUM(A1)\n");
    expect(csv).toContain("P4,'\tTab,");
    expect(csv).toContain('P5,"\'\rCR",');
    expect(csv).toContain("P6,''=quoted,");
    // no data line starts a cell with a formula character
    for (const line of csv.split("\n").slice(1))
      expect(line.split(",").some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(readFileSync(join(dir, "published_figures.csv"), "utf8")).toContain(
      "fdi.net_change,2024,,-5,projects,'=cmd|calc\n",
    );
  });

  test("importing the CSV export gives the original text back, and -5 stays minus five", async () => {
    const dir = tempDir("doingoai-export-safety-");
    await exportData(store, dir);
    const copy = await openStore({ path: ":memory:" });
    await importFiles(copy, [dir]);
    expect(await digest(copy)).toEqual(await digest(store));
    const [figure] = await copy.all<{ value: number; source: string }>(
      "SELECT value, source FROM published_figures",
    );
    expect(figure).toEqual({ value: -5, source: "=cmd|calc" });
    copy.close();
  });

  test("the import removes the protecting ' only in text columns", () => {
    const name = partners.columns.find((c) => c.name === "name")!;
    const value = publishedFigures.columns.find((c) => c.name === "value")!;
    expect(unprotectFormulaSql(name, "v")).toContain("substr(v, 2)");
    expect(unprotectFormulaSql(value, "v")).toBe("v");
  });

  test("XLSX export writes formula-leading text as plain string cells, never formulas", async () => {
    const dir = tempDir("doingoai-export-safety-");
    await exportData(store, dir, { format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, exportWorkbookName));
    const sheet = workbook.getWorksheet("partners")!;
    for (const [i, name] of formulaNames.entries()) {
      const cell = sheet.getRow(i + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // a CR is written as Excel's _x000D_ escape (a raw CR would come back as a line feed)
      expect(cell.value).toBe(name);
    }
    // and the sheet XML holds no formula element at all
    const unzip = spawnSync("unzip", ["-p", join(dir, exportWorkbookName), "xl/worksheets/*.xml"], {
      encoding: "utf8",
    });
    if (unzip.status === 0) expect(unzip.stdout).not.toContain("<f>");
  });
});

describe("write failures", () => {
  test.each(["csv", "json", "xlsx"])(
    "%s: a folder below a regular file exits 5, names the path in both languages and writes nothing",
    async (format) => {
      const base = tempDir("doingoai-export-fail-");
      writeFileSync(join(base, "report.txt"), "not a folder");
      const dir = join(base, "report.txt", "out");
      const r = await run(["export", dir, "--format", format, "--db", db]);
      expect(r.code).toBe(5);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`Không ghi được ${dir}`);
      expect(r.stderr).toContain(`Cannot write ${dir}`);
      expect(readdirSync(base)).toEqual(["report.txt"]);
    },
  );

  test("csv: a folder where a file should go exits 5 naming it, and leaves every other file as it was and no temporary file", async () => {
    const dir = tempDir("doingoai-export-fail-");
    writeFileSync(join(dir, "exchange_rates.csv"), "old");
    mkdirSync(join(dir, "partners.csv"));
    const r = await run(["export", dir, "--db", db, "--lang", "en"]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`Cannot write ${join(dir, "partners.csv")}: a folder of that name exists`);
    expect(readdirSync(dir).sort()).toEqual(["exchange_rates.csv", "partners.csv"]);
    expect(readFileSync(join(dir, "exchange_rates.csv"), "utf8")).toBe("old");
  });

  test.skipIf(!permissionBitsTestable()).each(["csv", "xlsx"])(
    "%s: a folder the user cannot write to exits 5 naming the file, and writes nothing",
    (format) => {
      const dir = join(tempDir("doingoai-export-fail-"), "locked");
      mkdirSync(dir);
      chmodSync(join(dir, ".."), 0o755);
      chmodSync(dir, 0o555);
      const isRoot = process.getuid?.() === 0;
      // root writes anywhere: run the command as "nobody" so the permission bits apply
      const readable = join(tempDir("doingoai-export-fail-"), "db.duckdb");
      chmodSync(join(readable, ".."), 0o755);
      writeFileSync(readable, readFileSync(db));
      const cli = new URL("../../../src/cli/main.ts", import.meta.url).pathname;
      const args = ["--import", "tsx", cli, "export", dir, "--format", format, "--db", readable];
      const r = isRoot
        ? spawnSync(
            "setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, ...args],
            {
              encoding: "utf8",
            },
          )
        : spawnSync(process.execPath, args, { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(5);
      const file = join(dir, format === "xlsx" ? exportWorkbookName : "exchange_rates.csv");
      expect(r.stderr).toContain(`Không ghi được ${file}: không có quyền ghi`);
      expect(r.stderr).toContain(`Cannot write ${file}: permission denied`);
      expect(existsSync(file)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});
