import type { BarDatum } from "./barChart.js";
import type { CountryDatum } from "./worldMap.js";

/** The shape of data/delegations.json (see its loader). */
export interface DelegationsData {
  years: string[];
  trend: { period: string; direction: string; value: number }[];
  byLevel: { period: string; direction: string; key: string; value: number }[];
  byPurpose: { period: string; direction: string; key: string; value: number }[];
  byCountry: { period: string; direction: string; key: string; value: number }[];
  cost: {
    period: string;
    direction: string;
    level: string;
    medianVnd: number;
    meanVnd: number;
    count: number;
  }[];
  personTrips: { period: string; value: number }[];
  inPlanRate: { period: string; value: number | null }[];
}

/** Delegations per year as series by direction, for {@link trendChart}. */
export function trendOf(data: DelegationsData): { period: string; series: string; value: number }[] {
  return data.trend.map((r) => ({ period: r.period, series: r.direction, value: r.value }));
}

/** A split (level, purpose…) of one year as stacked bars by direction. */
export function splitOfYear(rows: DelegationsData["byLevel"], year: string): BarDatum[] {
  return rows
    .filter((r) => r.period === year)
    .map((r) => ({ key: r.key, group: r.direction, value: r.value }));
}

/** Delegations of both directions per partner country in one year. */
export function countriesOfYear(data: DelegationsData, year: string): CountryDatum[] {
  const sums = new Map<string, number>();
  for (const r of data.byCountry) if (r.period === year) sums.set(r.key, (sums.get(r.key) ?? 0) + r.value);
  return [...sums].map(([country, value]) => ({ country, value }));
}

/**
 * Median cost (VND) of a delegation by level and direction in one year, from
 * the planning library's unit costs (delegations without a cost left out).
 */
export function costPerDelegation(
  data: DelegationsData,
  year: string,
  label: (level: string, direction: string) => string,
): BarDatum[] {
  return data.cost
    .filter((r) => r.period === year && r.level !== "")
    .map((r) => ({ key: label(r.level, r.direction), value: Math.round(r.medianVnd) }));
}
