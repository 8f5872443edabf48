import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import type { CheckContext, CheckRow } from "./CheckRule.ts";
import type { Finding, FindingValue } from "./Finding.ts";
import { listRules, ruleById } from "./listRules.ts";
import { entityText } from "./messageText.ts";

/** Options of {@link runChecks}. */
export interface RunChecksOptions {
  /** Ids of the rules to run; default every rule of {@link listRules}. An unknown id is an error (exit code 2). */
  rules?: readonly string[];
  /** "Today" for rules about lateness, ISO `yyyy-mm-dd`; default the local date of this machine. */
  asOf?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Today's local date as ISO `yyyy-mm-dd`. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// DuckDB DATE values arrive as Date at UTC midnight, BIGINT as bigint: make
// them JSON-safe values a finding can quote.
function toScalar(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

function toValue(v: unknown): FindingValue {
  return Array.isArray(v) ? v.map(toScalar) : toScalar(v);
}

function checkAsOf(asOf: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || isoDate(d) !== asOf) {
    throw new DoingoaiError(
      {
        vi: `Ngày kiểm tra không hợp lệ: ${asOf} (cần yyyy-mm-dd, ví dụ 2020-02-25).`,
        en: `Invalid check date: ${asOf} (expected yyyy-mm-dd, e.g. 2020-02-25).`,
      },
      { exitCode: exitCodes.usage },
    );
  }
}

/**
 * Runs the data-quality rules on a store and returns one finding per offending
 * record and rule, in rule order. Each message starts with the table and the
 * record's key, then says what is wrong and what to do (Vietnamese and English).
 * Reads only; safe on a read-only store.
 */
export async function runChecks(store: Store, options: RunChecksOptions = {}): Promise<Finding[]> {
  const asOf = options.asOf ?? todayIso();
  checkAsOf(asOf);
  const ctx: CheckContext = { asOf };
  const selected = (options.rules ?? listRules().map((r) => r.id)).map((id) => {
    const rule = ruleById(id);
    if (!rule) {
      const known = listRules()
        .map((r) => r.id)
        .join(", ");
      throw new DoingoaiError(
        {
          vi: `Không có quy tắc kiểm tra ${id}. Các quy tắc: ${known}.`,
          en: `No check rule ${id}. Rules: ${known}.`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    return rule;
  });
  const findings: Finding[] = [];
  for (const rule of new Set(selected)) {
    const sql = rule.sql(ctx);
    const rows = await store.all(sql, sql.includes("$as_of") ? { as_of: asOf } : undefined);
    // A rule's SQL may UNION several tables, whose rows DuckDB returns in any order across
    // threads: sort by the rule's own table order, then key, so the same data gives the same list.
    const rank = (r: Record<string, unknown>) => {
      const i = rule.entities.indexOf(String(r["entity"]));
      return i < 0 ? rule.entities.length : i;
    };
    rows.sort((a, b) => {
      const byTable = rank(a) - rank(b);
      if (byTable !== 0) return byTable;
      const [x, y] = [String(a["record_key"]), String(b["record_key"])];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const raw of rows) {
      const row: CheckRow = {};
      for (const [k, v] of Object.entries(raw)) row[k] = toValue(v);
      const entity = String(row["entity"]);
      const key = String(row["record_key"]);
      const { entity: _e, record_key: _k, ...values } = row;
      const problem = rule.message(row, ctx);
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        entity,
        key,
        values,
        message: {
          vi: `${entityText(entity, "vi")} (${key}): ${problem.vi}`,
          en: `${entityText(entity, "en")} (${key}): ${problem.en}`,
        },
      });
    }
  }
  return findings;
}
