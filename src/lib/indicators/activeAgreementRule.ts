// Which agreements are in force on a day, written once: each clause carries its
// SQL and its words, so the indicators' scan, the portfolio review and
// docs/indicators.md (generated from the indicators' period rules) say the same.
import type { Bilingual } from "../../data/Bilingual.ts";

/** One condition an agreement meets to be in force on a day. */
export interface ActiveAgreementClause extends Bilingual {
  /** The condition in SQL, over the agreement row `t` (any alias) and the day `on` (a SQL DATE expression). */
  sql: (t: string, on: string) => string;
}

/** The conditions of an agreement in force on a day, in the order the docs give them. */
export const activeAgreementClauses: readonly ActiveAgreementClause[] = [
  {
    sql: (t, on) => `${t}.signed_on <= ${on}`,
    vi: "đã ký (signed_on ≤ ngày đó)",
    en: "signed (signed_on ≤ that day)",
  },
  {
    sql: (t, on) => `(${t}.expires_on IS NULL OR ${t}.expires_on >= ${on})`,
    vi: "chưa hết hạn (expires_on trống hoặc ≥ ngày đó)",
    en: "not expired (expires_on empty or ≥ that day)",
  },
  {
    sql: (t) => `${t}.status NOT IN ('draft', 'terminated')`,
    vi: "trạng thái không phải draft/terminated (thỏa thuận chấm dứt không có ngày chấm dứt nên không tính ở kỳ nào)",
    en: "status not draft/terminated (a terminated agreement has no termination date, so it counts in no period)",
  },
  {
    sql: (t) => `NOT (${t}.status = 'expired' AND ${t}.expires_on IS NULL)`,
    vi: "thỏa thuận trạng thái expired mà không có expires_on không được tính (không có ngày hết hạn nên coi là đã hết hạn ở mọi kỳ)",
    en: "an agreement with status expired and no expires_on is left out (with no expiry date it counts as expired in every period)",
  },
];

/** The SQL condition: agreement row `t` is in force on day `on` (a SQL DATE expression). */
export function activeAgreementSql(t: string, on: string): string {
  return activeAgreementClauses.map((c) => c.sql(t, on)).join(" AND ");
}

/** The rule in words, as the indicators' period rule and docs/indicators.md give it. */
export const activeAgreementRule: Bilingual = {
  vi: `Tại ngày cuối kỳ (hoặc ngày asOf nếu sớm hơn): ${activeAgreementClauses.map((c) => c.vi).join(", ")}`,
  en: `At the period's last day (or asOf when earlier): ${activeAgreementClauses.map((c) => c.en).join(", ")}`,
};
