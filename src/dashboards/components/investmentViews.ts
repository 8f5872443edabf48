import type { FunnelDatum, FunnelSplitDatum } from "./funnelChart.js";

/** The shape of data/investment.json (see its loader). */
export interface InvestmentData {
  years: string[];
  funnel: ({ period: string; dim: "all" | "channel" | "country" } & FunnelSplitDatum)[];
  yearly: {
    period: string;
    contacts: number;
    registered: number;
    capitalUsd: number;
    promotionTrips: number;
    conversion: number | null;
  }[];
  trips: {
    delegation: string;
    period: string;
    start: string;
    country: string;
    contacts: number;
    registered: number;
    capitalUsd: number;
  }[];
}

/** The funnel of the investors first met in `year` (stages reached by now). */
export function funnelOfYear(data: InvestmentData, year: string): FunnelDatum[] {
  const all = data.funnel.find((f) => f.period === year && f.dim === "all");
  if (!all) return [];
  return (["contact", "site_visit", "mou", "registered"] as const).map((stage) => ({
    stage,
    count: all[stage],
  }));
}

/** The funnel of `year` split by channel or country. */
export function funnelSplit(
  data: InvestmentData,
  year: string,
  dim: "channel" | "country",
): FunnelSplitDatum[] {
  return data.funnel.filter((f) => f.period === year && f.dim === dim);
}
