import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseStrategy, type Strategy } from "../../../src/data/planning/strategy.ts";
import { strategyToWorkbook } from "../../../src/lib/planning/strategyToWorkbook.ts";
import { workbookToStrategy } from "../../../src/lib/planning/workbookToStrategy.ts";
import { listIndicators } from "../../../src/lib/indicators/registry.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { runCli } from "../../helpers/runCli.ts";

const samplePath = new URL("../../../src/data/sample/strategy-2026-2030.yaml", import.meta.url).pathname;

function sample(): Strategy {
  const r = parseStrategy(readFileSync(samplePath, "utf8"), samplePath);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.strategy;
}

/** Writes the workbook to bytes and reads it back, as a planner's Excel would hand it over. */
async function throughFile(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

describe("strategy workbook", () => {
  it("YAML → xlsx → YAML gives the same parsed strategy (sample with results frameworks, budget, viewpoints)", async () => {
    const strategy = sample();
    // the sample carries every optional part the workbook must keep
    expect(strategy.viewpoints?.length).toBeGreaterThan(0);
    expect(strategy.programmes[0]?.results?.length).toBeGreaterThan(0);
    expect(strategy.budget?.length).toBeGreaterThan(0);
    const book = await throughFile(
      strategyToWorkbook(strategy, { indicators: listIndicators().map((i) => i.id) }),
    );
    const back = workbookToStrategy(book, "sample.xlsx");
    if (!back.ok) throw new Error(back.problems.map((p) => p.text.en).join("\n"));
    expect(back.strategy).toEqual(strategy);
  });

  it("the workbook has bilingual headers and dropdowns for indicator, direction, status and budget line", async () => {
    const book = await throughFile(strategyToWorkbook(sample(), { indicators: ["delegations.inbound"] }));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "general",
      "goals",
      "targets",
      "milestones",
      "programmes",
      "results",
      "activities",
      "budget",
      "lists",
    ]);
    const targets = book.getWorksheet("targets")!;
    expect(targets.getRow(1).getCell(4).value).toBe("Chỉ số / Indicator");
    expect(targets.getRow(1).getCell(6).value).toBe("Chiều tốt / Good direction");
    const validations = (
      targets as unknown as {
        dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
      }
    ).dataValidations.model;
    const lists = Object.values(validations).filter((v) => v.type === "list");
    expect(lists.length).toBeGreaterThanOrEqual(3);
    const listSheet = book.getWorksheet("lists")!;
    expect(listSheet.state).toBe("hidden");
  });

  it("a hand-edited workbook with a wrong direction is refused with sheet, row and column, in both languages", async () => {
    const book = await throughFile(strategyToWorkbook(sample()));
    const targets = book.getWorksheet("targets")!;
    targets.getRow(3).getCell(6).value = "upward"; // F3: the second target's direction
    const back = workbookToStrategy(book, "edited.xlsx");
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems).toHaveLength(1);
    expect(back.problems[0]!.text.vi).toBe(
      'edited.xlsx, trang targets, dòng 3, cột F (Chiều tốt): cần một trong: up, down ("upward")',
    );
    expect(back.problems[0]!.text.en).toBe(
      'edited.xlsx, sheet targets, row 3, column F (Good direction): expected one of: up, down ("upward")',
    );
  });

  it("text in a number column, and a goal without its English title (a schema problem), name their cells", async () => {
    const book = await throughFile(strategyToWorkbook(sample()));
    book.getWorksheet("targets")!.getRow(2).getCell(8).value = "mười chín"; // H2: baseline value
    const first = workbookToStrategy(book, "e.xlsx");
    expect(first.ok).toBe(false);
    if (!first.ok) {
      expect(first.problems[0]!.text.en).toBe(
        'e.xlsx, sheet targets, row 2, column H (Baseline value): expected a number (decimal point, e.g. 0.85) ("mười chín")',
      );
    }
    const book2 = await throughFile(strategyToWorkbook(sample()));
    book2.getWorksheet("targets")!.getRow(2).getCell(9).value = 25;
    book2.getWorksheet("targets")!.getRow(2).getCell(10).value = null; // path removed: fine
    book2.getWorksheet("goals")!.getRow(2).getCell(5).value = null; // the goal's English title removed
    const second = workbookToStrategy(book2, "e.xlsx");
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.problems.map((p) => p.text.en)).toEqual([
        expect.stringMatching(/^e\.xlsx, sheet goals, row 2, column E \(English\): goals\[0\]\.title\.en: /),
      ]);
      expect(second.problems[0]!.text.vi).toMatch(/^e\.xlsx, trang goals, dòng 2, cột E \(Tiếng Anh\): /);
    }
  });

  it("strategy export and strategy import round-trip through files; a workbook with a mistake exits 3", async () => {
    const dir = tempDir();
    const xlsx = join(dir, "s.xlsx");
    const yaml = join(dir, "s.yaml");
    const exported = await runCli(["strategy", "export", samplePath, "--out", xlsx]);
    expect(exported.code, exported.stderr).toBe(0);
    const imported = await runCli(["strategy", "import", xlsx, "--out", yaml]);
    expect(imported.code, imported.stderr).toBe(0);
    const again = parseStrategy(readFileSync(yaml, "utf8"), yaml);
    expect(again.ok && again.strategy).toEqual(sample());
    const checked = await runCli(["strategy", "check", yaml, "--db", join(dir, "none.duckdb")]);
    expect(checked.code).toBe(0);

    // edited by another program (openpyxl, as Excel or LibreOffice would save it) when it is installed
    const edit = `import openpyxl; b = openpyxl.load_workbook(${JSON.stringify(xlsx)}); b["budget"]["B2"] = "travel"; b.save(${JSON.stringify(xlsx)})`;
    const py = spawnSync(existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3", ["-c", edit], {
      encoding: "utf8",
    });
    if (py.status !== 0) {
      console.warn(
        `SKIPPED editing with openpyxl (${py.stderr.trim().split("\n").at(-1)}); editing with exceljs instead`,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      book.getWorksheet("budget")!.getRow(2).getCell(2).value = "travel";
      writeFileSync(xlsx, Buffer.from(await book.xlsx.writeBuffer()));
    }
    const refused = await runCli(["strategy", "import", xlsx, "--out", join(dir, "t.yaml")]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("trang budget, dòng 2, cột B (Khoản mục)");
    expect(refused.stderr).toContain("sheet budget, row 2, column B (Line)");
  });
});
