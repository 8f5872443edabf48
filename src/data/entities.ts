import { agreementActivities } from "./agreementActivities.ts";
import { agreements } from "./agreements.ts";
import { aidDisbursements } from "./aidDisbursements.ts";
import { aidProjects } from "./aidProjects.ts";
import { annualPlans } from "./annualPlans.ts";
import { budgets } from "./budgets.ts";
import { consularCases } from "./consularCases.ts";
import type { Entity } from "./defineEntity.ts";
import { delegations } from "./delegations.ts";
import { exchangeRates } from "./exchangeRates.ts";
import { investmentContacts } from "./investmentContacts.ts";
import { ngos } from "./ngos.ts";
import { partners } from "./partners.ts";
import { publishedFigures } from "./publishedFigures.ts";

/**
 * Every entity of the data contract, in the order they are written: a table
 * comes after the tables it refers to (agreement_activities refers to
 * delegations, so delegations come first).
 */
export const entities = [
  exchangeRates,
  partners,
  agreements,
  delegations,
  agreementActivities,
  ngos,
  aidProjects,
  aidDisbursements,
  investmentContacts,
  annualPlans,
  budgets,
  consularCases,
  publishedFigures,
] as const satisfies readonly Entity[];

/** The name of a table of the data contract, e.g. "delegations". */
export type EntityName = (typeof entities)[number]["name"];

const byName = new Map<string, Entity>(entities.map((e) => [e.name, e]));

/** The entity with this table name, or undefined. */
export function entityByName(name: string): Entity | undefined {
  return byName.get(name);
}
