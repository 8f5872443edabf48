import { usageError } from "../usageError.ts";
import { textTable } from "../textTable.ts";
import { openExistingStore } from "../openExistingStore.ts";
import type { Lang } from "../../data/Bilingual.ts";
import { formatNumber, formatPercent } from "../../data/format.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import {
  forecastMethodLabels,
  forecastMethods,
  type ForecastMethod,
} from "../../data/planning/forecast/FittedModel.ts";
import type { IndicatorForecast } from "../../lib/planning/forecastIndicator.ts";
import { optionalDate } from "../argCheck.ts";
import type { Command, CommandContext } from "../Command.ts";

function strings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

function year(values: CommandContext["values"], name: string): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^\d{4}$/.test(v)) {
    throw usageError(
      `--${name} cần một năm (ví dụ 2030), nhận được ${String(v)}`,
      `--${name} needs a year (e.g. 2030), got ${String(v)}`,
    );
  }
  return Number(v);
}

const methodNames = forecastMethodLabels;

/** The forecast as a text table: history, forecast with interval, then the backtest per method. */
export function forecastTable(f: IndicatorForecast, lang: Lang): string {
  const value = (x: number | null) =>
    f.series.unit === "percent"
      ? formatPercent(x, { lang })
      : formatNumber(x, { lang, digits: Number.isInteger(x) ? 0 : 2 });
  const level = formatPercent(f.level, { lang, digits: 0 });
  const head =
    lang === "vi" ? ["Kỳ", "Giá trị", `Khoảng ${level}`, ""] : ["Period", "Value", `${level} interval`, ""];
  const rows = [
    head,
    ...f.series.points.map((p) => [p.label, value(p.value), "", lang === "vi" ? "số liệu" : "actual"]),
    ...f.forecast.map((p) => [
      p.label,
      value(p.value),
      p.lower === null || p.upper === null ? "—" : `${value(p.lower)} – ${value(p.upper)}`,
      lang === "vi" ? "dự báo" : "forecast",
    ]),
  ];
  const bt = f.backtests.filter((b) => b.forecasts.length > 0);
  const btRows = [
    lang === "vi" ? ["Phương pháp", "Số lần thử", "MAPE", "MASE"] : ["Method", "Forecasts", "MAPE", "MASE"],
    ...bt.map((b) => [
      methodNames[b.method][lang] + (b.method === f.method ? " *" : ""),
      String(b.forecasts.length),
      b.mape === null ? "—" : `${formatNumber(b.mape, { lang, digits: 1 })}%`,
      b.mase === null ? "—" : formatNumber(b.mase, { lang, digits: 2 }),
    ]),
  ];
  const source =
    f.series.source === "indicators"
      ? lang === "vi"
        ? "chỉ tiêu"
        : "indicator"
      : lang === "vi"
        ? "số liệu công bố"
        : "published figures";
  const title = `${f.series.indicator} (${source}, ${f.series.unit}) — ${lang === "vi" ? "phương pháp" : "method"}: ${methodNames[f.method][lang]}`;
  const backtest =
    bt.length === 0
      ? lang === "vi"
        ? "Chuỗi quá ngắn để kiểm định lại (cần ít nhất 4 điểm)."
        : "The series is too short to backtest (4 points or more needed)."
      : `${lang === "vi" ? "Kiểm định lại (rolling origin, mỗi lần dự báo 1 điểm kế tiếp; * = phương pháp dùng):" : "Backtest (rolling origin, one step ahead; * = method used):"}\n${textTable(btRows)}`;
  return [title, "", textTable(rows), "", backtest].join("\n") + "\n";
}

