import { usageError } from "../usageError.ts";
import { textTable } from "../textTable.ts";
import { csvLine, protectFormula } from "../../lib/io/csv.ts";
import { optionalDate, periodArg } from "../argCheck.ts";
import type { Lang } from "../../data/Bilingual.ts";
import { indicatorUnitNames } from "../../data/indicatorUnits.ts";
import { countryName } from "../../data/countries.ts";
import { formatInteger, formatMoney, formatPercent, formatPointChange, noData } from "../../data/format.ts";
import { existingDbPath, importOrChooseDb, openExistingStore } from "../openExistingStore.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { dimensionLabels } from "../../lib/indicators/dimensionLabels.ts";
import type { IndicatorDef, IndicatorQuery, IndicatorRow } from "../../lib/indicators/index.ts";
import type { Command, CommandContext } from "../Command.ts";

type Format = "table" | "json" | "csv";

function strings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/** Reads the command line into an {@link IndicatorQuery}. Exported for tests. */
export function indicatorQueryFromArgs(values: CommandContext["values"]): IndicatorQuery {
  const query: IndicatorQuery = {};
  const periods = strings(values["period"]).flatMap((p) => p.split(",").map((x) => periodArg("--period", x)));
  const from = values["from"];
  const to = values["to"];
  if (periods.length > 0) query.periods = periods;
  if (typeof from === "string") query.from = periodArg("--from", from);
  if (typeof to === "string") query.to = periodArg("--to", to);
  const by = strings(values["by"]).flatMap((b) => b.split(",").filter((x) => x !== ""));
  if (by.length > 0) query.by = by;
  const ids = strings(values["indicator"]).flatMap((b) => b.split(",").filter((x) => x !== ""));
  if (ids.length > 0) query.indicators = ids;
  const where: Record<string, string[]> = {};
  for (const w of strings(values["where"])) {
    const i = w.indexOf("=");
    if (i <= 0) {
      throw usageError(
        `--where cần dạng CHIỀU=GIÁ_TRỊ (ví dụ country=LA), nhận được: ${w}`,
        `--where needs DIM=VALUE (e.g. country=LA), got: ${w}`,
      );
    }
    (where[w.slice(0, i)] ??= []).push(w.slice(i + 1));
  }
  if (Object.keys(where).length > 0) query.where = where;
  const asOf = optionalDate("--as-of", values["as-of"]);
  if (asOf !== undefined) query.asOf = asOf;
  return query;
}

/** The JSON form: one object per row with indicator, period, unit, value, previous, change, target and one key per split dimension. */
export function rowsToJson(rows: IndicatorRow[]): Record<string, string | number | null>[] {
  return rows.map((r) => ({
    indicator: r.indicator,
    period: r.period,
    ...r.dims,
    unit: r.unit,
    value: r.value,
    previous: r.previous,
    change: r.change,
    target: r.target,
  }));
}

/** Header and fields of the CSV form; text columns (id, period, split values, unit) are guarded against formulas, numbers are written as they are. */
function toCsv(rows: IndicatorRow[], by: string[]): string {
  const header = ["indicator", "period", ...by, "unit", "value", "previous", "change", "target"];
  const cell = (value: string | number | null) =>
    value === null ? "" : typeof value === "number" ? String(value) : protectFormula(value);
  return [header, ...rowsToJson(rows).map((o) => header.map((h) => cell(o[h] ?? null)))]
    .map(csvLine)
    .join("");
}

function formatValue(value: number | null, unit: IndicatorRow["unit"], lang: Lang, signed = false): string {
  if (value === null) return noData(lang);
  const sign = signed && value > 0 ? "+" : "";
  switch (unit) {
    case "percent":
      return signed ? formatPointChange(value, { lang }) : formatPercent(value, { lang });
    case "VND":
    case "USD":
      return sign + formatMoney(value, unit, { lang });
    default:
      return sign + formatInteger(value, { lang });
  }
}

function dimText(dim: string, value: string | null, lang: Lang): string {
  if (value === null) return lang === "vi" ? "(không ghi)" : "(none)";
  if (dim === "country") {
    const name = countryName(value, lang);
    return name && name !== value ? `${value} ${name}` : value;
  }
  return value;
}

// The unit column is narrow: "số" for a count, "%" for a percent, else the unit's name.
function unitLabel(unit: IndicatorRow["unit"], lang: Lang): string {
  if (unit === "percent") return "%";
  if (unit === "count" && lang === "vi") return "số";
  return indicatorUnitNames[unit][lang];
}

function toTable(
  rows: IndicatorRow[],
  by: string[],
  lang: Lang,
  indicatorById: (id: string) => IndicatorDef | undefined,
): string {
  const head =
    lang === "vi"
      ? [
          "Chỉ số",
          "Kỳ",
          ...by.map((d) => dimensionLabels[d]?.vi ?? d),
          "Giá trị",
          "Đơn vị",
          "Kỳ trước",
          "Thay đổi",
        ]
      : [
          "Indicator",
          "Period",
          ...by.map((d) => dimensionLabels[d]?.en ?? d),
          "Value",
          "Unit",
          "Previous",
          "Change",
        ];
  const body = rows.map((r) => [
    indicatorById(r.indicator)?.label[lang] ?? r.indicator,
    r.period,
    ...by.map((d) => dimText(d, r.dims[d] ?? null, lang)),
    formatValue(r.value, r.unit, lang),
    unitLabel(r.unit, lang),
    formatValue(r.previous, r.unit, lang),
    formatValue(r.change, r.unit, lang, true),
  ]);
  const numeric = (i: number) => i >= 2 + by.length && i !== 3 + by.length;
  return textTable([head, ...body], { right: numeric, rule: true }) + "\n";
}

