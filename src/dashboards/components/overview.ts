import type { HeadlineValue } from "./headlineCard.js";
import type { Bilingual } from "./labels.js";

/** The shape of data/indicators.json (see its loader). */
export interface IndicatorsData {
  years: string[];
  indicators: {
    id: string;
    label: Bilingual;
    definition: Bilingual;
    unit: string;
    direction: "up" | "down";
  }[];
  rows: {
    indicator: string;
    period: string;
    value: number | null;
    previous: number | null;
    change: number | null;
    target: number | null;
  }[];
  alerts: { year: string; kind: string; indicator: string; value: number | null; text: Bilingual }[];
}

/** The headline indicators of the overview, in reading order (issue 5). */
export const headlineIds = [
  "aid.committed_usd",
  "aid.disbursed_usd",
  "delegations.inbound",
  "delegations.outbound",
  "investment.promotion_trips",
  "investment.contacts",
  "investment.registered",
  "agreements.follow_through",
  "plan.approval_delay_days",
  "budget.reception_utilisation",
];

/** The values of `ids` for `year`, with labels and units, ready for headline cards. */
export function valuesFor(data: IndicatorsData, year: string, ids: string[] = headlineIds): HeadlineValue[] {
  return ids.flatMap((id) => {
    const def = data.indicators.find((d) => d.id === id);
    const row = data.rows.find((r) => r.indicator === id && r.period === year);
    if (!def || !row) return [];
    return [{ ...def, value: row.value, previous: row.previous, change: row.change, target: row.target }];
  });
}

/** One indicator's values over the years (for a trend chart). */
export function seriesOf(
  data: IndicatorsData,
  id: string,
): { period: string; series: string; value: number | null }[] {
  return data.rows
    .filter((r) => r.indicator === id)
    .map((r) => ({ period: r.period, series: id, value: r.value }));
}
