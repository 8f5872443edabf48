import {
  closureDay,
  closureHolds,
  parseClosablePeriod,
  type PeriodClosure,
} from "../../data/periodClosure.ts";
import { insertChange, nextChangeId } from "../changes/recordChange.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { listClosures } from "./listClosures.ts";
import { reviewFigures } from "./signedFigures.ts";

/** What `closePeriod` records. */
export interface CloseOptions {
  /** "2024", "2024H1" or "2024H2". Closing a year closes both its halves. */
  period: string;
  /** Who closes it (the person, e.g. "Nguyễn Văn A"). */
  by: string;
  /** The signed report's number, e.g. "12/BC-SNgV". */
  reportNumber: string;
  /** The signed report's date, ISO yyyy-mm-dd. */
  reportDate: string;
  /** The day the report's figures were computed at, ISO; default `reportDate` (as `doingoai report`). */
  asOf?: string;
  /** The command as the history lists it; default "period close <period>". */
  command?: string;
}

function refuse(vi: string, en: string): DoingoaiError {
  return new DoingoaiError({ vi, en }, { exitCode: exitCodes.invalidData });
}

/**
 * Closes a period after its review is signed, in one transaction: stores who, when, the
 * report's number and date and the review's headline figures as they stand (the signed
 * figures), and records the closing in the history. From then on an import, delete or undo
 * touching a record dated in the period is refused. Refuses (exit 3) a period already closed,
 * by itself or by its year. Returns the closure.
 */
export async function closePeriod(store: Store, options: CloseOptions): Promise<PeriodClosure> {
  const period = parseClosablePeriod(options.period).id;
  const by = options.by.trim();
  const reportNumber = options.reportNumber.trim();
  if (by === "" || reportNumber === "") {
    throw refuse(
      "Cần người khóa sổ (--by) và số báo cáo đã ký (--report-number).",
      "Closing needs who closes (--by) and the signed report's number (--report-number).",
    );
  }
  const asOf = options.asOf ?? options.reportDate;
  return store.transaction(async () => {
    const holding = (await listClosures(store)).find(
      (c) => c.reopenedChange === null && closureHolds(c.period, period),
    );
    if (holding) {
      throw refuse(
        `Kỳ ${period} đã khóa sổ (khóa kỳ ${holding.period} ngày ${closureDay(holding.closedAt)}, Báo cáo số ${holding.reportNumber}). Không ghi gì.`,
        `Period ${period} is already closed (period ${holding.period} closed on ${closureDay(holding.closedAt)}, report no. ${holding.reportNumber}). Nothing was written.`,
      );
    }
    const figures = await reviewFigures(store, period, { reportDate: options.reportDate, asOf });
    const id = await nextChangeId(store);
    await insertChange(store, id, { command: options.command ?? `period close ${period}` }, {});
    await store.run(
      `INSERT INTO period_closures (closed_change, period, closed_at, closed_by, report_number, report_date, as_of, figures)
       SELECT $1, $2, made_at, $3, $4, $5::DATE, $6::DATE, $7::JSON FROM changes WHERE change_id = $1`,
      [id, period, by, reportNumber, options.reportDate, asOf, JSON.stringify(figures)],
    );
    return (await listClosures(store)).find((c) => c.closedChange === id)!;
  });
}
