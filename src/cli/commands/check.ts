import type { Lang } from "../../data/Bilingual.ts";
import { formatInteger } from "../../data/format.ts";
import { importOrChooseDb, openExistingStore } from "../openExistingStore.ts";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import type { CheckRule, Finding } from "../../lib/checks/index.ts";
import { optionalDate } from "../argCheck.ts";
import type { Command, CommandContext } from "../Command.ts";

type Format = "table" | "json";

const severityText = {
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
} as const;

function strings(value: CommandContext["values"][string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .filter((v) => v !== "");
}

/**
 * The findings as a person reads them: grouped by rule, errors first, at most
 * `limit` records per rule (0: all), then a one-line summary.
 */
export function findingsText(
  findings: Finding[],
  rulesRun: number,
  lang: Lang,
  limit = 0,
  rules: readonly CheckRule[] = [],
): string {
  const lines: string[] = [];
  for (const rule of rules) {
    const own = findings.filter((f) => f.rule === rule.id);
    if (own.length === 0) continue;
    lines.push(
      `${severityText[rule.severity][lang]}  ${rule.id} — ${rule.title[lang]}: ${formatInteger(own.length, { lang })}`,
    );
    const shown = limit > 0 ? own.slice(0, limit) : own;
    for (const f of shown) lines.push(`  - ${f.message[lang]}`);
    const hidden = own.length - shown.length;
    if (hidden > 0) {
      lines.push(
        lang === "vi"
          ? `  … và ${formatInteger(hidden, { lang })} bản ghi khác (--limit 0 hoặc --format json để xem hết)`
          : `  … and ${formatInteger(hidden, { lang })} more (--limit 0 or --format json to see all)`,
      );
    }
    lines.push("");
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) {
    lines.push(
      lang === "vi"
        ? `Không phát hiện vấn đề nào (${rulesRun} quy tắc).`
        : `No problems found (${rulesRun} rules).`,
    );
  } else {
    lines.push(
      lang === "vi"
        ? `Tổng cộng: ${formatInteger(errors, { lang })} lỗi, ${formatInteger(warnings, { lang })} cảnh báo (${rulesRun} quy tắc).`
        : `Total: ${formatInteger(errors, { lang })} error(s), ${formatInteger(warnings, { lang })} warning(s) (${rulesRun} rules).`,
    );
  }
  return lines.join("\n") + "\n";
}

function rulesText(rules: readonly CheckRule[], lang: Lang): string {
  return (
    rules
      .map((r) => `${r.id}  [${severityText[r.severity][lang]}]  ${r.title[lang]}\n  ${r.explanation[lang]}`)
      .join("\n\n") + "\n"
  );
}

export const checkCommand: Command = {
  name: "check",
  summary: {
    vi: "Kiểm tra chất lượng dữ liệu: chỉ ra từng bản ghi sai hoặc đáng ngờ",
    en: "Check data quality: name each wrong or doubtful record",
  },
  usage:
    "doingoai check [--rule ID...] [--as-of yyyy-mm-dd] [--format table|json] [--limit N] [--list] [--lang vi|en] [--db PATH]",
  help: {
    vi: `Chạy các quy tắc kiểm tra trên cơ sở dữ liệu (chỉ đọc, không sửa gì) và liệt kê từng bản ghi vi phạm: quy tắc, bảng, mã bản ghi, giá trị sai và cách sửa. Lỗi (error) là dữ liệu sai; cảnh báo (warning) là dữ liệu đáng ngờ hoặc thiếu.

Tùy chọn:
  --rule ID        chỉ chạy quy tắc này (lặp lại hoặc cách nhau dấu phẩy; mặc định mọi quy tắc)
  --as-of DATE     ngày kiểm tra cho các quy tắc về quá hạn (mặc định hôm nay)
  --format F       table (mặc định, để đọc) hoặc json (mảng các phát hiện: rule, severity, entity, key, values, message {vi, en})
  --limit N        dạng table: tối đa N bản ghi mỗi quy tắc (mặc định 20; 0 = tất cả)
  --list           liệt kê các quy tắc và giải thích, không kiểm tra

Mã thoát của lệnh này: 0 khi không có lỗi (có thể có cảnh báo); 3 khi có ít nhất một phát hiện mức lỗi; 2 khi quy tắc không tồn tại.
Ví dụ: doingoai check --rule dates.end_before_start --rule money.missing_rate`,
    en: `Runs the data-quality rules on the database (read only, changes nothing) and lists each offending record: rule, table, record key, the offending values and how to fix them. An error is wrong data; a warning is doubtful or missing data.

Options:
  --rule ID        run only this rule (repeat or comma-separate; default every rule)
  --as-of DATE     check date for the rules about lateness (default today)
  --format F       table (default, to read) or json (an array of findings: rule, severity, entity, key, values, message {vi, en})
  --limit N        table form: at most N records per rule (default 20; 0 = all)
  --list           list the rules with their explanations, check nothing

Exit codes of this command: 0 when there is no error-severity finding (warnings may remain); 3 when there is at least one error; 2 for an unknown rule.
Example: doingoai check --rule dates.end_before_start --rule money.missing_rate`,
  },
  options: {
    rule: { type: "string", multiple: true },
    "as-of": { type: "string" },
    format: { type: "string" },
    list: { type: "boolean" },
    limit: { type: "string" },
  },
  async run(ctx) {
    const format = (ctx.values["format"] ?? "table") as Format;
    if (format !== "table" && format !== "json") {
      throw new DoingoaiError(
        {
          vi: `--format: table | json (nhận được ${String(format)})`,
          en: `--format: table | json (got ${String(format)})`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    const limitText = ctx.values["limit"] ?? "20";
    const limit = Number(limitText);
    if (typeof limitText !== "string" || !/^\d+$/.test(limitText) || !Number.isSafeInteger(limit)) {
      throw new DoingoaiError(
        {
          vi: `--limit: số nguyên ≥ 0 (nhận được ${String(limitText)})`,
          en: `--limit: a whole number ≥ 0 (got ${String(limitText)})`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    const { listRules, ruleById, runChecks } = await import("../../lib/checks/index.ts");
    if (ctx.values["list"] === true) {
      ctx.stdout.write(
        format === "json"
          ? JSON.stringify(
              listRules().map((r) => ({
                id: r.id,
                severity: r.severity,
                title: r.title,
                explanation: r.explanation,
                entities: r.entities,
              })),
              null,
              2,
            ) + "\n"
          : rulesText(listRules(), ctx.lang),
      );
      return exitCodes.ok;
    }
    const ids = strings(ctx.values["rule"]);
    const unknown = ids.filter((id) => !ruleById(id));
    if (unknown.length > 0) {
      const known = listRules()
        .map((r) => r.id)
        .join(", ");
      throw new DoingoaiError(
        {
          vi: `Không có quy tắc: ${unknown.join(", ")}. Các quy tắc: ${known}.`,
          en: `No such rule: ${unknown.join(", ")}. Rules: ${known}.`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    const asOf = optionalDate("--as-of", ctx.values["as-of"]);
    const store = await openExistingStore(ctx.db, { advice: importOrChooseDb });
    try {
      const findings = await runChecks(store, {
        ...(ids.length > 0 ? { rules: ids } : {}),
        ...(typeof asOf === "string" ? { asOf } : {}),
      });
      const rulesRun = ids.length > 0 ? new Set(ids).size : listRules().length;
      ctx.stdout.write(
        format === "json"
          ? JSON.stringify(findings, null, 2) + "\n"
          : findingsText(findings, rulesRun, ctx.lang, limit, listRules()),
      );
      return findings.some((f) => f.severity === "error") ? exitCodes.invalidData : exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
