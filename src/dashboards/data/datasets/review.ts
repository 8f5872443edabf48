// The annual review of the latest years, exactly as `doingoai report` builds
// it (the report library's buildReviewData: figures as of the report date,
// 25/02 of the following year), so the printable page and the Word report agree.
import { z } from "zod";
import { buildReviewData } from "../../../lib/report/buildReviewData.ts";
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
    reviews.push(
      await buildReviewData(store, { year: Number(year), ...(strategyFile ? { strategyFile } : {}) }),
    );
  }
  return { years, reviews };
});
