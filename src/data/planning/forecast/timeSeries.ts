/**
 * Time series for forecasting: points with a time `t` in (fractional) years
 * and a value. Irregularly spaced series are allowed (the provincial FDI stock
 * is published at odd dates), so every method works on `t`, not on positions.
 */
export interface SeriesPoint {
  /** Time in years, e.g. 2019 for a yearly period, 2021.997 for 31/12/2021 (see {@link yearFraction}). */
  t: number;
  value: number;
}

/** A series as points, or as plain values at t = 0, 1, 2, … */
export type SeriesInput = readonly SeriesPoint[] | readonly number[];

/**
 * Normalises a series: plain values become points at t = 0, 1, 2, …; points are
 * sorted by t. Throws for non-finite values or two points at the same time.
 */
export function toSeries(input: SeriesInput): SeriesPoint[] {
  const points: SeriesPoint[] = input.map((p, i) =>
    typeof p === "number" ? { t: i, value: p } : { t: p.t, value: p.value },
  );
  points.sort((a, b) => a.t - b.t);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (!Number.isFinite(p.t) || !Number.isFinite(p.value)) {
      throw new Error(`invalid series point: t=${p.t}, value=${p.value}`);
    }
    if (i > 0 && p.t === points[i - 1]!.t) throw new Error(`duplicate time in series: t=${p.t}`);
  }
  return points;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The time of an ISO date (`yyyy-mm-dd`) in fractional years, taken at the
 * end of that day: 31/12/2021 → 2022, 30/06/2019 → 2019 + 181/365. Only
 * differences between times matter to the methods; the end-of-day convention
 * makes "end of 2021" and "end of 2023" exactly 2 years apart.
 */
export function yearFraction(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`invalid date: ${isoDate}`);
  const year = Number(m[1]);
  const dayIndex = (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return year + dayIndex / (isLeap(year) ? 366 : 365);
}

/**
 * The time of a period id in years: a year `2019` → 2019, a quarter `2019Q2`
 * → 2019.25, a month `2019-03` → 2019 + 2/12 (the start of the period, so a
 * yearly series is spaced exactly 1 apart).
 */
export function periodTime(id: string): number {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(id))) return Number(m[1]);
  if ((m = /^(\d{4})Q([1-4])$/.exec(id))) return Number(m[1]) + (Number(m[2]) - 1) / 4;
  if ((m = /^(\d{4})-(\d{2})$/.exec(id))) return Number(m[1]) + (Number(m[2]) - 1) / 12;
  throw new Error(`invalid period: ${id}`);
}
