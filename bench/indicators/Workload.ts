import { listIndicators } from "../../src/lib/indicators/index.ts";

/** One of the two benchmark workloads: the whole indicator set for one year, or ten years split by country. */
export interface Workload {
  name: "one-year" | "ten-years-by-country";
  years: number[];
  byCountry: boolean;
  /** The "now" of stock and "by now" indicators. */
  asOf: string;
  /** Indicators computed: every one that allows the split. */
  indicators: string[];
}

// The indicator set, its splits and which are ratios come from the registry, so the benchmark
// follows it as indicators are added; the hand-written SQL of each stays independent.
const definitions = listIndicators();

export const allIndicators = definitions.map((d) => d.id);

/** Ratios and days: an empty cell is "no data" (null); counts and sums: 0. */
export const ratioIndicators = new Set(
  definitions.filter((d) => d.unit === "percent" || d.unit === "days").map((d) => d.id),
);

const splitByCountry = definitions.filter((d) => d.dimensions.includes("country")).map((d) => d.id);

export const workloads: Record<Workload["name"], Workload> = {
  "one-year": {
    name: "one-year",
    years: [2024],
    byCountry: false,
    asOf: "2025-12-31",
    indicators: [...allIndicators],
  },
  "ten-years-by-country": {
    name: "ten-years-by-country",
    years: Array.from({ length: 10 }, (_, i) => 2015 + i),
    byCountry: true,
    asOf: "2025-12-31",
    indicators: splitByCountry,
  },
};

/** Computed numbers: `indicator|year|country` (country "" when unsplit or unknown) → value. */
export type Cells = Map<string, number | null>;

export const cellKey = (indicator: string, year: number | string, country: string | null | undefined) =>
  `${indicator}|${year}|${country ?? ""}`;

/**
 * Differences between two results: a missing cell is the empty value (0 for
 * counts and sums, null for ratios and days), and a null sum equals 0.
 * Values agree within 1e-9 relative.
 */
export function compareCells(a: Cells, b: Cells, limit = 10): string[] {
  const out: string[] = [];
  const norm = (key: string, v: number | null | undefined) => {
    const ratio = ratioIndicators.has(key.slice(0, key.indexOf("|")));
    if (v === undefined || v === null || Number.isNaN(v)) return ratio ? null : 0;
    return v;
  };
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = norm(key, a.get(key));
    const y = norm(key, b.get(key));
    const same =
      x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
    if (!same && out.length < limit) out.push(`${key}: ${x} ≠ ${y}`);
  }
  return out;
}