export const forecastCommand: Command = {
  name: "forecast",
  summary: {
    vi: "Dự báo một chỉ tiêu hoặc chuỗi số liệu công bố đến một năm, có khoảng dự báo",
    en: "Forecast an indicator or a published series to a year, with a prediction interval",
  },
  usage:
    "doingoai forecast --indicator ID [--where DIM=VALUE...] --until YEAR [--from YEAR] [--to YEAR] [--method auto|naive|linear|compound|holt|combo] [--level 0.8] [--as-of yyyy-mm-dd] [--format table|json] [--db PATH]",
  help: {
    vi: `Đọc chuỗi theo năm của chỉ tiêu (doingoai indicators) hoặc, nếu mã không có trong danh mục chỉ tiêu, chuỗi số liệu công bố (published_figures, ví dụ fdi.active_projects), rồi dự báo đến hết năm --until với khoảng dự báo. Phương pháp mặc định (auto) được chọn theo sai số kiểm định lại (MASE thấp nhất); bảng kết quả có MAPE và MASE của từng phương pháp. Xem docs/forecasting.md.

Tùy chọn:
  --indicator ID       mã chỉ tiêu hoặc mã số liệu công bố
  --where DIM=VALUE    lọc chỉ tiêu theo chiều (ví dụ country=LA), lặp lại được
  --until YEAR         năm cuối cần dự báo
  --from/--to YEAR     khoảng năm lịch sử (mặc định 2015 đến năm trước --as-of)
  --method M           auto (mặc định), naive, linear, compound (tăng trưởng kép), holt, combo (kết hợp đều)
  --level L            độ phủ của khoảng dự báo, 0–1 (mặc định 0.8)
  --format table|json  mặc định table

Ví dụ: doingoai forecast --indicator delegations.inbound --where country=LA --until 2030
       doingoai forecast --indicator fdi.active_projects --until 2030`,
    en: `Reads the yearly series of an indicator (doingoai indicators) or, when the id is not in the indicator registry, a published series (published_figures, e.g. fdi.active_projects), and forecasts it to the end of --until with a prediction interval. The default method (auto) is chosen by backtest error (lowest MASE); the output lists MAPE and MASE per method. See docs/forecasting.md.

Options:
  --indicator ID       indicator id or published-figure id
  --where DIM=VALUE    filter the indicator by a dimension (e.g. country=LA), repeatable
  --until YEAR         last year to forecast
  --from/--to YEAR     years of history (default 2015 to the year before --as-of)
  --method M           auto (default), naive, linear, compound (compound growth), holt, combo (equal-weight combination)
  --level L            interval coverage, 0–1 (default 0.8)
  --format table|json  default table

Examples: doingoai forecast --indicator delegations.inbound --where country=LA --until 2030
          doingoai forecast --indicator fdi.active_projects --until 2030`,
  },
  options: {
    indicator: { type: "string" },
    where: { type: "string", multiple: true },
    until: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    method: { type: "string" },
    level: { type: "string" },
    "as-of": { type: "string" },
    format: { type: "string" },
  },
  async run(ctx) {
    const v = ctx.values;
    const indicator = v["indicator"];
    if (typeof indicator !== "string" || indicator === "")
      throw usageError("Cần --indicator ID.", "--indicator ID is required.");
    const until = year(v, "until");
    if (until === undefined) throw usageError("Cần --until YEAR.", "--until YEAR is required.");
    const format = v["format"] ?? "table";
    if (format !== "table" && format !== "json") {
      throw usageError(
        `--format: table | json (nhận được ${String(format)})`,
        `--format: table | json (got ${String(format)})`,
      );
    }
    const method = v["method"] ?? "auto";
    if (method !== "auto" && !forecastMethods.includes(method as ForecastMethod)) {
      throw usageError(
        `--method: auto | naive | linear | compound | holt | combo (nhận được ${String(method)})`,
        `--method: auto | naive | linear | compound | holt | combo (got ${String(method)})`,
      );
    }
    const level = v["level"] === undefined ? 0.8 : Number(v["level"]);
    if (!(level > 0 && level < 1))
      throw usageError(
        `--level cần số trong (0, 1), nhận được ${String(v["level"])}`,
        `--level needs a number in (0, 1), got ${String(v["level"])}`,
      );
    const where: Record<string, string> = {};
    for (const w of strings(v["where"])) {
      const i = w.indexOf("=");
      if (i <= 0)
        throw usageError(
          `--where cần dạng CHIỀU=GIÁ_TRỊ (ví dụ country=LA), nhận được: ${w}`,
          `--where needs DIM=VALUE (e.g. country=LA), got: ${w}`,
        );
      where[w.slice(0, i)] = w.slice(i + 1);
    }
    const asOf = optionalDate("--as-of", v["as-of"]);
    const from = year(v, "from");
    const to = year(v, "to");
    const { forecastIndicator } = await import("../../lib/planning/forecastIndicator.ts");
    const store = await openExistingStore(ctx.db);
    try {
      const f = await forecastIndicator(store, {
        indicator,
        until,
        method: method as ForecastMethod | "auto",
        level,
        ...(Object.keys(where).length > 0 ? { where } : {}),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(typeof asOf === "string" ? { asOf } : {}),
      });
      ctx.stdout.write(format === "json" ? JSON.stringify(f, null, 2) + "\n" : forecastTable(f, ctx.lang));
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
