// The units an indicator's value can have: the one list behind the indicator
// definitions, the review data, the dashboards' dataset and the CLI.
// Browser-safe: zod only.
import { z } from "zod";
import type { Bilingual } from "./Bilingual.ts";

/**
 * The units of an indicator's value: `count`, `persons` (person-trips),
 * `percent` (a fraction 0..1), money in `VND` or `USD`, and `days`.
 */
export const indicatorUnits = ["count", "persons", "percent", "VND", "USD", "days"] as const;

/** Parses an indicator unit (one of {@link indicatorUnits}). */
export const indicatorUnitSchema = z.enum(indicatorUnits);

/** The unit of an indicator's value. Percent values are fractions 0..1; money says its currency. */
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

/**
 * What each unit is called, in Vietnamese and English: the one list the
 * indicator docs, the strategy document and the CLI's tables take their unit
 * words from (each may write a shorter form, such as `%`, where space is short).
 */
export const indicatorUnitNames: Readonly<Record<IndicatorUnit, Bilingual>> = {
  count: { vi: "số lượng", en: "count" },
  persons: { vi: "lượt người", en: "persons" },
  percent: { vi: "tỷ lệ", en: "percent" },
  VND: { vi: "VND", en: "VND" },
  USD: { vi: "USD", en: "USD" },
  days: { vi: "ngày", en: "days" },
};
