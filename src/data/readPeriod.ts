import type { Bilingual } from "./Bilingual.ts";
import { parsePeriod, type Period, type PeriodKind } from "./periods.ts";

/** Years a period may name (inclusive): outside them a typo (0000, 20199) rather than a real period. */
export const periodYears = { first: 1900, last: 2100 } as const;

const allKinds: readonly PeriodKind[] = ["year", "half", "quarter", "month", "plan"];

const kindWords: Record<PeriodKind, Bilingual> = {
  year: { vi: "năm (2019)", en: "a year (2019)" },
  half: { vi: "nửa năm (2019H1)", en: "half-year (2019H1)" },
  quarter: { vi: "quý (2019Q1)", en: "quarter (2019Q1)" },
  month: { vi: "tháng (2019-03)", en: "month (2019-03)" },
  plan: { vi: "giai đoạn (2026-2030)", en: "plan period (2026-2030)" },
};

function list(words: string[], or: string): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${or} ${words.at(-1)}`;
}

/** A period someone gave that {@link readPeriod} refuses; `text` says why in both languages. */
export class PeriodError extends Error {
  constructor(
    /** The id as given. */
    readonly id: string,
    /** `kỳ không hợp lệ «x»; cần …` / `invalid period «x»; expected …`, with the kinds and years allowed. */
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = "PeriodError";
  }
}

/** What {@link readPeriod} accepts. */
export interface ReadPeriodOptions {
  /** The kinds of period allowed; default all five. */
  kinds?: readonly PeriodKind[];
}

/**
 * The one parser of a period someone gives (a command line, a query, a closure): a period id
 * (see {@link parsePeriod}) of an allowed kind whose years are within {@link periodYears}.
 * Throws a {@link PeriodError} naming the kinds and years expected, in Vietnamese and English.
 */
export function readPeriod(id: string, options: ReadPeriodOptions = {}): Period {
  const kinds = options.kinds ?? allKinds;
  let period: Period | undefined;
  try {
    period = parsePeriod(id);
  } catch {
    period = undefined;
  }
  const years = [period?.start, period?.end].map((d) => Number(d?.slice(0, 4)));
  if (
    period === undefined ||
    !kinds.includes(period.kind) ||
    !years.every((y) => y >= periodYears.first && y <= periodYears.last)
  ) {
    const words = kinds.map((k) => kindWords[k]);
    const { first, last } = periodYears;
    throw new PeriodError(id, {
      vi: `kỳ không hợp lệ «${id}»; cần ${list(
        words.map((w) => w.vi),
        "hoặc",
      )}, năm từ ${first} đến ${last}.`,
      en: `invalid period «${id}»; expected ${list(
        words.map((w) => w.en),
        "or",
      )}, years ${first} to ${last}.`,
    });
  }
  return period;
}

/** True when {@link readPeriod} accepts `id` as one of `kinds` (years within {@link periodYears}). */
export function isPeriodOf(id: string, kinds: readonly PeriodKind[]): boolean {
  try {
    readPeriod(id, { kinds });
    return true;
  } catch {
    return false;
  }
}
