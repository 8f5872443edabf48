// How doingoai writes numbers, percentages, money and dates for people: the
// single place these rules live (CLI tables, the Word report, the dashboards).
// Browser-safe: plain Intl, no Node built-ins.
import type { FormatLocaleDefinition } from "d3-format";
import type { TimeLocaleDefinition } from "d3-time-format";
import type { Lang } from "./Bilingual.ts";

/** Options every formatter takes. */
export interface FormatOptions {
  /** Language of the output; default "vi" (`1.234.567,89`), "en" gives `1,234,567.89`. */
  lang?: Lang;
}

/** Options of {@link formatNumber}. */
export interface NumberFormatOptions extends FormatOptions {
  /**
   * Exactly this many decimals (rounded half away from zero). Default: as
   * many as the value needs, at most 2 (`1234.5` → `1.234,5`).
   */
  digits?: number;
}

/** Options of {@link formatPercent}. */
export interface PercentFormatOptions extends FormatOptions {
  /** Decimals of the percentage; default 1 (`0.5963` → `59,6%`). */
  digits?: number;
}

/** A number as it may come from DuckDB (BIGINT as bigint) or be missing. */
export type Numeric = number | bigint | null | undefined;

const noDataText: Record<Lang, string> = { vi: "không có dữ liệu", en: "no data" };

/** What a missing value reads as: "không có dữ liệu" (vi, default) or "no data" (en). */
export function noData(lang: Lang = "vi"): string {
  return noDataText[lang];
}

const formatters = new Map<string, Intl.NumberFormat>();

// Intl with en-US gives stable digits, grouping and rounding (on the decimal
// value as written, so 1.005 → 1.01); Vietnamese output swaps the separators.
// signDisplay "negative" keeps -0 and values that round to zero from printing "-0".
function intlFormat(n: number | bigint, options: Intl.NumberFormatOptions, lang: Lang): string {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { signDisplay: "negative", ...options });
    formatters.set(key, f);
  }
  const en = f.format(n);
  return lang === "en" ? en : en.replace(/[.,]/g, (c) => (c === "," ? "." : ","));
}

function isMissing(n: Numeric): n is null | undefined {
  return n === null || n === undefined || (typeof n === "number" && !Number.isFinite(n));
}

