import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { CommandContext } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { loadStrategy, refuse } from "./strategyFiles.ts";

/**
 * `strategy adopt FILE`: checks the file as `strategy check` does (errors refuse it,
 * exit 3) and stores it as the database's next adopted version.
 */
export async function adoptCommand(ctx: CommandContext, file: string): Promise<number> {
  const strategy = await loadStrategy(ctx, file);
  if (typeof strategy === "number") return strategy;
  const { checkStrategy } = await import("../../data/planning/checkStrategy.ts");
  const { listIndicators } = await import("../../lib/indicators/registry.ts");
  const { loadAgreementFacts } = await import("../../lib/planning/loadAgreementFacts.ts");
  const { adoptStrategy } = await import("../../lib/planning/adoptedStrategy.ts");
  const store = await openExistingStore(ctx.db, { write: true });
  try {
    const problems = checkStrategy(strategy, {
      indicators: listIndicators(),
      agreements: await loadAgreementFacts(store),
    });
    const errors = problems.filter((p) => p.severity === "error");
    if (errors.length > 0) return refuse(ctx, file, errors);
    const adopted = await adoptStrategy(store, strategy, { source: file });
    const when = adopted.adopted_at.slice(0, 10).split("-").reverse().join("/");
    ctx.stdout.write(
      ctx.lang === "vi"
        ? `Đã thông qua chiến lược ${strategy.plan_period} từ ${file}: phiên bản ${adopted.version}, ngày ${when}. Tiến độ, báo cáo và trang tổng quan dùng phiên bản này.\n`
        : `Adopted the ${strategy.plan_period} strategy from ${file}: version ${adopted.version}, on ${when}. Progress, the review and the dashboards use this version.\n`,
    );
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
