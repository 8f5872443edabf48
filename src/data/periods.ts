/**
 * Period ids (docs/conventions.md §2): a year `2019`, a half-year `2019H1` (the six-month
 * review), a quarter `2019Q1`, a month
 * `2019-03`, and a plan period `2026-2030`. The fiscal year is the calendar
 * year. Dates are ISO `yyyy-mm-dd` strings; bounds are inclusive.
 */
export type PeriodKind = "year" | "half" | "quarter" | "month" | "plan";

/** A parsed period: its id, kind and first and last day (see {@link parsePeriod}). */
export interface Period {
  id: string;
  kind: PeriodKind;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO. */
  end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthBounds(year: number, first: number, last: number): { start: string; end: string } {
  return {
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
  };
}

/** Parses a period id; throws `invalid period: <id>` for anything else. */
export function parsePeriod(id: string): Period {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(id))) {
    const y = Number(m[1]);
    return { id, kind: "year", ...monthBounds(y, 1, 12) };
  }
  if ((m = /^(\d{4})H([12])$/.exec(id))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return { id, kind: "half", ...monthBounds(y, h * 6 - 5, h * 6) };
  }
  if ((m = /^(\d{4})Q([1-4])$/.exec(id))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { id, kind: "quarter", ...monthBounds(y, q * 3 - 2, q * 3) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(id))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) return { id, kind: "month", ...monthBounds(y, mo, mo) };
  }
  if ((m = /^(\d{4})-(\d{4})$/.exec(id))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b >= a) return { id, kind: "plan", start: `${a}-01-01`, end: `${b}-12-31` };
  }
  throw new Error(`invalid period: ${id}`);
}

/** True when `id` is a valid period id. */
export function isPeriod(id: string): boolean {
  try {
    parsePeriod(id);
    return true;
  } catch {
    return false;
  }
}

/** The period of the same kind just before: 2019 → 2018, 2019H1 → 2018H2, 2019Q1 → 2018Q4, 2019-01 → 2018-12, 2026-2030 → 2021-2025. */
export function previousPeriod(id: string): string {
  return shiftPeriod(id, -1);
}

/** The period `n` steps after (negative: before) `id`, of the same kind. */
export function shiftPeriod(id: string, n: number): string {
  const p = parsePeriod(id);
  const y = Number(id.slice(0, 4));
  switch (p.kind) {
    case "year":
      return String(y + n);
    case "half": {
      const i = y * 2 + Number(id.slice(5)) - 1 + n;
      return `${Math.floor(i / 2)}H${(i % 2) + 1}`;
    }
    case "quarter": {
      const i = y * 4 + Number(id.slice(5)) - 1 + n;
      return `${Math.floor(i / 4)}Q${(i % 4) + 1}`;
    }
    case "month": {
      const i = y * 12 + Number(id.slice(5)) - 1 + n;
      return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
    }
    case "plan": {
      const len = Number(id.slice(5)) - y + 1;
      return `${y + n * len}-${y + n * len + len - 1}`;
    }
  }
}

/** Every period of `from`'s kind from `from` to `to` inclusive; both must be of the same kind. */
export function periodRange(from: string, to: string): string[] {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a.kind !== b.kind) throw new Error(`period kinds differ: ${from}, ${to}`);
  if (a.start > b.start) throw new Error(`invalid period range: ${from} after ${to}`);
  const out: string[] = [];
  for (let p = from; ; p = shiftPeriod(p, 1)) {
    out.push(p);
    if (p === to) return out;
  }
}

/** The years a plan period covers: "2026-2030" → ["2026", …, "2030"]. A year gives itself. */
export function yearsOf(id: string): string[] {
  const p = parsePeriod(id);
  return periodRange(p.start.slice(0, 4), p.end.slice(0, 4));
}

/** The period of kind `kind` that contains the ISO date. */
export function periodOf(date: string, kind: Exclude<PeriodKind, "plan">): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (kind === "year") return y;
  if (kind === "half") return `${y}H${m <= 6 ? 1 : 2}`;
  if (kind === "quarter") return `${y}Q${Math.ceil(m / 3)}`;
  return `${y}-${pad(m)}`;
}
