import type { Period, PeriodKind } from "../../data/periods.ts";
// Imported for the {@link ScanSql} of periodKeySql's doc (the API reference resolves it from here).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
import type { ScanSql } from "./IndicatorDef.ts";

/*
 * The integer period key (see ScanSql) is encoded here and nowhere else: a scan computes it in
 * SQL from a record's date, computeIndicators computes it in TypeScript from the periods asked
 * for, and the two are joined. Year 2019 → 2019; half-year 2019H1/2019H2 → 20196/20197 (6 and 7
 * after the year, apart from the quarters' 1–4); quarter 2019Q1 → 20191; month 2019-03 → 201903.
 * Plan periods have no key (they join on the date range). test/lib/indicators/periodKey.test.ts
 * checks on DuckDB that both encodings agree.
 */

/**
 * The SQL of the integer period key of a DATE expression (see {@link ScanSql}):
 * year 2019, half-year 20196/20197, quarter 20191, month 201903.
 */
export function periodKeySql(kind: Exclude<PeriodKind, "plan">, date: string): string {
  switch (kind) {
    case "year":
      return `year(${date})`;
    case "half":
      return `year(${date}) * 10 + CASE WHEN month(${date}) <= 6 THEN 6 ELSE 7 END`;
    case "quarter":
      return `year(${date}) * 10 + quarter(${date})`;
    case "month":
      return `year(${date}) * 100 + month(${date})`;
  }
}

/** The integer period key of a parsed period, as SQL text: "2019", "20196", "20191", "201903"; "NULL" for a plan period. */
export function periodKey(p: Period): string {
  const y = Number(p.id.slice(0, 4));
  switch (p.kind) {
    case "year":
      return String(y);
    case "half":
      return String(y * 10 + 5 + Number(p.id.slice(5)));
    case "quarter":
      return String(y * 10 + Number(p.id.slice(5)));
    case "month":
      return String(y * 100 + Number(p.id.slice(5, 7)));
    case "plan":
      return "NULL";
  }
}
