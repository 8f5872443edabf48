import type { EntityName } from "../entities.ts";
import { Random } from "./Random.ts";
import { add2019Facts } from "./sample2019.ts";
import { RateBook, sampleExchangeRates } from "./sampleExchangeRates.ts";
import { sampleAnnualPlans, sampleBudgets, samplePublishedFigures } from "./samplePlansAndBudgets.ts";
import { sampleAgreements, sampleNgos, samplePartners } from "./sampleReference.ts";
import { emptyVolume, generateVolume, type Volume, type VolumeContext } from "./sampleVolume.ts";

/** Rows of every entity, in stored form: canonical column names, ISO date text, numbers, booleans, null. */
export type SampleData = Record<EntityName, Record<string, unknown>[]>;

export interface SampleOptions {
  /** Seed of the pseudo-random generator. Default {@link defaultSampleSeed}. */
  seed?: number;
  /**
   * Multiplies the record lists (delegations, agreement activities,
   * investment contacts, aid projects and disbursements, consular cases) for
   * benchmarks: a positive integer, default 1. Copy k ≥ 2 is drawn afresh
   * with ids ending in `-xk`; the reference tables (rates, partners,
   * agreements, NGOs, plans, budgets, published figures) are not multiplied.
   * Scale 100 gives about a million rows.
   */
  scale?: number;
}

/** The default seed: the day of the 2019 review meeting, 25/02/2020. */
export const defaultSampleSeed = 20200225;

/**
 * A realistic, deterministic sample province (Thái Nguyên-like), 2015–2025,
 * for every entity. Everything is synthetic and labelled so (partner notes,
 * rate and figure sources) except the real published FDI series and the
 * real State Bank USD rates. The same seed and scale give identical data.
 *
 * At scale 1 the 2019 facts of docs/conventions.md §1 hold exactly: 3 inbound
 * delegations from Luang Prabang under the MOU and no other inbound from LA,
 * 1 outbound leadership delegation to Luang Prabang, 3 outbound
 * investment-promotion trips, company visits with investors met, 13 NGOs
 * with aid approved worth 5,8–6,0 million USD, the plan approved late and the
 * reception budget overspent. At a larger scale the extra copies add to the
 * 2019 counts, so these facts hold at scale 1 only.
 */
export function generateSample(options: SampleOptions = {}): SampleData {
  const seed = options.seed ?? defaultSampleSeed;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) {
    throw new RangeError(`hệ số nhân phải là số nguyên ≥ 1 / scale must be an integer ≥ 1: ${scale}`);
  }
  if (!Number.isInteger(seed))
    throw new RangeError(`hạt giống phải là số nguyên / seed must be an integer: ${seed}`);

  const exchangeRates = sampleExchangeRates(Random.derive(seed, 0));
  const rates = new RateBook(exchangeRates);
  const context = (copy: number): VolumeContext => ({
    random: Random.derive(seed, copy),
    rates,
    partners: samplePartners,
    agreements: sampleAgreements,
    ngos: sampleNgos,
    suffix: copy === 1 ? "" : `-x${copy}`,
    reserve2019: copy === 1,
  });

  const base = emptyVolume();
  const baseContext = context(1);
  add2019Facts(baseContext, base);
  generateVolume(baseContext, base);
  // plans and budgets follow the base pass only: they are not multiplied
  const fixed = Random.derive(seed, -1);
  const annualPlans = sampleAnnualPlans(fixed, base.delegations);
  const budgets = sampleBudgets(fixed, rates, base.delegations);
  const all: Volume = base;
  for (let copy = 2; copy <= scale; copy++) {
    const extra = generateVolume(context(copy));
    for (const key of Object.keys(extra) as (keyof Volume)[]) {
      const target = all[key] as unknown[];
      for (const row of extra[key]) target.push(row);
    }
  }

  const rows = (list: readonly object[]) => list as Record<string, unknown>[];
  return {
    exchange_rates: rows(exchangeRates),
    partners: rows(samplePartners),
    agreements: rows(sampleAgreements.map((a) => a.row)),
    delegations: rows(all.delegations),
    agreement_activities: rows(all.activities),
    ngos: rows(sampleNgos),
    aid_projects: rows(all.projects),
    aid_disbursements: rows(all.disbursements),
    investment_contacts: rows(all.contacts),
    annual_plans: rows(annualPlans),
    budgets: rows(budgets),
    consular_cases: rows(all.cases),
    published_figures: rows(samplePublishedFigures()),
  };
}
