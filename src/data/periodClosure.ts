import { z } from "zod";
import { formatDate } from "./format.ts";
import type { Period } from "./periods.ts";
import { readPeriod } from "./readPeriod.ts";

/**
 * Closed periods (issue 20): once the Director signs a review, its period is closed and its
 * figures are the province's figures. Browser-safe: the dashboards read closures from
 * office.json with these schemas.
 */

const bilingual = z.object({ vi: z.string(), en: z.string() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One headline figure of the review as signed: the indicator, its period and its value. */
export const signedFigureSchema = z.object({
  /** Indicator id, e.g. "delegations.inbound". */
  indicator: z.string(),
  label: bilingual,
  /** The period of the value (a half-year review shows the whole year for yearly records). */
  period: z.string(),
  unit: z.string(),
  /** The value the review printed (percent as a fraction 0..1); null = no data. */
  value: z.number().finite().nullable(),
});
/** One headline figure as signed (see {@link signedFigureSchema}). */
export type SignedFigure = z.infer<typeof signedFigureSchema>;

/** One closure of a period, open (the period is closed) or reopened. */
export const periodClosureSchema = z.object({
  /** A year "2024" or a half-year "2024H1", "2024H2". */
  period: z.string(),
  /** The history row (`doingoai history`) of the closing. */
  closedChange: z.number().int().positive(),
  /** When it was closed, ISO 8601 UTC. */
  closedAt: z.string(),
  /** Who closed it. */
  closedBy: z.string().min(1),
  /** The signed report's number, e.g. "12/BC-SNgV". */
  reportNumber: z.string().min(1),
  /** The signed report's date, ISO. */
  reportDate: isoDate,
  /** The day the review computed its figures at (`report --as-of`), ISO; usually the report's date. */
  asOf: isoDate,
  /** The review's headline figures as signed. */
  figures: z.array(signedFigureSchema),
  /** The history row of the reopening; null while the period is closed. */
  reopenedChange: z.number().int().positive().nullable(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
  /** Why it was reopened. */
  reopenReason: z.string().nullable(),
});
/** One closure of a period (see {@link periodClosureSchema}). */
export type PeriodClosure = z.infer<typeof periodClosureSchema>;

/**
 * Parses a period that can be closed: a year `2024` or a half-year `2024H1` / `2024H2`.
 * Throws `invalid closable period: <id>` for anything else (quarters and months have no review).
 */
export function parseClosablePeriod(id: string): Period {
  // The one period parser (readPeriod) and its years 1900-2100; spaces and a lower-case h pass.
  try {
    return readPeriod(id.trim().toUpperCase(), { kinds: ["year", "half"] });
  } catch {
    throw new Error(`invalid closable period: ${id}`);
  }
}

/**
 * True when closing `outer` holds `inner`: a year holds itself and both its halves; a
 * half-year holds itself only.
 */
export function closureHolds(outer: string, inner: string): boolean {
  return outer === inner || (/^\d{4}$/.test(outer) && inner.startsWith(outer) && /^\d{4}H[12]$/.test(inner));
}

/** The closure in force over `period` (its own, or its year's for a half), if any. */
export function closureInForce(
  closures: readonly PeriodClosure[],
  period: string,
): PeriodClosure | undefined {
  return closures.find((c) => c.reopenedChange === null && closureHolds(c.period, period));
}

/**
 * The day of an instant (`closedAt`, `reopenedAt`: ISO, UTC) as dd/mm/yyyy in the local time
 * zone (the office's machine or browser), as `doingoai history` shows times: a closing at 06:00
 * in Hà Nội is 23:00 UTC the day before.
 */
export function closureDay(instant: string): string {
  const d = new Date(instant);
  return formatDate(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
}
