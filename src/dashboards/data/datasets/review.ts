// The annual review of the latest years, exactly as `doingoai report` builds
// it (the report library's buildReviewData: figures as of the report date,
// 25/02 of the following year), so the printable page and the Word report agree.
// `years` are the years the page offers; `reviews` holds one review for each of
// them that has any record (a year with none shows "no data", as `report` says).
import { z } from "zod";
import { buildReviewData, recordsInYear } from "../../../lib/report/buildReviewData.ts";
import { reviewDataSchema } from "../../../lib/report/ReviewData.ts";
import { listClosures } from "../../../lib/closures/listClosures.ts";
import { dataYears, defineDataset } from "./defineDataset.ts";

/** How many of the latest years the page offers (each is about 18 kB with the sample). */
export const reviewYears = 6;

// The page shows neither section I's area-by-area details (`results`, about 25 kB a year with the
// sample, 150 kB at scale 30: they grow with the records) nor next year's plan (`nextYear`, the
// slowest part to compute): both are left out, so the page's data does not grow with the records.
const reviewPageSchema = reviewDataSchema.omit({ results: true, nextYear: true });
const schema = z.object({ years: z.array(z.string()), reviews: z.array(reviewPageSchema) });

export const reviewDataset = defineDataset("review.json", schema, async (store) => {
  const years = (await dataYears(store)).slice(-reviewYears);
  const strategyFile = process.env["DOINGOAI_STRATEGY"];
  const reviews = [];
  const closures = await listClosures(store);
  for (const year of years) {
    // a closed year (or one reopened since) is computed as its signed report was: the page's
    // figures then compare exactly with the signed ones it shows beside a figure that changed
    const closure = closures.filter((c) => c.period === year).at(-1);
    // A year offered with no record at all (a gap) has no review: its page says "no data".
    if ((await recordsInYear(store, Number(year))) === 0) continue;
    const {
      results: _results,
      nextYear: _nextYear,
      ...shown
    } = await buildReviewData(store, {
      year: Number(year),
      nextYear: false,
      ...(closure ? { reportDate: closure.reportDate, asOf: closure.asOf } : {}),
      ...(strategyFile ? { strategyFile } : {}),
    });
    reviews.push(shown);
  }
  return { years, reviews };
});
