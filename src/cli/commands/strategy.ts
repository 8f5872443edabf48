import { existsSync, readFileSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import { listIndicators } from "../../lib/indicators/registry.ts";
import { checkStrategy, type AgreementFacts } from "../../lib/planning/checkStrategy.ts";
import { loadAgreementFacts } from "../../lib/planning/loadAgreementFacts.ts";
import { parseStrategy, type StrategyProblem } from "../../lib/planning/strategy.ts";
import { openStore, resolveDbPath } from "../../lib/store/openStore.ts";
import type { Command, CommandContext } from "../Command.ts";

function readFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new DoingoaiError(
      { vi: `Không đọc được tệp ${path}.`, en: `Cannot read file ${path}.` },
      { exitCode: exitCodes.io, cause: error },
    );
  }
}

async function agreementsInData(ctx: CommandContext): Promise<AgreementFacts[] | undefined> {
  const path = resolveDbPath(ctx.db);
  if (path !== ":memory:" && !existsSync(path)) return undefined;
  const store = await openStore({ path, readOnly: true });
  try {
    return await loadAgreementFacts(store);
  } finally {
    store.close();
  }
}

function print(ctx: CommandContext, file: string, problems: StrategyProblem[], note?: string): number {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const vi = ctx.lang === "vi";
  const out = errors.length > 0 ? ctx.stderr : ctx.stdout;
  const lines = problems.map(
    (p) =>
      `${p.severity === "error" ? (vi ? "LỖI" : "ERROR") : vi ? "CẢNH BÁO" : "WARNING"}  ${p.text[ctx.lang]}`,
  );
  if (note !== undefined) lines.push(note);
  lines.push(
    vi
      ? `${file}: ${errors.length} lỗi, ${warnings.length} cảnh báo.${errors.length === 0 ? " Tệp chiến lược hợp lệ." : ""}`
      : `${file}: ${errors.length} error(s), ${warnings.length} warning(s).${errors.length === 0 ? " The strategy file is valid." : ""}`,
  );
  out.write(lines.join("\n") + "\n");
  return errors.length > 0 ? exitCodes.invalidData : exitCodes.ok;
}

export const strategyCommand: Command = {
  name: "strategy",
  summary: {
    vi: "Chiến lược và lộ trình: kiểm tra tệp chiến lược (strategy check FILE)",
    en: "Strategy and roadmap: check a strategy file (strategy check FILE)",
  },
  usage: "doingoai strategy check FILE [--db PATH]",
  help: {
    vi: `strategy check FILE   kiểm tra tệp chiến lược YAML hoặc JSON: cấu trúc (mỗi lỗi chỉ rõ vị trí, ví dụ goals[0].objectives[1].targets[2].indicator), mã chỉ tiêu, chỉ tiêu ngoài kỳ kế hoạch, vòng phụ thuộc giữa các mốc, mốc đến hạn sau khi kỳ kế hoạch kết thúc, và (nếu có cơ sở dữ liệu) thỏa thuận và hoạt động không có trong dữ liệu.
Có lỗi: mã thoát 3. Chỉ có cảnh báo: mã thoát 0.

Ví dụ: doingoai strategy check src/data/sample/strategy-2026-2030.yaml`,
    en: `strategy check FILE   checks a YAML or JSON strategy file: structure (each error gives the path, e.g. goals[0].objectives[1].targets[2].indicator), indicator ids, targets outside the plan period, dependency cycles among milestones, milestones due after the plan ends, and (when a database exists) agreements and activities not in the data.
Errors: exit code 3. Warnings only: exit code 0.

Example: doingoai strategy check src/data/sample/strategy-2026-2030.yaml`,
  },
  options: {},
  async run(ctx) {
    const [sub, file, ...extra] = ctx.positionals;
    if (sub !== "check" || file === undefined || extra.length > 0) {
      ctx.stderr.write(ctx.lang === "vi" ? `Cách dùng: ${this.usage}\n` : `Usage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const parsed = parseStrategy(readFile(file), file);
    if (!parsed.ok) return print(ctx, file, parsed.problems);
    const agreements = await agreementsInData(ctx);
    const problems = checkStrategy(parsed.strategy, {
      indicators: listIndicators(),
      ...(agreements === undefined ? {} : { agreements }),
    });
    const note =
      agreements === undefined
        ? ctx.lang === "vi"
          ? "(Chưa có cơ sở dữ liệu: chưa đối chiếu thỏa thuận và hoạt động với dữ liệu.)"
          : "(No database: agreements and activities were not checked against the data.)"
        : undefined;
    return print(ctx, file, problems, note);
  },
};
