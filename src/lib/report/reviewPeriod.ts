import type { Lang } from "../../data/Bilingual.ts";
import { previousPeriod } from "../../data/periods.ts";

/** True for a half-year period ("2024H1"): the six-month review (sơ kết). */
export function isHalfYear(period: string): boolean {
  return /^\d{4}H[12]$/.test(period);
}

/** The period in a sentence: "năm 2019", "6 tháng đầu năm 2024" / "2019", "the first half of 2024". */
export function periodPhrase(period: string, lang: Lang): string {
  const y = period.slice(0, 4);
  if (!isHalfYear(period)) return lang === "vi" ? `năm ${y}` : y;
  const first = period.endsWith("H1");
  return lang === "vi"
    ? `6 tháng ${first ? "đầu" : "cuối"} năm ${y}`
    : `the ${first ? "first" : "second"} half of ${y}`;
}

/** A table column's heading for a period: "Năm 2019", "6 tháng đầu 2024" / "2019", "H1 2024". */
export function periodColumn(period: string, lang: Lang): string {
  const y = period.slice(0, 4);
  if (!isHalfYear(period)) return lang === "vi" ? `Năm ${y}` : y;
  const first = period.endsWith("H1");
  return lang === "vi" ? `6 tháng ${first ? "đầu" : "cuối"} ${y}` : `${first ? "H1" : "H2"} ${y}`;
}

/** The column of the period compared with (the one before: 2018 for 2019, 2023H2 for 2024H1). */
export function previousColumn(period: string, lang: Lang): string {
  return periodColumn(previousPeriod(period), lang);
}

/** The report's subtitle: the annual review (tổng kết) or, for a half-year, the six-month review (sơ kết). */
export function reviewSubtitle(period: string, lang: Lang): string {
  const phrase = periodPhrase(period, lang);
  if (isHalfYear(period)) {
    return lang === "vi"
      ? `Sơ kết công tác đối ngoại ${phrase}`
      : `Six-month review of external affairs, ${phrase}`;
  }
  return lang === "vi" ? `Tổng kết công tác đối ngoại ${phrase}` : `Review of external affairs in ${phrase}`;
}
