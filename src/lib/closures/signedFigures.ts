import { parseClosablePeriod, type SignedFigure } from "../../data/periodClosure.ts";
import { buildReviewData } from "../report/buildReviewData.ts";
import type { Store } from "../store/openStore.ts";

/**
 * The headline figures the review of `period` prints, as `doingoai report` computes them
 * (the same function, buildReviewData, with the report's date and "as of" day), so that the
 * figures stored at closing and those recomputed later compare exactly.
 */
export async function reviewFigures(
  store: Store,
  period: string,
  options: { reportDate: string; asOf: string },
): Promise<SignedFigure[]> {
  const p = parseClosablePeriod(period);
  const review = await buildReviewData(store, {
    year: Number(p.id.slice(0, 4)),
    period: p.id,
    reportDate: options.reportDate,
    asOf: options.asOf,
    nextYear: false,
  });
  return review.headline.map((h) => ({
    indicator: h.indicator,
    label: h.label,
    period: h.period,
    unit: h.unit,
    value: h.value,
  }));
}
