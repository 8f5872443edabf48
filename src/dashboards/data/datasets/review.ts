// The annual review of the latest years, exactly as `doingoai report` builds
// it (the report library's buildReviewData: figures as of the report date,
// 25/02 of the following year), so the printable page and the Word report agree.
// `years` are the years the page offers; `reviews` holds one review for each of
// them that has any record (a year with none shows "no data", as `report` says).
import { z } from "zod";
import { buildReviewData, recordsInYear } from "../../../lib/report/buildReviewData.ts";
import { reviewDataSchema } from "../../../lib/report/ReviewData.ts";
import { dataYears, defineDataset } from "./defineDataset.ts";

/** How many of the latest years the page offers (each is about 18 kB with the sample). */
export const reviewYears = 6;

const schema = z.object({ years: z.array(z.string()), reviews: z.array(reviewDataSchema) });

export const reviewDataset = defineDataset("review.json", schema, async (store) => {
  const years = (await dataYears(store)).slice(-reviewYears);
  const strategyFile = process.env["DOINGOAI_STRATEGY"];
  const reviews = [];
  for (const year of years) {
    // A year offered with no record at all (a gap) has no review: its page says "no data".
    if ((await recordsInYear(store, Number(year))) === 0) continue;
    reviews.push(
      await buildReviewData(store, { year: Number(year), ...(strategyFile ? { strategyFile } : {}) }),
    );
  }
  return { years, reviews };
});