/** Writes an indicator result to stdout as a table, JSON or CSV (shared by `indicators` and `rollup`). */
export function writeIndicatorRows(
  ctx: CommandContext,
  result: { rows: IndicatorRow[]; by: string[] },
  format: Format,
  indicatorById: (id: string) => IndicatorDef | undefined,
): void {
  if (format === "json") ctx.stdout.write(JSON.stringify(rowsToJson(result.rows), null, 2) + "\n");
  else if (format === "csv") ctx.stdout.write(toCsv(result.rows, result.by));
  else ctx.stdout.write(toTable(result.rows, result.by, ctx.lang, indicatorById));
}

/** The --format of `indicators` and `rollup`, checked. */
export function indicatorFormat(value: unknown): Format {
  const format = (value ?? "table") as Format;
  if (format !== "table" && format !== "json" && format !== "csv") {
    throw usageError(
      `--format: table | json | csv (nhận được ${String(format)})`,
      `--format: table | json | csv (got ${String(format)})`,
    );
  }
  return format;
}

/** The options `indicators` and `rollup` share. */
export const indicatorOptions = {
  period: { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  by: { type: "string", multiple: true },
  where: { type: "string", multiple: true },
  indicator: { type: "string", multiple: true },
  "as-of": { type: "string" },
  format: { type: "string" },
} as const;

export const indicatorsCommand: Command = {
  name: "indicators",
  summary: {
    vi: "Tính các chỉ số đối ngoại theo kỳ, chia nhóm và so sánh với kỳ trước",
    en: "Compute the external-affairs indicators by period, split and compared with the previous period",
  },
  usage:
    "doingoai indicators [--period P... | --from P --to P] [--by DIM...] [--where DIM=VALUE...] [--indicator ID...] [--as-of yyyy-mm-dd] [--also DIR...] [--format table|json|csv] [--lang vi|en] [--db PATH]",
  help: {
    vi: `Kỳ: năm 2019, quý 2019Q1, tháng 2019-03, giai đoạn 2026-2030 (mặc định: năm nay). Mỗi dòng có giá trị, giá trị kỳ trước cùng loại và thay đổi. Tỷ lệ không có mẫu số hiện "—" (không có số liệu).

Tùy chọn:
  --period P         kỳ (lặp lại hoặc cách nhau dấu phẩy)
  --from P --to P    khoảng kỳ cùng loại, tính cả hai đầu
  --by DIM           chia theo chiều (country, partner, purpose, level, sector, channel…; lặp lại được)
  --where DIM=VALUE  lọc (lặp lại được; cùng chiều nhiều lần là "hoặc")
  --indicator ID     chỉ tính chỉ số này (lặp lại được; mặc định mọi chỉ số chia được theo các chiều đã chọn)
  --as-of DATE       ngày tính cho chỉ số "đến nay" (mặc định hôm nay)
  --format F         table (mặc định), json, csv
  --also DIR         tính cả bản xuất Parquet của cơ quan đã sáp nhập vào (vd. Bắc Kạn vào Thái Nguyên từ 01/07/2025), đọc tại chỗ, không nhập; chiều office tách riêng từng cơ quan (--by office); tỷ lệ tính trên bản ghi gộp

Danh sách chỉ số và chiều: docs/indicators.md.
Ví dụ: doingoai indicators --period 2019 --by country --indicator delegations.inbound`,
    en: `Periods: year 2019, quarter 2019Q1, month 2019-03, plan period 2026-2030 (default: this year). Each row has the value, the previous period's value and the change. A ratio with no denominator shows "—" (no data).

Options:
  --period P         period (repeat or comma-separate)
  --from P --to P    inclusive range of periods of one kind
  --by DIM           split by a dimension (country, partner, purpose, level, sector, channel…; repeatable)
  --where DIM=VALUE  filter (repeatable; the same dimension twice means "or")
  --indicator ID     compute only this indicator (repeatable; default every indicator that allows the chosen dimensions)
  --as-of DATE       "now" for stock and "by now" indicators (default today)
  --format F         table (default), json, csv
  --also DIR         include the Parquet export of an office merged into this one (e.g. Bắc Kạn into Thái Nguyên from 01/07/2025), read in place, not imported; the office dimension shows them apart (--by office); ratios come from the pooled records

Indicators and dimensions: docs/indicators.md.
Example: doingoai indicators --period 2019 --by country --indicator delegations.inbound`,
  },
  options: { ...indicatorOptions, also: { type: "string", multiple: true } },
  async run(ctx) {
    const format = indicatorFormat(ctx.values["format"]);
    const also = strings(ctx.values["also"]);
    const query = indicatorQueryFromArgs(ctx.values);
    const { computeIndicators, indicatorById } = await import("../../lib/indicators/index.ts");
    const store =
      also.length > 0
        ? await (
            await import("../../lib/rollup/openRollup.ts")
          ).openRollup(also, { home: await existingDbPath(ctx.db, { advice: importOrChooseDb }) })
        : await openExistingStore(ctx.db, { advice: importOrChooseDb });
    try {
      const result = await computeIndicators(store, query, { arrow: false });
      writeIndicatorRows(ctx, result, format, indicatorById);
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
