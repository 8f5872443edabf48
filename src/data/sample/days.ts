/**
 * Dates as day numbers (days since 1970-01-01, UTC) while generating, and ISO
 * `yyyy-mm-dd` text in the rows. ISO text for the sample's range is cached:
 * formatting a million dates must stay cheap.
 */
const msPerDay = 86_400_000;

let dayCache: Map<string, number> | undefined;

/** Day number of an ISO date. */
export function day(text: string): number {
  dayCache ??= new Map(isoTable().map((t, i) => [t, cacheStart + i]));
  return (
    dayCache.get(text) ?? Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / msPerDay
  );
}

/** Day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / msPerDay;
}

const cacheStart = dayOf(2010, 1, 1);
const cacheEnd = dayOf(2031, 1, 1);
let cache: string[] | undefined;

function isoTable(): string[] {
  cache ??= Array.from({ length: cacheEnd - cacheStart }, (_, i) =>
    new Date((cacheStart + i) * msPerDay).toISOString().slice(0, 10),
  );
  return cache;
}

/** ISO text of a day number. */
export function iso(d: number): string {
  if (d >= cacheStart && d < cacheEnd) return isoTable()[d - cacheStart]!;
  return new Date(d * msPerDay).toISOString().slice(0, 10);
}

/** The calendar year of a day number. */
export function yearOf(d: number): number {
  return +iso(d).slice(0, 4);
}

/** The same day `months` later (clamped to the month's last day). */
export function addMonths(d: number, months: number): number {
  const t = new Date(d * msPerDay);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(t.getUTCDate(), last)) / msPerDay;
}
