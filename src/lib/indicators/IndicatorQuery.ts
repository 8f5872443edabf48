import { z } from "zod";
import type { IndicatorSpec } from "./IndicatorDef.ts";

const periodId = z.string().min(4);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ISO date yyyy-mm-dd");

/** A target for one indicator and period, optionally for one split (e.g. `{ country: "LA" }`). */
export const indicatorTargetSchema = z.object({
  indicator: z.string(),
  period: periodId,
  value: z.number(),
  where: z.record(z.string(), z.string()).optional(),
});

/**
 * What to compute. Every field is optional:
 * - `indicators`: ids (of the built-ins, or of the registry passed to `computeIndicators`) or
 *   definitions made with `defineIndicator`, mixed; default every indicator of the registry that
 *   allows the `by` and `where` dimensions (explicitly named indicators that do not allow them are
 *   an error).
 * - `periods`: period ids ("2019", "2019Q1", "2019-03", "2026-2030"); or `from`/`to`, an inclusive
 *   range of one kind; default the year of `asOf`.
 * - `by`: split dimensions (each must be allowed by the indicator, see `IndicatorDef.dimensions`).
 * - `where`: filters `dimension → value | values`; values are bound as parameters, never pasted.
 * - `targets`: a target matches a row when indicator and period are equal and its `where` equals the
 *   row's scope (its split values merged with the query's single-valued filters).
 * - `asOf`: ISO date taken as "now" by stock and "by now" indicators; default today (local time).
 */
export const indicatorQuerySchema = z.object({
  indicators: z
    .array(
      z.union([
        z.string(),
        // any object: computeIndicators checks it with defineIndicator, which names the bad field
        z.custom<IndicatorSpec>(
          (v) => typeof v === "object" && v !== null && !Array.isArray(v),
          "expected an indicator id or a defineIndicator(...) definition",
        ),
      ]),
    )
    .optional(),
  periods: z.array(periodId).optional(),
  from: periodId.optional(),
  to: periodId.optional(),
  by: z.array(z.string()).optional(),
  where: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  targets: z.array(indicatorTargetSchema).optional(),
  asOf: isoDate.optional(),
});

/** What to compute: see {@link indicatorQuerySchema} for each field and its default. */
export type IndicatorQuery = z.infer<typeof indicatorQuerySchema>;
/** A target value for one indicator, period and scope: see {@link indicatorTargetSchema}. */
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;
