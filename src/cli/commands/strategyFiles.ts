// strategy export | import | adopt | document: the strategy as a workbook, in the database
// and as the plan leadership approves. Called from strategy.ts.
import { existsSync, readFileSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { Strategy, StrategyProblem } from "../../data/planning/strategy.ts";
import { usageError } from "../usageError.ts";
import { writeOutputFile } from "../writeOutputFile.ts";
import type { CommandContext } from "../Command.ts";

function outOption(ctx: CommandContext, pattern: RegExp, expected: string): string {
  const out = ctx.values["out"];
  if (typeof out !== "string" || !pattern.test(out)) {
    throw usageError(`--out cần một tệp ${expected}`, `--out needs a ${expected} file`);
  }
  return out;
}

/** Prints the problems of a refused file, both languages, and returns exit code 3. */
export function refuse(ctx: CommandContext, file: string, problems: StrategyProblem[]): number {
  const other = ctx.lang === "vi" ? "en" : "vi";
  const lines = problems.map(
    (p) => `${ctx.lang === "vi" ? "LỖI" : "ERROR"}  ${p.text[ctx.lang]}\n      ${p.text[other]}`,
  );
  const vi = `${file}: ${problems.length} lỗi.`;
  const en = `${file}: ${problems.length} error(s).`;
  ctx.stderr.write([...lines, ctx.lang === "vi" ? vi : en, ctx.lang === "vi" ? en : vi].join("\n") + "\n");
  return exitCodes.invalidData;
}

/** Reads and validates a strategy file (YAML or JSON). */
export async function loadStrategy(ctx: CommandContext, file: string): Promise<Strategy | number> {
  const { parseStrategy } = await import("../../data/planning/strategy.ts");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new DoingoaiError(
      { vi: `Không đọc được tệp ${file}.`, en: `Cannot read file ${file}.` },
      { exitCode: exitCodes.io, cause: error },
    );
  }
  const parsed = parseStrategy(text, file);
  return parsed.ok ? parsed.strategy : refuse(ctx, file, parsed.problems);
}

/** `strategy export FILE --out FILE.xlsx`: the strategy as the planners' workbook. */
export async function exportWorkbook(ctx: CommandContext, file: string): Promise<number> {
  const out = outOption(ctx, /\.xlsx$/i, ".xlsx");
  const strategy = await loadStrategy(ctx, file);
  if (typeof strategy === "number") return strategy;
  const { strategyToWorkbook } = await import("../../lib/planning/strategyToWorkbook.ts");
  const { listIndicators } = await import("../../lib/indicators/registry.ts");
  const book = strategyToWorkbook(strategy, { indicators: listIndicators().map((i) => i.id) });
  writeOutputFile(out, new Uint8Array(await book.xlsx.writeBuffer()));
  ctx.stdout.write(
    ctx.lang === "vi" ? `Đã ghi ${out} (bảng tính chiến lược).\n` : `Wrote ${out} (the strategy workbook).\n`,
  );
  return exitCodes.ok;
}

/** `strategy import FILE.xlsx --out FILE.yaml|json`: the edited workbook back to a strategy file. */
export async function importWorkbook(ctx: CommandContext, file: string): Promise<number> {
  const out = outOption(ctx, /\.(ya?ml|json)$/i, ".yaml / .json");
  if (!existsSync(file)) {
    throw new DoingoaiError(
      { vi: `Không có tệp ${file}.`, en: `No file ${file}.` },
      { exitCode: exitCodes.io },
    );
  }
  const book = await loadStrategyWorkbookFile(file);
  const { workbookToStrategy } = await import("../../lib/planning/workbookToStrategy.ts");
  const result = workbookToStrategy(book, file);
  if (!result.ok) return refuse(ctx, file, result.problems);
  const { stringify } = await import("yaml");
  const text = /\.json$/i.test(out)
    ? JSON.stringify(result.strategy, null, 2) + "\n"
    : stringify(result.strategy, { lineWidth: 0 });
  writeOutputFile(out, text);
  ctx.stdout.write(ctx.lang === "vi" ? `Đã ghi ${out} từ ${file}.\n` : `Wrote ${out} from ${file}.\n`);
  return exitCodes.ok;
}

/** An .xlsx file for the strategy commands, loaded; an unreadable one is exit 5 naming it. */
export async function loadStrategyWorkbookFile(file: string) {
  const { loadWorkbook } = await import("../../lib/import/loadWorkbook.ts");
  try {
    return await loadWorkbook(file);
  } catch (error) {
    throw new DoingoaiError(
      { vi: `Không đọc được bảng tính ${file}.`, en: `Cannot read the workbook ${file}.` },
      { exitCode: exitCodes.io, cause: error },
    );
  }
}
