import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { Strategy } from "../../data/planning/strategy.ts";
import type { Store } from "../../lib/store/openStore.ts";
import { optionalDate } from "../argCheck.ts";
import { usageError } from "../usageError.ts";
import { writeOutputFile } from "../writeOutputFile.ts";
import type { CommandContext } from "../Command.ts";
import { loadStrategy } from "./strategyFiles.ts";

const formats = ["docx", "html", "md"] as const;

/**
 * `strategy document FILE|adopted --format docx|html|md --out FILE [--db PATH] [--lang vi|en]
 * [--date yyyy-mm-dd] [--as-of yyyy-mm-dd]`: the plan "KẾ HOẠCH" (Decree 30/2020).
 * Without a database, section I and the programmes' delivery say there are no data.
 */
export async function documentCommand(ctx: CommandContext, file: string): Promise<number> {
  const format = ctx.values["format"];
  if (typeof format !== "string" || !(formats as readonly string[]).includes(format)) {
    throw usageError(
      `--format: docx | html | md (nhận được ${String(format)})`,
      `--format: docx | html | md (got ${String(format)})`,
    );
  }
  const out = ctx.values["out"];
  if (typeof out !== "string" || out === "") throw usageError("cần --out FILE", "--out FILE is required");
  const date = optionalDate("--date", ctx.values["date"]);
  const asOf = optionalDate("--as-of", ctx.values["as-of"]);
  const { openStore, resolveDbPath } = await import("../../lib/store/openStore.ts");
  const path = resolveDbPath(ctx.db, { reading: true });
  const store: Store | null =
    path === ":memory:" || existsSync(path) ? await openStore({ path, readOnly: true }) : null;
  try {
    let strategy: Strategy | number;
    if (file === "adopted") {
      const { loadAdoptedStrategy } = await import("../../lib/planning/adoptedStrategy.ts");
      const adopted = store ? await loadAdoptedStrategy(store) : null;
      if (adopted === null) {
        throw new DoingoaiError(
          {
            vi: `Cơ sở dữ liệu ${path} chưa có chiến lược được thông qua (doingoai strategy adopt FILE).`,
            en: `Database ${path} has no adopted strategy (doingoai strategy adopt FILE).`,
          },
          { exitCode: exitCodes.invalidData },
        );
      }
      strategy = adopted.strategy;
    } else {
      strategy = await loadStrategy(ctx, file);
    }
    if (typeof strategy === "number") return strategy;
    const { buildStrategyDocument } =
      await import("../../lib/report/strategyDocument/buildStrategyDocument.ts");
    const doc = await buildStrategyDocument(store, strategy, {
      lang: ctx.lang,
      ...(typeof date === "string" ? { date } : {}),
      ...(typeof asOf === "string" ? { asOf } : {}),
    });
    if (format === "docx") {
      const { renderStrategyDocx } = await import("../../lib/report/strategyDocument/renderStrategyDocx.ts");
      writeOutputFile(out, await renderStrategyDocx(doc));
    } else if (format === "html") {
      const { renderStrategyHtml } = await import("../../lib/report/strategyDocument/renderStrategyText.ts");
      writeOutputFile(out, renderStrategyHtml(doc));
    } else {
      const { renderStrategyMarkdown } =
        await import("../../lib/report/strategyDocument/renderStrategyText.ts");
      const md = renderStrategyMarkdown(doc, basename(out).replace(/\.[^.]+$/, ""));
      writeOutputFile(out, md.text);
      for (const f of md.files) writeOutputFile(join(dirname(out), f.name), f.bytes);
    }
    ctx.stdout.write(
      ctx.lang === "vi"
        ? `Đã ghi ${out} (kế hoạch ${strategy.plan_period}${store ? "" : ", không có cơ sở dữ liệu"}).\n`
        : `Wrote ${out} (the ${strategy.plan_period} plan${store ? "" : ", without a database"}).\n`,
    );
    return exitCodes.ok;
  } finally {
    store?.close();
  }
}
