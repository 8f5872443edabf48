// Investment promotion: the funnel from first contact to registration, by
// cohort year (the year the investor was first met), country and channel;
// yearly registrations and capital; and the promotion trips with what came of
// them. Yearly figures come from computeIndicators. The funnel's middle stages
// (site visit, MOU) are no indicator and are counted here; its last stage is
// checked against investment.conversion_rate so the two cannot drift apart.
import { z } from "zod";
import { computeIndicators } from "../../../lib/indicators/index.ts";
import { dataYears, defineDataset, isoDate } from "./defineDataset.ts";

const count = z.number().int().nonnegative();
const schema = z.object({
  years: z.array(z.string()),
  funnel: z.array(
    z.object({
      period: z.string(),
      dim: z.enum(["all", "channel", "country"]),
      key: z.string(),
      contact: count,
      site_visit: count,
      mou: count,
      registered: count,
    }),
  ),
  yearly: z.array(
    z.object({
      period: z.string(),
      contacts: count,
      registered: count,
      capitalUsd: z.number().nonnegative(),
      promotionTrips: count,
      conversion: z.number().min(0).max(1).nullable(),
    }),
  ),
  trips: z.array(
    z.object({
      delegation: z.string(),
      period: z.string(),
      start: z.string(),
      country: z.string(),
      contacts: count,
      registered: count,
      capitalUsd: z.number().nonnegative(),
    }),
  ),
});

type Funnel = z.infer<typeof schema>["funnel"][number];

export const investmentDataset = defineDataset("investment.json", schema, async (store) => {
  const years = await dataYears(store);
  // Stages reached by today (dates after today are plans, not events).
  const stages = `count(*)::INTEGER AS contact,
      count(*) FILTER (WHERE site_visit_on <= current_date)::INTEGER AS site_visit,
      count(*) FILTER (WHERE mou_on <= current_date)::INTEGER AS mou,
      count(*) FILTER (WHERE registered_on <= current_date)::INTEGER AS registered`;
  const cohort = "CAST(year(first_contact_on) AS VARCHAR)";
  const funnel = await store.all<Funnel>(`
    SELECT ${cohort} AS period, 'all' AS dim, '' AS key, ${stages} FROM investment_contacts GROUP BY ALL
    UNION ALL SELECT ${cohort}, 'channel', channel, ${stages} FROM investment_contacts GROUP BY ALL
    UNION ALL SELECT ${cohort}, 'country', country, ${stages} FROM investment_contacts GROUP BY ALL
    ORDER BY 1, 2, 3`);
  const result =
    years.length === 0
      ? { rows: [] }
      : await computeIndicators(store, {
          indicators: [
            "investment.contacts",
            "investment.registered",
            "investment.registered_capital_usd",
            "investment.promotion_trips",
            "investment.conversion_rate",
          ],
          periods: years,
        });
  const value = (id: string, period: string) =>
    result.rows.find((r) => r.indicator === id && r.period === period)?.value ?? null;
  for (const f of funnel.filter((f) => f.dim === "all")) {
    const contacts = value("investment.contacts", f.period);
    const rate = value("investment.conversion_rate", f.period);
    if (contacts !== f.contact || (rate !== null && Math.round(rate * contacts) !== f.registered)) {
      throw new Error(
        `funnel of ${f.period} (${f.contact} contacts, ${f.registered} registered) disagrees with investment.contacts ${contacts} / investment.conversion_rate ${rate}`,
      );
    }
  }
  const trips = await store.all<{
    delegation: string;
    start: Date;
    country: string;
    contacts: number;
    registered: number;
    capitalUsd: number;
  }>(`
    SELECT d.delegation_id AS delegation, d.start_on AS start, d.country,
           count(c.contact_id)::INTEGER AS contacts, count(c.registered_on)::INTEGER AS registered,
           coalesce(sum(c.registered_capital_usd), 0)::DOUBLE AS capitalUsd
      FROM delegations d LEFT JOIN investment_contacts c ON c.delegation_id = d.delegation_id
     WHERE d.direction = 'outbound' AND d.purpose = 'investment_promotion'
     GROUP BY ALL ORDER BY d.start_on`);
  return {
    years,
    funnel,
    yearly: years.map((period) => ({
      period,
      contacts: value("investment.contacts", period) ?? 0,
      registered: value("investment.registered", period) ?? 0,
      capitalUsd: value("investment.registered_capital_usd", period) ?? 0,
      promotionTrips: value("investment.promotion_trips", period) ?? 0,
      conversion: value("investment.conversion_rate", period),
    })),
    trips: trips.map((t) => {
      const start = isoDate(t.start) ?? "";
      return { ...t, start, period: start.slice(0, 4) };
    }),
  };
});
