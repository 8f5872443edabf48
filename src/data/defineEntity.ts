import type { z } from "zod";
import type { Bilingual } from "./Bilingual.ts";
import { columnsOf, type Column } from "./columns.ts";

/** A money column: the amount keeps its currency and is converted at a dated rate. */
export interface MoneyColumn {
  amount: string;
  currency: string;
  /** SQL expression (over the entity's columns) giving the date of the rate to use. */
  dateSql: string;
}

/** One table of the data contract (docs/conventions.md §3). */
export interface Entity<S extends z.ZodObject = z.ZodObject, N extends string = string> {
  /** Table, sheet and file name, e.g. "delegations". */
  name: N;
  label: Bilingual;
  schema: S;
  columns: Column[];
  /** Columns that identify a row: re-importing a row with the same key updates it. */
  key: string[];
  money: MoneyColumn[];
  /** Defaults computed from other columns of the row, as SQL (e.g. a plan's due date from its year). */
  derivedDefaults: Record<string, string>;
  /** Each inner list names columns of which at least one must be filled. */
  oneOf: string[][];
}

/** Builds an entity from its zod schema, reading the column metadata registered on it. */
export function defineEntity<S extends z.ZodObject, const N extends string>(def: {
  name: N;
  label: Bilingual;
  schema: S;
  key: string[];
  money?: MoneyColumn[];
  derivedDefaults?: Record<string, string>;
  oneOf?: string[][];
}): Entity<S, N> {
  const columns = columnsOf(def.schema);
  for (const k of def.key) {
    if (!columns.some((c) => c.name === k)) throw new Error(`key column ${k} is not a column of ${def.name}`);
  }
  return {
    ...def,
    columns,
    money: def.money ?? [],
    derivedDefaults: def.derivedDefaults ?? {},
    oneOf: def.oneOf ?? [],
  };
}
