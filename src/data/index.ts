// The data contract: one zod schema per table with its inferred type, the
// codelists (countries, sectors, currencies), periods and the Vietnamese and
// English number and date formats (docs/conventions.md). Browser-safe: nothing here imports DuckDB
// or Node built-ins. Published as part of `doingoai/data` (src/browser.ts).
export type { Bilingual, Lang } from "./Bilingual.ts";
export { col, optional, columnsOf, columnRegistry } from "./columns.ts";
export type { Column, ColumnKind, ColumnMeta } from "./columns.ts";
export { defineEntity } from "./defineEntity.ts";
export type { Entity, MoneyColumn } from "./defineEntity.ts";
export { entities, entityByName } from "./entities.ts";
export type { EntityName } from "./entities.ts";
export { countryCodes, isCountryCode, countryName } from "./countries.ts";
export * from "./partners.ts";
export * from "./agreements.ts";
export * from "./agreementActivities.ts";
export * from "./delegations.ts";
export * from "./ngos.ts";
export * from "./aidProjects.ts";
export * from "./aidDisbursements.ts";
export * from "./investmentContacts.ts";
export * from "./annualPlans.ts";
export * from "./budgets.ts";
export * from "./consularCases.ts";
export * from "./publishedFigures.ts";
export * from "./exchangeRates.ts";
export {
  parsePeriod,
  isPeriod,
  previousPeriod,
  shiftPeriod,
  periodRange,
  yearsOf,
  periodOf,
} from "./periods.ts";
export type { Period, PeriodKind } from "./periods.ts";
export * from "./format.ts";
export * from "./sectors.ts";
export * from "./currencies.ts";
export * from "./officeProfile.ts";
export { datedTables, datedYearsSql } from "./datedTables.ts";
export type { DatedTable } from "./datedTables.ts";
export {
  periodClosureSchema,
  signedFigureSchema,
  parseClosablePeriod,
  closureHolds,
  closureInForce,
  closureDay,
} from "./periodClosure.ts";
export type { PeriodClosure, SignedFigure } from "./periodClosure.ts";