function fractionDigits(digits: number | undefined): Intl.NumberFormatOptions {
  if (digits === undefined) return { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  if (!Number.isInteger(digits) || digits < 0 || digits > 20)
    throw new RangeError(`invalid digits: ${digits}`);
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/**
 * A number with thousands grouping: `formatNumber(1234567.891)` → `1.234.567,89`
 * (vi) or `1,234,567.89` (en). Negative numbers get a leading "-". A missing
 * value (null, undefined, NaN, ±Infinity) gives {@link noData}.
 */
export function formatNumber(n: Numeric, options: NumberFormatOptions = {}): string {
  const lang = options.lang ?? "vi";
  if (isMissing(n)) return noData(lang);
  return intlFormat(n, fractionDigits(options.digits), lang);
}

/** A whole number, rounded half away from zero: `formatInteger(1234.5)` → `1.235`. */
export function formatInteger(n: Numeric, options: FormatOptions = {}): string {
  return formatNumber(n, { ...options, digits: 0 });
}

/**
 * A share given as a fraction (0..1, may go beyond) written as a percentage:
 * `formatPercent(0.5963)` → `59,6%` (vi) or `59.6%` (en). A missing value (an
 * empty denominator is one) gives {@link noData}, never 0%.
 */
export function formatPercent(fraction: Numeric, options: PercentFormatOptions = {}): string {
  const lang = options.lang ?? "vi";
  if (isMissing(fraction)) return noData(lang);
  const digits = options.digits ?? 1;
  return intlFormat(Number(fraction), { style: "percent", ...fractionDigits(digits) }, lang);
}

/** Decimals of an ISO 4217 currency (VND 0, JPY 0, USD 2), from the runtime's data. */
function currencyDigits(currency: string): number {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * An amount of money with its currency. VND has no decimals and reads
 * `1.234.567 ₫` (vi) or `1,234,567 VND` (en); other currencies keep their
 * ISO 4217 decimals and code: `12.345,67 USD` (vi), `12,345.67 USD` (en).
 * A missing amount gives {@link noData}.
 */
export function formatMoney(n: Numeric, currency: string, options: FormatOptions = {}): string {
  const lang = options.lang ?? "vi";
  if (isMissing(n)) return noData(lang);
  const code = currency.toUpperCase();
  const digits = currencyDigits(code);
  const number = intlFormat(n, fractionDigits(digits), lang);
  if (code === "VND") return lang === "vi" ? `${number} ₫` : `${number} VND`;
  return `${number} ${code}`;
}

/** A date as doingoai receives it: ISO `yyyy-mm-dd` (a time part is ignored) or a Date read at UTC. */
export type DateInput = string | Date | null | undefined;

interface YMD {
  y: number;
  m: number;
  d: number;
}

function toYMD(value: string | Date): YMD {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("invalid date: Invalid Date");
    return { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (match) {
    const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
    const check = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d));
    if (check.getUTCMonth() + 1 === ymd.m && check.getUTCDate() === ymd.d) return ymd;
  }
  throw new RangeError(`invalid date: ${value}`);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A date as `dd/mm/yyyy`, zero-padded, in both languages:
 * `formatDate("2020-02-25")` → `25/02/2020`. A Date is read at UTC (DuckDB
 * DATE values arrive as UTC midnight). A missing date gives {@link noData};
 * an impossible one (2019-02-31, not a date) throws a RangeError.
 */
export function formatDate(value: DateInput, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return noData(options.lang ?? "vi");
  const { y, m, d } = toYMD(value);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

const monthsEn = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date written out, as at the head of an administrative document:
 * vi `ngày 25 tháng 02 năm 2020`, en `25 February 2020`. In Vietnamese, days
 * below 10 and the months 1 and 2 take a leading zero and other months do not
 * (`ngày 05 tháng 3 năm 2020`), the rule of Decree 30/2020/NĐ-CP on
 * administrative documents. `lang` may be given as a string or as options.
 */
export function formatDateLong(value: DateInput, lang: Lang | FormatOptions = "vi"): string {
  const language = typeof lang === "string" ? lang : (lang.lang ?? "vi");
  if (value === null || value === undefined) return noData(language);
  const { y, m, d } = toYMD(value);
  if (language === "en") return `${d} ${monthsEn[m - 1]} ${y}`;
  return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/**
 * d3-format locale for Vietnamese (`d3.formatLocale(viLocale)`): decimal ",",
 * thousands ".", groups of 3, VND after the number (`1.234.567 ₫`), and the
 * same "-" for negatives as {@link formatNumber}.
 */
export const viLocale: FormatLocaleDefinition = {
  decimal: ",",
  thousands: ".",
  grouping: [3],
  currency: ["", " ₫"],
  minus: "-",
  percent: "%",
};

/** d3-format locale for English with the same conventions as {@link formatMoney} (`1,234,567 VND`). */
export const enLocale: FormatLocaleDefinition = {
  decimal: ".",
  thousands: ",",
  grouping: [3],
  currency: ["", " VND"],
  minus: "-",
  percent: "%",
};

/**
 * d3-time-format locale for Vietnamese (`d3.timeFormatLocale(viTimeLocale)`):
 * dates `%d/%m/%Y`, 24-hour time, weekday and month names as Vietnamese
 * offices write them ("Thứ Hai", "Tháng 2"; short "T2" for both).
 */
export const viTimeLocale: TimeLocaleDefinition = {
  dateTime: "%d/%m/%Y %H:%M:%S",
  date: "%d/%m/%Y",
  time: "%H:%M:%S",
  periods: ["SA", "CH"],
  days: ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
  shortDays: ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
  months: [
    "Tháng 1",
    "Tháng 2",
    "Tháng 3",
    "Tháng 4",
    "Tháng 5",
    "Tháng 6",
    "Tháng 7",
    "Tháng 8",
    "Tháng 9",
    "Tháng 10",
    "Tháng 11",
    "Tháng 12",
  ],
  shortMonths: ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"],
};

/** d3-time-format locale for English, with dates `%d/%m/%Y` as in {@link formatDate}. */
export const enTimeLocale: TimeLocaleDefinition = {
  dateTime: "%d/%m/%Y %H:%M:%S",
  date: "%d/%m/%Y",
  time: "%H:%M:%S",
  periods: ["AM", "PM"],
  days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  months: [...monthsEn] as TimeLocaleDefinition["months"],
  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/**
 * The change between two shares (fractions, 0..1) in percentage points, with
 * its sign: `formatPointChange(0.052)` → `+5,2 điểm %` (vi), `+5.2 pp` (en);
 * `-0.03` → `-3,0 điểm %`. The one rule every change of a percent figure
 * follows (CLI, report, pages). A missing change gives {@link noData}.
 */
export function formatPointChange(change: Numeric, options: PercentFormatOptions = {}): string {
  const lang = options.lang ?? "vi";
  if (isMissing(change)) return noData(lang);
  const value = Number(change);
  const sign = value > 0 ? "+" : "";
  return `${sign}${formatNumber(value * 100, { lang, digits: options.digits ?? 1 })} ${lang === "vi" ? "điểm %" : "pp"}`;
}

/**
 * A figure in its unit, as the report and the pages write it: `count` and
 * `persons` whole (`1.234`), `percent` (a fraction) with one decimal
 * (`59,6%`), `USD` whole with the code (`5.930.046 USD`; cents do not matter at
 * a province's scale), `VND` as {@link formatMoney}, `days` with the word
 * ("1 day", "3 days"); any other unit as {@link formatNumber}. Missing is
 * {@link noData}.
 */
export function formatFigure(value: Numeric, unit: string, lang: Lang = "vi"): string {
  if (isMissing(value)) return noData(lang);
  switch (unit) {
    case "percent":
      return formatPercent(value, { lang });
    case "USD":
      return `${formatInteger(value, { lang })} USD`;
    case "VND":
      return formatMoney(value, "VND", { lang });
    case "days":
      return `${formatInteger(value, { lang })} ${lang === "vi" ? "ngày" : Math.abs(Number(value)) === 1 ? "day" : "days"}`;
    case "count":
    case "persons":
      return formatInteger(value, { lang });
    default:
      return formatNumber(value, { lang });
  }
}

/**
 * A change of a figure with its sign, as {@link formatFigure} writes the unit:
 * `+11`, `-3`, and for `percent` the difference in percentage points
 * ({@link formatPointChange}: `+5,2 điểm %` / `+5.2 pp`).
 */
export function formatChange(change: Numeric, unit: string, lang: Lang = "vi"): string {
  if (isMissing(change)) return noData(lang);
  if (unit === "percent") return formatPointChange(change, { lang });
  return `${Number(change) > 0 ? "+" : ""}${formatFigure(change, unit, lang)}`;
}

export { codeLabels, codeLabel, notRecorded } from "./codeLabels.ts";
export type { CodeDimension } from "./codeLabels.ts";
export type { Bilingual, Lang } from "./Bilingual.ts";
