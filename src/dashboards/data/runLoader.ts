// Shared by the data loaders of the dashboards (Framework runs each
// `<dataset>.<ext>.ts` with tsx and serves what it writes to stdout).
import { existsSync } from "node:fs";
import type { z } from "zod";
import { DoingoaiError } from "../../lib/DoingoaiError.ts";
import { openStore, resolveDbPath, type Store } from "../../lib/store/openStore.ts";

/**
 * Opens the database named by `DOINGOAI_DB` (default `./data/doingoai.duckdb`)
 * read-only, runs `build`, checks its result against `schema` and writes it to
 * stdout as JSON. Diagnostics go to stderr; on any failure the process exits
 * with a non-zero code so the build stops instead of shipping a wrong page.
 */
export async function runLoader<S extends z.ZodType>(
  name: string,
  schema: S,
  build: (store: Store) => Promise<z.input<S>>,
): Promise<void> {
  const started = Date.now();
  const path = resolveDbPath();
  let store: Store | undefined;
  try {
    if (path !== ":memory:" && !existsSync(path)) {
      throw new DoingoaiError(
        {
          vi: `Không có cơ sở dữ liệu ${path}. Hãy nhập dữ liệu (doingoai import) hoặc chạy npm start để nạp dữ liệu mẫu, hoặc đặt DOINGOAI_DB.`,
          en: `There is no database ${path}. Import data (doingoai import) or run npm start to load the sample, or set DOINGOAI_DB.`,
        },
        { exitCode: 4 },
      );
    }
    store = await openStore({ path, readOnly: true });
    const raw = await build(store);
    const checked = schema.safeParse(raw);
    if (!checked.success) {
      console.error(`${name}: the data does not have the expected shape / dữ liệu không đúng dạng:`);
      for (const issue of checked.error.issues.slice(0, 20)) {
        console.error(`  ${issue.path.join(".")}: ${issue.message}`);
      }
      process.exitCode = 1;
      return;
    }
    const text = JSON.stringify(checked.data);
    process.stdout.write(text);
    console.error(`${name}: ${text.length} bytes from ${path} in ${Date.now() - started} ms`);
  } catch (error) {
    const message = error instanceof DoingoaiError ? error.message : String(error);
    console.error(`${name}: failed on database ${path} / lỗi với cơ sở dữ liệu ${path}: ${message}`);
    if (error instanceof Error && error.stack && !(error instanceof DoingoaiError))
      console.error(error.stack);
    process.exitCode = error instanceof DoingoaiError ? error.exitCode : 1;
  } finally {
    store?.close();
  }
}

/**
 * The years that hold any record (delegations, contacts, aid, agreements,
 * plans, budgets), oldest first, as period ids; [] for an empty database.
 */
export async function dataYears(store: Store): Promise<string[]> {
  const rows = await store.all<{ y: number }>(`
    SELECT DISTINCT y FROM (
      SELECT year(start_on) AS y FROM delegations
      UNION ALL SELECT year(first_contact_on) FROM investment_contacts
      UNION ALL SELECT year(approved_on) FROM aid_projects
      UNION ALL SELECT year(disbursed_on) FROM aid_disbursements
      UNION ALL SELECT year(signed_on) FROM agreements
      UNION ALL SELECT year(due_on) FROM agreement_activities
      UNION ALL SELECT "year" FROM annual_plans
      UNION ALL SELECT "year" FROM budgets
    ) WHERE y IS NOT NULL ORDER BY y`);
  const years = rows.map((r) => Number(r.y));
  if (years.length === 0) return [];
  // Every year between the first and the last, so gaps show as zero, not as missing.
  const out: string[] = [];
  for (let y = years[0]!; y <= years[years.length - 1]!; y++) out.push(String(y));
  return out;
}

/** ISO date (yyyy-mm-dd) of a DATE value read by the store (a JS Date at UTC midnight), or null. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
