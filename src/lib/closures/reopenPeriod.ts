import { parseClosablePeriod, type PeriodClosure } from "../../data/periodClosure.ts";
import { insertChange, nextChangeId } from "../changes/recordChange.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { listClosures } from "./listClosures.ts";

/** What `reopenPeriod` records. */
export interface ReopenOptions {
  /** The closed period, "2024", "2024H1" or "2024H2" (as it was closed). */
  period: string;
  /** Who reopens it. */
  by: string;
  /** Why: kept with the closure and shown in the history. Required. */
  reason: string;
  /** The command as the history lists it; default `period reopen <period> --reason "<reason>"`. */
  command?: string;
}

/**
 * Reopens a closed period, in one transaction recorded in the history with who and why: its
 * records can be imported, deleted and undone again. The closure stays, with its signed
 * figures, so `compareSigned` still lists what changed since the signature. Refuses (exit 3)
 * an empty reason and a period that is not closed (naming the year when only the year is).
 */
export async function reopenPeriod(store: Store, options: ReopenOptions): Promise<PeriodClosure> {
  const period = parseClosablePeriod(options.period).id;
  const reason = options.reason.trim();
  const by = options.by.trim();
  if (reason === "" || by === "") {
    throw new DoingoaiError(
      {
        vi: 'Mở lại kỳ đã khóa cần lý do (--reason "…") và người mở (--by "…"): lịch sử ghi lại cả hai.',
        en: 'Reopening a closed period needs a reason (--reason "…") and who reopens it (--by "…"): the history keeps both.',
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return store.transaction(async () => {
    const closures = await listClosures(store);
    const closure = closures.find((c) => c.reopenedChange === null && c.period === period);
    if (!closure) {
      const year = closures.find((c) => c.reopenedChange === null && c.period === period.slice(0, 4));
      throw new DoingoaiError(
        year
          ? {
              vi: `Kỳ ${period} không tự khóa: nó thuộc năm ${year.period} đã khóa. Hãy mở lại năm: doingoai period reopen ${year.period}. Không ghi gì.`,
              en: `Period ${period} was not closed by itself: it is held by the closed year ${year.period}. Reopen the year: doingoai period reopen ${year.period}. Nothing was written.`,
            }
          : {
              vi: `Kỳ ${period} không bị khóa (xem doingoai period list). Không ghi gì.`,
              en: `Period ${period} is not closed (see doingoai period list). Nothing was written.`,
            },
        { exitCode: exitCodes.invalidData },
      );
    }
    const id = await nextChangeId(store);
    await insertChange(
      store,
      id,
      {
        command:
          options.command ??
          `period reopen ${period} --by ${JSON.stringify(by)} --reason ${JSON.stringify(reason)}`,
      },
      {},
    );
    await store.run(
      `UPDATE period_closures SET reopened_change = $1, reopened_by = $2, reopen_reason = $3,
         reopened_at = (SELECT made_at FROM changes WHERE change_id = $1)
       WHERE closed_change = $4`,
      [id, by, reason, closure.closedChange],
    );
    return (await listClosures(store)).find((c) => c.closedChange === closure.closedChange)!;
  });
}
