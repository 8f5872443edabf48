import type { PeriodClosure } from "../../data/periodClosure.ts";
import { insertChange, nextChangeId } from "../changes/recordChange.ts";
import type { Store } from "../store/openStore.ts";
import { listClosures } from "./listClosures.ts";

/**
 * Stores the closures a Parquet export carries (its manifest), after its tables were imported,
 * in the same transaction: each closure not yet in the database (same period, same closing
 * time) is added as it was — who, when, the report, the signed figures, and its reopening if
 * any — with a history row for the closing (and one for the reopening) naming the export.
 * Returns how many closures were added.
 */
export async function restoreClosures(
  store: Store,
  closures: readonly PeriodClosure[],
  source: string,
): Promise<number> {
  const stored = await listClosures(store);
  let added = 0;
  for (const c of closures) {
    if (stored.some((s) => s.period === c.period && s.closedAt === c.closedAt)) continue;
    const closing = await nextChangeId(store);
    await insertChange(store, closing, { command: `period close ${c.period}`, sources: [source] }, {});
    await store.run(
      `INSERT INTO period_closures (closed_change, period, closed_at, closed_by, report_number, report_date, as_of, figures,
         reopened_at, reopened_by, reopen_reason)
       VALUES ($1, $2, $3::TIMESTAMP, $4, $5, $6::DATE, $7::DATE, $8::JSON, $9::TIMESTAMP, $10, $11)`,
      [
        closing,
        c.period,
        c.closedAt,
        c.closedBy,
        c.reportNumber,
        c.reportDate,
        c.asOf,
        JSON.stringify(c.figures),
        c.reopenedAt,
        c.reopenedBy,
        c.reopenReason,
      ],
    );
    if (c.reopenedChange !== null) {
      const reopening = await nextChangeId(store);
      await insertChange(
        store,
        reopening,
        {
          command: `period reopen ${c.period} --by ${JSON.stringify(c.reopenedBy ?? "")} --reason ${JSON.stringify(c.reopenReason ?? "")}`,
          sources: [source],
        },
        {},
      );
      await store.run("UPDATE period_closures SET reopened_change = $1 WHERE closed_change = $2", [
        reopening,
        closing,
      ]);
    }
    added++;
  }
  return added;
}
