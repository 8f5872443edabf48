// The tables whose records carry a date (or a year), and which column dates
// them. One list, read both by the years the dashboards offer and by the
// review's "is there any record this year" check, so the two cannot drift.
import type { Bilingual } from "./Bilingual.ts";
import type { EntityName } from "./entities.ts";

/** One dated table: how a record of it falls in a year. */
export interface DatedTable {
  table: EntityName;
  /** SQL expression giving the record's year (an INTEGER); NULL leaves the record out. */
  yearSql: string;
  /**
   * SQL of the record's date (a DATE) when it has one; unset for the yearly records (plans,
   * budgets), which belong to their year as a whole (a closed half-year does not hold them).
   */
  dateSql?: string;
  /** SQL condition a record must meet to count (e.g. only signed agreements); default every record. */
  whereSql?: string;
  /**
   * True for records of what was done (a delegation, a signature, a done activity):
   * they make the range of years the dashboards offer. Records of what is planned
   * (plans, budgets, activities due) count for the review of their year but do not
   * extend the range: a year with only a plan has nothing to show yet.
   */
  done: boolean;
  /** What the records are, in both languages, for messages. */
  label: Bilingual;
}

/** Every dated table, in the order messages name them. */
export const datedTables: readonly DatedTable[] = [
  {
    table: "delegations",
    yearSql: "year(start_on)",
    dateSql: "start_on",
    done: true,
    label: { vi: "đoàn", en: "delegations" },
  },
  {
    table: "investment_contacts",
    yearSql: "year(first_contact_on)",
    dateSql: "first_contact_on",
    done: true,
    label: { vi: "nhà đầu tư", en: "investors" },
  },
  {
    table: "aid_projects",
    yearSql: "year(approved_on)",
    dateSql: "approved_on",
    done: true,
    label: { vi: "viện trợ", en: "aid" },
  },
  {
    table: "aid_disbursements",
    yearSql: "year(disbursed_on)",
    dateSql: "disbursed_on",
    done: true,
    label: { vi: "giải ngân", en: "disbursements" },
  },
  {
    table: "agreements",
    yearSql: "year(signed_on)",
    dateSql: "signed_on",
    whereSql: "status <> 'draft'",
    done: true,
    label: { vi: "thỏa thuận", en: "agreements" },
  },
  {
    table: "agreement_activities",
    yearSql: "year(done_on)",
    dateSql: "done_on",
    whereSql: "status = 'done'",
    done: true,
    label: { vi: "hoạt động đã làm", en: "activities done" },
  },
  {
    table: "agreement_activities",
    yearSql: "year(due_on)",
    dateSql: "due_on",
    done: false,
    label: { vi: "hoạt động đến hạn", en: "activities due" },
  },
  {
    table: "consular_cases",
    yearSql: "year(opened_on)",
    dateSql: "opened_on",
    done: true,
    label: { vi: "lãnh sự", en: "consular cases" },
  },
  { table: "annual_plans", yearSql: "year", done: false, label: { vi: "kế hoạch", en: "plans" } },
  { table: "budgets", yearSql: "year", done: false, label: { vi: "kinh phí", en: "budgets" } },
];

/**
 * SQL listing the year of every record of the dated tables (one column `y`,
 * one row a record); `doneOnly` keeps the records of what was done.
 */
export function datedYearsSql(options: { doneOnly?: boolean } = {}): string {
  return datedTables
    .filter((t) => !options.doneOnly || t.done)
    .map(
      (t) =>
        `SELECT CAST(${t.yearSql} AS INTEGER) AS y FROM "${t.table}"${t.whereSql ? ` WHERE ${t.whereSql}` : ""}`,
    )
    .join("\nUNION ALL ");
}
