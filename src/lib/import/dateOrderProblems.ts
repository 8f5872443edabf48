import type { Entity } from "../../data/defineEntity.ts";
import { datePairs, endBeforeStartSql } from "../checks/rules/dates.end_before_start.ts";
import { columnText, dateText } from "../checks/messageText.ts";
import type { Store } from "../store/openStore.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";
import { rowLocation, type RowOrigin } from "./sourceLocation.ts";

interface Found extends RowOrigin {
  start_value: string;
  end_value: string;
}

/**
 * New rows that end before they start (a delegation's end_on before its
 * start_on, a consular case closed before it opened…): the pairs and the
 * condition of the check rule `dates.end_before_start`, so the import refuses
 * what the check would report, naming file, row, the end column and both dates.
 * A row with a problem already in `known` (a date in the other format, say) is
 * left to that problem: its dates are not the ones the office meant.
 */
export async function dateOrderProblems(
  store: Store,
  entity: Entity,
  newView: string,
  known: readonly ImportProblem[] = [],
): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const [name, start, end] of datePairs) {
    if (name !== entity.name) continue;
    const rows = await store.all<Found>(
      `SELECT _source, _sheet, _row, strftime(t.${start}, '%Y-%m-%d') AS start_value, strftime(t.${end}, '%Y-%m-%d') AS end_value
       FROM ${newView} t WHERE ${endBeforeStartSql("t", start, end)} ORDER BY _source, _row LIMIT ${listed}`,
    );
    for (const r of rows) {
      const at = rowLocation(r);
      if (known.some((p) => p.source === at.source && p.sheet === at.sheet && p.row === at.row)) continue;
      out.push({
        ...rowLocation(r),
        column: end,
        value: dateText(r.end_value, "vi"),
        code: "end_before_start",
        text: {
          vi: `${columnText(name, end, "vi")} ${dateText(r.end_value, "vi")} trước ${columnText(name, start, "vi", true)} ${dateText(r.start_value, "vi")}; cần ngày kết thúc từ ngày bắt đầu trở đi (kiểm tra cả việc đảo ngày/tháng)`,
          en: `${columnText(name, end, "en")} ${dateText(r.end_value, "en")} is before ${columnText(name, start, "en", true)} ${dateText(r.start_value, "en")}; expected an end on or after the start (check for swapped day and month)`,
        },
      });
    }
  }
  return out;
}
