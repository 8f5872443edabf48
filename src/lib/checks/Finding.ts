import { z } from "zod";

/** How bad a finding is: an `error` is data that is wrong; a `warning` is data that may be wrong or incomplete. */
export const severitySchema = z.enum(["error", "warning"]);
/** How bad a finding is: error (exit code 3 from `check`) or warning. */
export type Severity = z.infer<typeof severitySchema>;

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A value a finding quotes: dates as ISO `yyyy-mm-dd` text, numbers as numbers, or a list of such values. */
export const findingValueSchema = z.union([scalarSchema, z.array(scalarSchema)]);
/** The offending value of a finding: a scalar or a list of scalars. */
export type FindingValue = z.infer<typeof findingValueSchema>;

/**
 * One offending record found by a data-quality rule: which rule, which table
 * and record (its key as `column=value`, e.g. `delegation_id=D12`), the values
 * that break the rule, and what to do about it in Vietnamese and English.
 */
export const findingSchema = z.object({
  /** Rule id, e.g. "dates.end_before_start". */
  rule: z.string(),
  severity: severitySchema,
  /** Table of the record, e.g. "delegations". */
  entity: z.string(),
  /** The record's key, e.g. "delegation_id=D12" or "indicator=fdi.active_projects, as_of=2024-09-30, source=…". */
  key: z.string(),
  /** The offending values, by column or role (dates ISO). */
  values: z.record(z.string(), findingValueSchema),
  /** What is wrong with this record and what to do, Vietnamese first. */
  message: z.object({ vi: z.string(), en: z.string() }),
});
/** One offending record found by a data-quality rule (inferred from {@link findingSchema}). */
export type Finding = z.infer<typeof findingSchema>;
