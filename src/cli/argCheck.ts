import { PeriodError, periodYears, readPeriod } from "../data/readPeriod.ts";
import { usageError } from "./usageError.ts";

/** Years a command line may name (dates, year ranges): the periods' limits. */
const { first: firstYear, last: lastYear } = periodYears;

/**
 * A period id given on the command line ("2019", "2019Q1", "2019-03", "2026-2030"), checked by
 * the library's one parser (readPeriod): anything else, or a year outside 1900–2100, is a usage
 * error (exit code 2) in both languages.
 */
export function periodArg(option: string, value: string): string {
  try {
    return readPeriod(value).id;
  } catch (e) {
    if (e instanceof PeriodError) throw usageError(`${option}: ${e.text.vi}`, `${option}: ${e.text.en}`);
    throw e;
  }
}

/**
 * A date given on the command line as yyyy-mm-dd that exists in the calendar
 * (2019-02-30 does not); else a usage error (exit code 2) in both languages.
 */
export function dateArg(option: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const y = Number(m?.[1]);
  const d = m ? new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]))) : undefined;
  const real =
    d !== undefined &&
    y >= firstYear &&
    y <= lastYear &&
    d.getUTCMonth() === Number(m![2]) - 1 &&
    d.getUTCDate() === Number(m![3]);
  if (!real) {
    throw usageError(
      `${option}: ngày không hợp lệ «${value}»; cần một ngày có thật dạng yyyy-mm-dd (ví dụ 2019-12-31).`,
      `${option}: invalid date «${value}»; expected a real date as yyyy-mm-dd (e.g. 2019-12-31).`,
    );
  }
  return value;
}

/** The value of an optional date option, checked with {@link dateArg}. */
export function optionalDate(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return dateArg(option, typeof value === "string" ? value : String(value));
}

/**
 * The years a site offers, given as one year ("2024") or a range ("2019-2024"): its first
 * and last year. Anything else is a usage error (exit code 2) in both languages.
 */
export function yearsArg(option: string, value: string): { from: number; to: number } {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (!m || from < firstYear || to > lastYear || from > to) {
    throw usageError(
      `${option}: «${value}» không hợp lệ; cần một năm (2024) hoặc một khoảng năm (2019-2024), năm từ ${firstYear} đến ${lastYear}.`,
      `${option}: invalid «${value}»; expected a year (2024) or a range of years (2019-2024), years ${firstYear} to ${lastYear}.`,
    );
  }
  return { from, to };
}
