import { periodClosureSchema, type PeriodClosure } from "../../data/periodClosure.ts";
import type { Store } from "../store/openStore.ts";

interface ClosureRow {
  period: string;
  closed_change: number;
  closed_at: Date;
  closed_by: string;
  report_number: string;
  report_date: Date;
  as_of: Date;
  figures: string;
  reopened_change: number | null;
  reopened_at: Date | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

/**
 * Every closure of a period, oldest first: the ones in force (`reopenedChange` null) and the
 * ones reopened since, with who, when, the signed report and the figures as signed.
 */
export async function listClosures(store: Store): Promise<PeriodClosure[]> {
  const rows = await store.all<ClosureRow>(
    `SELECT period, closed_change, closed_at, closed_by, report_number, report_date, as_of, CAST(figures AS VARCHAR) AS figures,
       reopened_change, reopened_at, reopened_by, reopen_reason
     FROM period_closures ORDER BY closed_change`,
  );
  return rows.map((r) =>
    periodClosureSchema.parse({
      period: r.period,
      closedChange: r.closed_change,
      closedAt: r.closed_at.toISOString(),
      closedBy: r.closed_by,
      reportNumber: r.report_number,
      reportDate: r.report_date.toISOString().slice(0, 10),
      asOf: r.as_of.toISOString().slice(0, 10),
      figures: JSON.parse(r.figures) as unknown,
      reopenedChange: r.reopened_change,
      reopenedAt: r.reopened_at?.toISOString() ?? null,
      reopenedBy: r.reopened_by,
      reopenReason: r.reopen_reason,
    }),
  );
}

/** The closures in force: the periods closed now. */
export async function closuresInForce(store: Store): Promise<PeriodClosure[]> {
  return (await listClosures(store)).filter((c) => c.reopenedChange === null);
}
