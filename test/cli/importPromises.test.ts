// The rules the README promises for an import, each held by the CLI as the office runs it:
// refused (exit 3, nothing written) with file, row, column and value in both languages.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { booleanWords } from "../../src/data/booleanWords.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { copyValid, tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

const strategyFile = new URL("../../src/data/sample/strategy-2026-2030.yaml", import.meta.url).pathname;

let dir: string;
beforeAll(() => {
  dir = tempDir("doingoai-import-promises-");
});

/** A copy of the valid folder with `file` changed by `edit`. */
function validWith(file: string, edit: (text: string) => string): string {
  const folder = copyValid();
  const path = join(folder, file);
  const text = readFileSync(path, "utf8");
  const changed = edit(text);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  return folder;
}

async function tableCount(db: string, table: string): Promise<number> {
  const store = await openStore({ path: db, readOnly: true });
  try {
    const [row] = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(row?.n ?? 0);
  } finally {
    store.close();
  }
}

describe("rules the README promises, held at import", () => {
  it("an end date before its start date is refused by import and validate, naming file, row, column and both dates", async () => {
    // D2 outbound 10/05/2019–14/05/2019 becomes 10/05/2019–04/05/2019
    const folder = validWith("delegations.csv", (t) =>
      t.replace("10/05/2019,14/05/2019", "10/05/2019,04/05/2019"),
    );
    const db = join(dir, "end-before-start.duckdb");
    for (const command of ["validate", "import"]) {
      const r = await runCli([command, folder, "--db", db]);
      expect(r.code, r.stderr + r.stdout).toBe(3);
      const said = r.stderr + r.stdout;
      expect(said).toContain(
        "delegations.csv, dòng 3, cột end_on: «04/05/2019» Ngày kết thúc (end_on) 04/05/2019 trước ngày bắt đầu (start_on) 10/05/2019",
      );
      expect(said).toContain(
        "delegations.csv, row 3, column end_on: «04/05/2019» End (end_on) 04/05/2019 is before start (start_on) 10/05/2019",
      );
    }
    expect(await tableCount(db, "delegations")).toBe(0);
  });

  it("a consular case closed before it opened is refused too (every pair of dates.end_before_start)", async () => {
    const folder = validWith("consular_cases.csv", (t) =>
      t.replace("05/01/2019,20/01/2019", "05/01/2019,02/01/2019"),
    );
    const r = await runCli(["import", folder, "--db", join(dir, "closed-before.duckdb")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("consular_cases.csv, dòng 2, cột closed_on: «02/01/2019»");
  });

  it("in_plan takes có, CÓ, co, không and khong on purpose (as true, true, true, false, false) and refuses a word it does not know, naming the cell", async () => {
    expect(booleanWords.true).toEqual(expect.arrayContaining(["có", "co"]));
    const rows = (words: string[]) => (t: string) => {
      const lines = t.split("\n");
      // D1, D2, D3 carry true, true, false: replace them in that order
      let k = 0;
      return lines
        .map((line) => (/^D\d,/.test(line) ? line.replace(/,(true|false),/, () => `,${words[k++]},`) : line))
        .join("\n");
    };
    const accepted = validWith("delegations.csv", rows(["CÓ", "co", "khong"]));
    const db = join(dir, "in-plan.duckdb");
    const ok = await runCli(["import", accepted, "--db", db]);
    expect(ok.code, ok.stderr).toBe(0);
    const store = await openStore({ path: db, readOnly: true });
    try {
      const got = await store.all<{ delegation_id: string; in_plan: boolean }>(
        "SELECT delegation_id, in_plan FROM delegations ORDER BY delegation_id",
      );
      expect(got.map((r) => [r.delegation_id, r.in_plan])).toEqual([
        ["D1", true],
        ["D2", true],
        ["D3", false],
      ]);
    } finally {
      store.close();
    }
    const refused = validWith("delegations.csv", rows(["có", "chưa", "không"]));
    const r = await runCli(["import", refused, "--db", join(dir, "in-plan-bad.duckdb")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("delegations.csv, dòng 3, cột in_plan: «chưa»");
    expect(r.stderr).toContain(
      "cũng nhận (không phân biệt hoa thường) true, 1, yes, có, co, đúng, x là true",
    );
    expect(r.stderr).toContain("also accepted (in any case) true, 1, yes, có, co, đúng, x as true");
  });

  it("an exchange rate of 10^300 (or 0) is refused as implausible, naming file, row and vnd_per_unit, with the range", async () => {
    const folder = validWith("exchange_rates.csv", (t) =>
      t
        .replace("2019-06-28,USD,23300", `2019-06-28,USD,1${"0".repeat(300)}`)
        .replace("2020-12-24,USD,23162", "2020-12-24,USD,0"),
    );
    const r = await runCli(["import", folder, "--db", join(dir, "rates.duckdb")]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain("exchange_rates.csv, dòng 4, cột vnd_per_unit:");
    expect(r.stderr).toContain(
      "exchange_rates.csv, dòng 5, cột vnd_per_unit: «0 VND/USD» tỷ giá không hợp lý; cần từ 0,01 đến 1.000.000 đồng",
    );
    expect(r.stderr).toContain(
      "exchange_rates.csv, row 5, column vnd_per_unit: «0 VND/USD» implausible exchange rate; expected 0.01 to 1,000,000 đồng per unit",
    );
  });

  it("a missing exchange rate names the currency's column and cell (and the amount's column in the text)", async () => {
    const folder = validWith("delegations.csv", (t) => t.replace("3000,USD", "3000,JPY"));
    const r = await runCli(["import", folder, "--db", join(dir, "no-rate.duckdb")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      "delegations.csv, dòng 3, cột cost_currency: «JPY» không có tỷ giá JPY vào hoặc trước ngày 10/05/2019 để quy đổi cost",
    );
    expect(r.stderr).toContain(
      "delegations.csv, row 3, column cost_currency: «JPY» no JPY exchange rate on or before 10/05/2019 to convert cost",
    );
  });
});

/** The sample strategy as the planners' workbook, with `edit` applied to its targets sheet. */
async function editedWorkbook(
  name: string,
  edit: (sheet: ExcelJS.Worksheet, column: (en: string) => number) => void,
) {
  const path = join(dir, name);
  const r = await runCli(["strategy", "export", strategyFile, "--out", path]);
  expect(r.code, r.stderr).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet("targets")!;
  const header = sheet.getRow(1);
  const column = (en: string) => {
    for (let i = 1; i <= header.cellCount; i++) if (header.getCell(i).text.endsWith(` / ${en}`)) return i;
    throw new Error(`no column ${en}`);
  };
  edit(sheet, column);
  await book.xlsx.writeFile(path);
  return path;
}

describe("strategy workbooks: problems named by sheet, row and column", () => {
  it("strategy import puts a target with both yearly values and an end value on the End value column, not the indicator's", async () => {
    const path = await editedWorkbook("both.xlsx", (sheet, column) => {
      // T1.2 has a value per year: an end value beside them is the conflict
      sheet.getRow(3).getCell(column("End value")).value = 10;
    });
    const r = await runCli(["strategy", "import", path, "--out", join(dir, "both.yaml")]);
    expect(r.code).toBe(3);
    const letter = String.fromCharCode(64 + 9); // End value is the ninth column, I
    expect(r.stderr).toContain(
      `both.xlsx, trang targets, dòng 3, cột ${letter} (Giá trị cuối kỳ): goals[0].objectives[0].targets[1]`,
    );
    expect(r.stderr).toContain(`both.xlsx, sheet targets, row 3, column ${letter} (End value):`);
    expect(r.stderr).not.toContain("(Chỉ số)");
  });

  it("strategy check --final on an edited workbook names the sheet, row and column of each problem, not only a YAML path", async () => {
    const path = await editedWorkbook("unknown-indicator.xlsx", (sheet, column) => {
      sheet.getRow(3).getCell(column("Indicator")).value = "no.such_indicator";
    });
    const r = await runCli(["strategy", "check", path, "--final"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /unknown-indicator\.xlsx, trang targets, dòng 3, cột D \(Chỉ số\): goals\[\d\]\.objectives\[\d\]\.targets\[\d\]\.indicator/,
    );
    expect(r.stderr).toMatch(/unknown-indicator\.xlsx, sheet targets, row 3, column D \(Indicator\):/);
    // --final's gaps are located too: each programme's missing lead unit on its row
    expect(r.stderr).toMatch(
      /trang programmes, dòng \d+, cột D \(Đơn vị chủ trì\): programmes\[\d\]\.lead_unit/,
    );
  });
});
