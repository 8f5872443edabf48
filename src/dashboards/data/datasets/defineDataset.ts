// The data files of the dashboards: each dataset is computed from the
// database by the doingoai library and checked against its schema. They are
// shipped together by the loader data/site.tar.ts (one process, one open
// database) and each page reads only the files it needs.
import { existsSync } from "node:fs";
import type { z } from "zod";
import { datedYearsSql } from "../../../data/datedTables.ts";
import { DoingoaiError, exitCodes } from "../../../lib/DoingoaiError.ts";
import { openStore, resolveDbPath, type Store } from "../../../lib/store/openStore.ts";
import { sharedReader, type QueryCache } from "./sharedReader.ts";

/** One data file of the site: its name in the archive, the shape it must have, and how to compute it. */
export interface Dataset<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  build: (store: Store) => Promise<z.input<S>>;
  /** The file's text from the checked data; default JSON. */
  write?: (data: z.output<S>) => string;
}

/** Identity with type checking: `export const xDataset = defineDataset("x.json", schema, build)`. */
export function defineDataset<S extends z.ZodType>(
  name: string,
  schema: S,
  build: (store: Store) => Promise<z.input<S>>,
  write?: (data: z.output<S>) => string,
): Dataset<S> {
  return write ? { name, schema, build, write } : { name, schema, build };
}

/**
 * Opens the database named by `DOINGOAI_DB` (default `./data/doingoai.duckdb`)
 * read-only, computes every dataset (side by side, each query asked once:
 * see {@link sharedReader}), checks each against its schema and returns them
 * as JSON texts by name, in the order given. Throws a {@link DoingoaiError} when the
 * database is missing, and an Error naming the dataset and the fields when a
 * dataset has the wrong shape.
 */
export async function computeDatasets(datasets: readonly Dataset[]): Promise<Map<string, string>> {
  const path = resolveDbPath();
  if (path !== ":memory:" && !existsSync(path)) {
    throw new DoingoaiError(
      {
        vi: `Không có cơ sở dữ liệu ${path}. Hãy nhập dữ liệu (doingoai import) hoặc chạy npm start để nạp dữ liệu mẫu, hoặc đặt DOINGOAI_DB.`,
        en: `There is no database ${path}. Import data (doingoai import) or run npm start to load the sample, or set DOINGOAI_DB.`,
      },
      { exitCode: exitCodes.database },
    );
  }
  const store = await openStore({ path, readOnly: true });
  const cache: QueryCache = new Map();
  try {
    // Computed side by side, each on a connection of its own (DuckDB runs their
    // queries in parallel), sharing one build's answers (see sharedReader).
    const settled = await Promise.allSettled(
      datasets.map(async (dataset) => {
        const reader = await sharedReader(store, cache);
        try {
          const started = Date.now();
          const checked = dataset.schema.safeParse(await dataset.build(reader));
          if (!checked.success) {
            const issues = checked.error.issues
              .slice(0, 20)
              .map((i) => `  ${i.path.join(".")}: ${i.message}`);
            throw new Error(
              `${dataset.name}: the data does not have the expected shape:\n${issues.join("\n")}`,
            );
          }
          const text = dataset.write ? dataset.write(checked.data) : JSON.stringify(checked.data);
          console.error(`${dataset.name}: ${Buffer.byteLength(text)} bytes in ${Date.now() - started} ms`);
          return text;
        } finally {
          reader.close();
        }
      }),
    );
    // every dataset has finished before the database closes; the first failure (in order) is reported
    const failed = settled.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    return new Map(
      datasets.map((dataset, i) => [dataset.name, (settled[i] as PromiseFulfilledResult<string>).value]),
    );
  } finally {
    store.close();
  }
}

/**
 * The years the dashboards offer, oldest first, as period ids: from the first
 * to the last year holding a record of what was done (the tables of
 * {@link datedTables} marked `done`: a delegation, an investor contact, an aid
 * approval or disbursement, a signed agreement, a done activity, a consular
 * case). Plans, budgets and activities due in later years do not extend the
 * range (a year with only a plan has nothing to show yet). Years between
 * holding no record are offered too, and their pages say "no data". [] for
 * an empty database.
 */
export async function dataYears(store: Store): Promise<string[]> {
  const only = yearsOnly();
  const rows = await store.all<{ first: number | null; last: number | null }>(
    `SELECT min(y) AS first, max(y) AS last FROM (${datedYearsSql({ doneOnly: true })}) WHERE y IS NOT NULL`,
  );
  const first = rows[0]?.first;
  const last = rows[0]?.last;
  if (first === null || first === undefined || last === null || last === undefined) return [];
  // Every year between the first and the last, so gaps show as zero, not as missing.
  const out: string[] = [];
  for (let y = Number(first); y <= Number(last); y++) {
    if (only === null || (y >= only.from && y <= only.to)) out.push(String(y));
  }
  return out;
}

/**
 * The years `doingoai build --years FROM-TO` keeps (DOINGOAI_YEARS, set by buildSite), or
 * null for every year with data.
 */
function yearsOnly(): { from: number; to: number } | null {
  const m = /^(\d{4})-(\d{4})$/.exec(process.env["DOINGOAI_YEARS"] ?? "");
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** ISO date (yyyy-mm-dd) of a DATE value read by the store (a JS Date at UTC midnight), or null. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
