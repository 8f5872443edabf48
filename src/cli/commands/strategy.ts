import { usageError } from "../usageError.ts";
import { writeOutputFile } from "../writeOutputFile.ts";
import { textTable } from "../textTable.ts";
import { existsSync, readFileSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { AgreementFacts } from "../../data/planning/checkStrategy.ts";
import type { Strategy, StrategyProblem } from "../../data/planning/strategy.ts";
import type { Store } from "../../lib/store/openStore.ts";
import type { StrategyProgress } from "../../lib/planning/strategyProgress.ts";
import { progressStatusLabels } from "../../data/planning/progress.ts";
import { feasibilityFlagLabels } from "../../data/planning/forecast/feasibility.ts";
import { milestoneStatusLabels } from "../../data/planning/roadmapStatus.ts";
import { formatNumber, formatPercent } from "../../data/format.ts";
import type { Lang } from "../../data/Bilingual.ts";
import { optionalDate } from "../argCheck.ts";
import type { Command, CommandContext } from "../Command.ts";
import {
  strategyFileCommands,
  strategyFileHelp,
  strategyFileOptions,
  strategyFileUsage,
} from "./strategyCommands.ts";

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

/** A strategy workbook (strategy export, edited), read with where each field came from. */
async function readStrategyBook(file: string) {
  const { loadStrategyWorkbookFile } = await import("./strategyFiles.ts");
  const workbook = await loadStrategyWorkbookFile(file);
  const { readStrategyWorkbook } = await import("../../lib/planning/workbookToStrategy.ts");
  return readStrategyWorkbook(workbook, file);
}

async function agreementsInData(ctx: CommandContext): Promise<AgreementFacts[] | undefined> {
  const { openStore, resolveDbPath } = await import("../../lib/store/openStore.ts");
  const { loadAgreementFacts } = await import("../../lib/planning/loadAgreementFacts.ts");
  const path = resolveDbPath(ctx.db, { reading: true });
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
  const other = vi ? "en" : "vi";
  // a file with errors is said in both languages (the chosen one first), as import does
  const both = errors.length > 0;
  const lines = problems.map(
    (p) =>
      `${p.severity === "error" ? (vi ? "LỖI" : "ERROR") : vi ? "CẢNH BÁO" : "WARNING"}  ${p.text[ctx.lang]}` +
      (both ? `\n      ${p.text[other]}` : ""),
  );
  if (note !== undefined) lines.push(note);
  const summary = {
    vi: `${file}: ${errors.length} lỗi, ${warnings.length} cảnh báo.${errors.length === 0 ? " Tệp chiến lược hợp lệ." : ""}`,
    en: `${file}: ${errors.length} error(s), ${warnings.length} warning(s).${errors.length === 0 ? " The strategy file is valid." : ""}`,
  };
  lines.push(summary[ctx.lang], ...(both ? [summary[other]] : []));
  out.write(lines.join("\n") + "\n");
  return errors.length > 0 ? exitCodes.invalidData : exitCodes.ok;
}

/** The progress of every target as a text table, with the status rule stated. */
export function progressTable(p: StrategyProgress, lang: Lang): string {
  const head =
    lang === "vi"
      ? [
          "Chỉ tiêu",
          "Chỉ số",
          "Gốc",
          "Năm",
          "Thực hiện",
          "Lộ trình",
          "Tình trạng",
          "Mục tiêu cuối kỳ",
          "Dự báo cuối kỳ",
          "Triển vọng",
          "Khả năng đạt",
        ]
      : [
          "Target",
          "Indicator",
          "Baseline",
          "Year",
          "Actual",
          "Path",
          "Status",
          "End target",
          "End forecast",
          "Outlook",
          "Chance",
        ];
  const rows = p.targets.map((t) => {
    const v = (x: number | null | undefined) =>
      x === null || x === undefined
        ? "—"
        : t.unit === "percent"
          ? formatPercent(x, { lang })
          : formatNumber(x, { lang, digits: Number.isInteger(x) ? 0 : t.unit === "count" ? 1 : 0 });
    const split = Object.entries(t.target.where ?? {})
      .map(([k, x]) => `${k}=${x}`)
      .join(",");
    const o = t.outlook;
    return [
      t.targetId,
      `${t.target.indicator}${split ? ` [${split}]` : ""}`,
      `${v(t.target.baseline.value)} (${t.target.baseline.period})`,
      t.latest ? String(t.latest.year) : "—",
      v(t.latest?.actual),
      v(t.latest?.path),
      t.latest ? progressStatusLabels[t.latest.status][lang] : progressStatusLabels.no_data[lang],
      v(o?.target ?? null),
      o === null
        ? "—"
        : `${v(o.forecast.value)}${o.forecast.lower !== null && o.forecast.upper !== null ? ` (${v(o.forecast.lower)} – ${v(o.forecast.upper)})` : ""}`,
      o === null ? "—" : progressStatusLabels[o.status][lang],
      t.feasibility === null
        ? "—"
        : `${formatPercent(t.feasibility.probability, { lang, digits: 0 })} (${feasibilityFlagLabels[t.feasibility.flag][lang]})`,
    ];
  });
  const pctBand = formatPercent(p.thresholds.atRisk, { lang, digits: 0 });
  const rule =
    lang === "vi"
      ? `Quy tắc: đúng tiến độ khi thực hiện đạt lộ trình (chỉ số "càng thấp càng tốt": không vượt lộ trình); có nguy cơ khi thiếu hụt không quá ${pctBand} giá trị lộ trình; chậm tiến độ khi thiếu hụt lớn hơn. Dự báo: khoảng 80%, phương pháp chọn theo kiểm định lại. Khả năng đạt: xác suất đạt mục tiêu cuối kỳ theo phân phối dự báo (từ sai số kiểm định lại); dưới 20% là "thách thức", trên 90% là "quá dễ".`
      : `Rule: on track when the actual reaches the path (for "down" indicators: does not exceed it); at risk when short by at most ${pctBand} of the path value; off track beyond. Forecast: 80% interval, method chosen by backtest. Chance: probability of reaching the end target under the forecast's predictive distribution (from the backtest errors); below 20% "stretch", above 90% "too easy".`;
  const title =
    lang === "vi"
      ? `Tiến độ chiến lược ${p.plan_period} tại ngày ${p.asOf.split("-").reverse().join("/")}`
      : `Progress of the ${p.plan_period} strategy at ${p.asOf.split("-").reverse().join("/")}`;
  const dmy = (iso: string) => iso.split("-").reverse().join("/");
  const roadmap =
    p.roadmap.length === 0
      ? []
      : [
          "",
          lang === "vi" ? "Lộ trình:" : "Roadmap:",
          textTable([
            lang === "vi"
              ? ["Mốc", "Nội dung", "Chủ trì", "Hạn", "Tình trạng", "Chờ"]
              : ["Milestone", "Title", "Owner", "Due", "Status", "Waiting on"],
            ...p.roadmap.map((m) => [
              m.milestone.id,
              m.milestone.title[lang],
              m.milestone.owner,
              dmy(m.milestone.due),
              milestoneStatusLabels[m.status][lang] +
                (m.daysLate > 0 ? (lang === "vi" ? ` (${m.daysLate} ngày)` : ` (${m.daysLate} days)`) : ""),
              m.waitingOn.join(", ") || "—",
            ]),
          ]),
        ];
  return [title, "", textTable([head, ...rows]), "", rule, ...roadmap].join("\n") + "\n";
}

async function readStrategy(ctx: CommandContext, file: string): Promise<Strategy | number> {
  const { parseStrategy } = await import("../../data/planning/strategy.ts");
  const parsed = parseStrategy(readFile(file), file);
  if (!parsed.ok) return print(ctx, file, parsed.problems);
  return parsed.strategy;
}

export const strategyCommand: Command = {
  name: "strategy",
  summary: {
    vi: "Chiến lược và lộ trình: soạn dự thảo từ dữ liệu, kiểm tra tệp chiến lược, theo dõi tiến độ (strategy draft | check FILE | progress FILE)",
    en: "Strategy and roadmap: draft one from the data, check a strategy file, track progress (strategy draft | check FILE | progress FILE)",
  },
  usage:
    "doingoai strategy draft --from YEAR --to YEAR --out FILE [--format yaml|json|xlsx] [--ambition low|base|high] [--as-of yyyy-mm-dd] [--db PATH] | doingoai strategy check FILE [--final] [--db PATH] | doingoai strategy progress [FILE] [--as-of yyyy-mm-dd] [--at-risk 0.1] [--format table|json] [--db PATH]" +
    strategyFileUsage,
  help: {
    vi: `strategy draft --from 2026 --to 2030 --out FILE   soạn dự thảo chiến lược từ dữ liệu: giá trị gốc (năm gần nhất có số liệu trước --from, kèm trung bình 5 năm) cho mỗi chỉ tiêu chính; giá trị từng năm và cuối kỳ theo dự báo đã kiểm định lại (phương pháp, MASE, khoảng 80%, số năm số liệu và khả năng đạt ghi trong tệp; chỉ có 1–2 năm số liệu thì theo quy tắc nêu rõ); chương trình cho mỗi thỏa thuận theo kết quả rà soát (duy trì / thúc đẩy lại / xem xét chấm dứt); khung lộ trình; kinh phí từng năm theo khoản. Tệp YAML, JSON khi FILE có đuôi .json, hoặc bảng tính Excel khi FILE có đuôi .xlsx hay --format xlsx (sửa rồi đọc lại bằng strategy import); tệp qua được strategy check.
  --ambition low|base|high   mức tham vọng: cận thận trọng của khoảng 80%, giá trị dự báo (mặc định), cận tham vọng
  --as-of yyyy-mm-dd         ngày soạn (mặc định hôm nay); năm gốc phải đã kết thúc

strategy check FILE   kiểm tra tệp chiến lược YAML hoặc JSON, hoặc bảng tính .xlsx (strategy export, đã sửa; mỗi lỗi kèm trang, dòng, cột): cấu trúc (mỗi lỗi chỉ rõ vị trí, ví dụ goals[0].objectives[1].targets[2].indicator), mã chỉ tiêu, chỉ tiêu ngoài kỳ kế hoạch, vòng phụ thuộc giữa các mốc, mốc đến hạn sau khi kỳ kế hoạch kết thúc, và (nếu có cơ sở dữ liệu) thỏa thuận và hoạt động không có trong dữ liệu.
Có lỗi: mã thoát 3. Chỉ có cảnh báo: mã thoát 0.

strategy progress FILE   với mỗi chỉ tiêu: giá trị thực hiện của năm gần nhất đã kết thúc so với lộ trình (đúng tiến độ / có nguy cơ / chậm tiến độ / chưa có số liệu) và dự báo năm cuối kỳ so với mục tiêu.
  --as-of yyyy-mm-dd   ngày đánh giá (mặc định hôm nay); một năm được tính khi đã kết thúc
  --at-risk X          độ rộng vùng "có nguy cơ", tỷ lệ so với lộ trình (mặc định 0.1)
  --format table|json  mặc định table

${strategyFileHelp.vi}

Ví dụ: doingoai strategy draft --from 2026 --to 2030 --out chien-luoc-2026-2030.yaml
       doingoai strategy check src/data/sample/strategy-2026-2030.yaml
       doingoai strategy progress src/data/sample/strategy-2026-2030.yaml`,
    en: `strategy draft --from 2026 --to 2030 --out FILE   drafts a strategy from the data: a baseline (the last year with records before --from, with the five-year average) for every headline indicator; yearly and end values from the backtested forecast (method, MASE, 80% interval, years of history and the chance of reaching it written into the file; with only 1–2 years of history, a stated rule); a programme for each agreement from the agreement review (keep / reinvigorate / review for termination); a roadmap skeleton; the budget per year and line. YAML; JSON when FILE ends in .json; the Excel workbook when FILE ends in .xlsx or with --format xlsx (edit it, then read it back with strategy import); the file passes strategy check.
  --ambition low|base|high   the cautious bound of the 80% interval, the point forecast (default), the ambitious bound
  --as-of yyyy-mm-dd         drafting date (default today); the base year must have ended

strategy check FILE   checks a YAML or JSON strategy file, or an .xlsx workbook (strategy export, edited; each problem with its sheet, row and column): structure (each error gives the path, e.g. goals[0].objectives[1].targets[2].indicator), indicator ids, targets outside the plan period, dependency cycles among milestones, milestones due after the plan ends, and (when a database exists) agreements and activities not in the data.
Errors: exit code 3. Warnings only: exit code 0.

strategy progress FILE   for each target: the actual of the last complete year against the path (on track / at risk / off track / no data) and a forecast of the plan's last year against the end target.
  --as-of yyyy-mm-dd   review date (default today); a year counts once it has ended
  --at-risk X          width of the "at risk" band as a share of the path (default 0.1)
  --format table|json  default table

${strategyFileHelp.en}

Examples: doingoai strategy draft --from 2026 --to 2030 --out strategy-2026-2030.yaml
          doingoai strategy check src/data/sample/strategy-2026-2030.yaml
          doingoai strategy progress src/data/sample/strategy-2026-2030.yaml`,
  },
  options: {
    "as-of": { type: "string" },
    "at-risk": { type: "string" },
    format: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    ambition: { type: "string" },
    ...strategyFileOptions,
  },
  async run(ctx) {
    const [sub, file, ...extra] = ctx.positionals;
    if (sub === "draft" && file === undefined) return draft(ctx);
    if (sub === "progress" && extra.length === 0) return progress(ctx, file ?? "adopted");
    if (sub !== undefined && sub in strategyFileCommands && file !== undefined && extra.length === 0) {
      return strategyFileCommands[sub]!(ctx, file);
    }
    if (sub !== "check" || file === undefined || extra.length > 0) {
      throw usageError(`Cách dùng: ${this.usage}`, `Usage: ${this.usage}`);
    }
    const { parseStrategy } = await import("../../data/planning/strategy.ts");
    const { checkStrategy } = await import("../../data/planning/checkStrategy.ts");
    const { listIndicators } = await import("../../lib/indicators/registry.ts");
    // a workbook the planners edited is checked as it is, each problem naming its sheet, row and column
    const book = /\.xlsx$/i.test(file) ? await readStrategyBook(file) : undefined;
    const parsed = book ? book.result : parseStrategy(readFile(file), file);
    if (!parsed.ok) return print(ctx, file, parsed.problems);
    const agreements = await agreementsInData(ctx);
    const found = checkStrategy(parsed.strategy, {
      indicators: listIndicators(),
      ...(agreements === undefined ? {} : { agreements }),
    });
    if (ctx.values["final"] === true) {
      const { strategyGaps } = await import("../../lib/planning/strategyGaps.ts");
      found.push(...strategyGaps(parsed.strategy));
    }
    const problems = book ? found.map(book.locate) : found;
    const note =
      agreements === undefined
        ? ctx.lang === "vi"
          ? "(Chưa có cơ sở dữ liệu: chưa đối chiếu thỏa thuận và hoạt động với dữ liệu.)"
          : "(No database: agreements and activities were not checked against the data.)"
        : undefined;
    return print(ctx, file, problems, note);
  },
};

async function progress(ctx: CommandContext, file: string): Promise<number> {
  const v = ctx.values;
  const format = v["format"] ?? "table";
  if (format !== "table" && format !== "json") {
    throw usageError(
      `--format: table | json (nhận được ${String(format)})`,
      `--format: table | json (got ${String(format)})`,
    );
  }
  const asOf = optionalDate("--as-of", v["as-of"]);
  const atRisk = v["at-risk"] === undefined ? 0.1 : Number(v["at-risk"]);
  if (!(atRisk >= 0 && atRisk < 1)) {
    throw usageError(
      `--at-risk cần số trong [0, 1), nhận được ${String(v["at-risk"])}`,
      `--at-risk needs a number in [0, 1), got ${String(v["at-risk"])}`,
    );
  }
  // "adopted" (or no FILE): DOINGOAI_STRATEGY if set, else the strategy adopted in the database
  const named = file === "adopted" ? process.env["DOINGOAI_STRATEGY"] : file;
  const strategy = named === undefined ? undefined : await readStrategy(ctx, named);
  if (typeof strategy === "number") return strategy;
  const { openExistingStore } = await import("../openExistingStore.ts");
  const { strategyProgress } = await import("../../lib/planning/strategyProgress.ts");
  const store = await openExistingStore(ctx.db);
  try {
    const inForce = strategy ?? (await adoptedOrNone(store));
    const result = await strategyProgress(store, inForce, {
      thresholds: { atRisk },
      ...(typeof asOf === "string" ? { asOf } : {}),
    });
    ctx.stdout.write(
      format === "json" ? JSON.stringify(result, null, 2) + "\n" : progressTable(result, ctx.lang),
    );
    return exitCodes.ok;
  } finally {
    store.close();
  }
}

async function adoptedOrNone(store: Store): Promise<Strategy> {
  const { loadAdoptedStrategy } = await import("../../lib/planning/adoptedStrategy.ts");
  const adopted = await loadAdoptedStrategy(store);
  if (adopted === null) {
    throw new DoingoaiError(
      {
        vi: `Cơ sở dữ liệu ${store.path} chưa có chiến lược được thông qua. Hãy chạy doingoai strategy adopt FILE, hoặc nêu tệp: doingoai strategy progress FILE.`,
        en: `Database ${store.path} has no adopted strategy. Run doingoai strategy adopt FILE, or name a file: doingoai strategy progress FILE.`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return adopted.strategy;
}

function yearOption(ctx: CommandContext, name: string): number {
  const v = ctx.values[name];
  if (typeof v !== "string" || !/^\d{4}$/.test(v)) {
    throw usageError(
      `--${name} cần một năm (ví dụ 2026), nhận được ${v === undefined ? "(trống)" : String(v)}`,
      `--${name} needs a year (e.g. 2026), got ${v === undefined ? "(nothing)" : String(v)}`,
    );
  }
  return Number(v);
}

async function draft(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  const from = yearOption(ctx, "from");
  const to = yearOption(ctx, "to");
  if (to <= from) {
    throw usageError(
      `--to (${to}) phải sau --from (${from})`,
      `--to (${to}) must come after --from (${from})`,
    );
  }
  const out = v["out"];
  if (typeof out !== "string" || out === "") {
    throw usageError(
      "Cần --out FILE (.yaml, .json hoặc .xlsx).",
      "--out FILE (.yaml, .json or .xlsx) is required.",
    );
  }
  // --format yaml|json|xlsx, else from the file's extension (YAML when it says nothing)
  const fileFormat = /\.xlsx$/i.test(out) ? "xlsx" : /\.json$/i.test(out) ? "json" : "yaml";
  const draftFormat = v["format"] ?? fileFormat;
  if (draftFormat !== "yaml" && draftFormat !== "json" && draftFormat !== "xlsx") {
    throw usageError(
      `strategy draft --format: yaml | json | xlsx (nhận được ${String(draftFormat)})`,
      `strategy draft --format: yaml | json | xlsx (got ${String(draftFormat)})`,
    );
  }
  const ambition = v["ambition"] ?? "base";
  if (ambition !== "low" && ambition !== "base" && ambition !== "high") {
    throw usageError(
      `--ambition: low | base | high (nhận được ${String(ambition)})`,
      `--ambition: low | base | high (got ${String(ambition)})`,
    );
  }
  const asOf = optionalDate("--as-of", v["as-of"]);
  const { openExistingStore } = await import("../openExistingStore.ts");
  const { draftStrategy } = await import("../../lib/planning/draftStrategy.ts");
  const { formatStrategy } = await import("../../lib/planning/formatStrategy.ts");
  const store = await openExistingStore(ctx.db);
  let text: string | Uint8Array;
  let strategy: Strategy;
  try {
    strategy = await draftStrategy(store, {
      from,
      to,
      ambition,
      ...(typeof asOf === "string" ? { asOf } : {}),
    });
  } finally {
    store.close();
  }
  if (draftFormat === "xlsx") {
    // the planners' workbook, the same one `strategy export` writes; `strategy import` reads it back
    const { strategyToWorkbook } = await import("../../lib/planning/strategyToWorkbook.ts");
    const { listIndicators } = await import("../../lib/indicators/registry.ts");
    const book = strategyToWorkbook(strategy, { indicators: listIndicators().map((i) => i.id) });
    text = new Uint8Array(await book.xlsx.writeBuffer());
  } else {
    text = formatStrategy(strategy, draftFormat === "json" ? "strategy.json" : "strategy.yaml");
  }
  writeOutputFile(out, text);
  const targets = strategy.goals.flatMap((g) => g.objectives.flatMap((o) => o.targets));
  const ruled = targets.filter((t) => t.reasoning?.method === "rule").length;
  ctx.stderr.write(
    ctx.lang === "vi"
      ? `Đã ghi dự thảo chiến lược ${from}–${to} (năm gốc ${strategy.draft?.base_year}, ${targets.length} chỉ tiêu${ruled > 0 ? `, ${ruled} đặt theo quy tắc vì ít số liệu` : ""}, ${strategy.programmes.length} chương trình): ${out}\n`
      : `Wrote the ${from}–${to} draft strategy (base year ${strategy.draft?.base_year}, ${targets.length} targets${ruled > 0 ? `, ${ruled} set by rule for lack of history` : ""}, ${strategy.programmes.length} programmes): ${out}\n`,
  );
  return exitCodes.ok;
}
