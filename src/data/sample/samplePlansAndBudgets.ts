import type { AnnualPlan } from "../annualPlans.ts";
import type { Budget } from "../budgets.ts";
import type { Delegation } from "../delegations.ts";
import type { PublishedFigure } from "../publishedFigures.ts";
import { day, dayOf, iso } from "./days.ts";
import type { Random } from "./Random.ts";
import type { RateBook } from "./sampleExchangeRates.ts";
import { syntheticNote } from "./sampleReference.ts";

// Days between the plan's due date (31/12 of the year before) and its approval; > 0 is late.
const approvalDelay: Record<number, number> = {
  2015: -4,
  2016: 34,
  2017: -2,
  2018: -6,
  2019: 64, // docs/conventions.md §1: the 2019 plan was approved late
  2020: 21,
  2021: -3,
  2022: -5,
  2023: 0,
  2024: 9,
  2025: -8,
  2026: -5,
};

/** Years the sample has an annual plan and budget for: 2015–2025 and the plan of 2026. */
export const planYears = Object.keys(approvalDelay).map(Number);

function countBy(
  delegations: readonly Delegation[],
  year: number,
  direction: Delegation["direction"],
): number {
  const prefix = String(year);
  return delegations.filter((d) => d.direction === direction && d.in_plan && d.start_on.startsWith(prefix))
    .length;
}

/**
 * Annual plans: numbers planned near what the year's plan actually held
 * (the 2020 plan was written before COVID), approval dates from `approvalDelay`.
 */
export function sampleAnnualPlans(random: Random, delegations: readonly Delegation[]): AnnualPlan[] {
  return planYears.map((year) => {
    const due = dayOf(year - 1, 12, 31);
    const approved = due + approvalDelay[year]!;
    const basis = year === 2020 || year === 2021 ? 2019 : year === 2026 ? 2025 : year;
    const factor = year === 2021 ? 0.5 : year === 2026 ? 1.05 : 1;
    const planned = (direction: Delegation["direction"]) =>
      Math.round(countBy(delegations, basis, direction) * factor * random.between(1, 1.15));
    return {
      year,
      due_on: iso(due),
      submitted_on: iso(approved - random.int(10, 40)),
      approved_on: iso(approved),
      planned_inbound: planned("inbound"),
      planned_outbound: planned("outbound"),
    };
  });
}

const lines = ["reception", "outbound", "promotion", "conference", "other"] as const;

/**
 * Budgets by year and line, in VND. What was spent comes from the base
 * delegations' costs paid by the province (reception = inbound, promotion =
 * outbound investment promotion, outbound = other outbound trips); the
 * allocation is set around it, from the 2019 level in the COVID years (plans
 * made before), and below it for reception in 2019 (docs/conventions.md §1: overspent).
 */
export function sampleBudgets(random: Random, rates: RateBook, delegations: readonly Delegation[]): Budget[] {
  const spent = new Map<string, number>();
  const add = (year: number, line: string, vnd: number) =>
    spent.set(`${year}:${line}`, (spent.get(`${year}:${line}`) ?? 0) + vnd);
  for (const d of delegations) {
    if (d.funding !== "provincial_budget" || d.cost == null) continue;
    const year = +d.start_on.slice(0, 4);
    const vnd = d.cost * rates.vnd(d.cost_currency ?? "VND", day(d.start_on));
    const line =
      d.direction === "inbound"
        ? "reception"
        : d.purpose === "investment_promotion"
          ? "promotion"
          : "outbound";
    add(year, line, vnd);
  }
  const out: Budget[] = [];
  const million = (x: number) => Math.round(x / 1e6) * 1e6;
  for (const year of planYears) {
    const covid = year === 2020 || year === 2021;
    add(year, "promotion", random.between(150e6, 300e6) * (covid ? 0.3 : 1));
    add(year, "conference", random.between(200e6, 600e6) * (covid ? 0.3 : 1));
    add(year, "other", random.between(100e6, 300e6));
    for (const line of lines) {
      const used = million(spent.get(`${year}:${line}`) ?? 0);
      let allocated: number;
      if (year === 2026) allocated = million((spent.get(`2025:${line}`) ?? 0) * 1.08);
      else if (covid) allocated = million((spent.get(`2019:${line}`) ?? 0) * random.between(0.9, 1.05));
      else if (year === 2019 && line === "reception") allocated = million(used * 0.78);
      else allocated = million(used * random.between(0.9, 1.25));
      out.push({ year, line, allocated, spent: year === 2026 ? null : used, currency: "VND" });
    }
  }
  return out;
}

const published = "Thái Nguyên, số liệu công bố / published";

// docs/conventions.md §5: Thái Nguyên's active FDI stock as published — real figures.
const fdi: [asOf: string, projects: number, capitalUsd: number][] = [
  ["2017-08-31", 126, 7.2e9],
  ["2019-06-30", 135, 7.7e9],
  ["2021-12-31", 170, 9.67e9],
  ["2023-12-31", 211, 10.72e9],
  ["2024-09-30", 197, 10.5e9],
  ["2026-03-31", 263, 11.9e9],
];

// Synthetic: international visitors received, by year.
const visitors = [8200, 9100, 10400, 11800, 12900, 2100, 350, 5200, 9800, 12400, 14100];

/** Published figures: the real FDI series, and a synthetic yearly series labelled as such. */
export function samplePublishedFigures(): PublishedFigure[] {
  const out: PublishedFigure[] = [];
  for (const [as_of, projects, capital] of fdi) {
    out.push({
      indicator: "fdi.active_projects",
      period: null,
      as_of,
      value: projects,
      unit: "projects",
      source: published,
    });
    out.push({
      indicator: "fdi.registered_capital_usd",
      period: null,
      as_of,
      value: capital,
      unit: "USD",
      source: published,
    });
  }
  visitors.forEach((value, i) =>
    out.push({
      indicator: "tourism.international_visitors",
      period: String(2015 + i),
      as_of: null,
      value,
      unit: "visitors",
      source: syntheticNote,
    }),
  );
  return out;
}
