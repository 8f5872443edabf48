import type { Bilingual } from "../../data/Bilingual.ts";
import type { Entity } from "../../data/defineEntity.ts";
import { entityByName } from "../../data/entities.ts";
import { formatDate } from "../../data/format.ts";
import { closureDay, type PeriodClosure } from "../../data/periodClosure.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { closuresInForce } from "./listClosures.ts";
import { recordsInPeriods, type DatedRecord } from "./recordsInPeriods.ts";

/** Rows a write adds, changes or removes in one table: SQL of a relation with the table's columns. */
export interface TouchedRows {
  entity: string;
  relation: string;
}

/** How many records a refusal names; the rest are counted. */
export const lockedListed = 50;

/**
 * Refuses (exit 3) a write that would add, change or remove a record dated in a closed
 * period: `touched` holds, per table, the rows as they were (removed or replaced) and as
 * they will be (added or replacing). Called inside the write's transaction, before it
 * commits, so a refusal rolls the whole write back. Names every record (up to
 * {@link lockedListed}) and each period with its closure, in Vietnamese and English.
 * Does nothing while no period is closed.
 */
export async function refuseClosedPeriodChanges(
  store: Store,
  touched: readonly TouchedRows[],
  refused: Bilingual,
  options: {
    /** The files an import read, by table, named beside each of the table's records. */
    sources?: ReadonlyMap<string, readonly string[]>;
  } = {},
): Promise<void> {
  if (touched.length === 0) return;
  const closures = await closuresInForce(store);
  if (closures.length === 0) return;
  const periods = closures.map((c) => c.period);
  const found = new Map<string, DatedRecord>();
  for (const t of touched) {
    const entity = entityByName(t.entity) as Entity | undefined;
    if (!entity) continue;
    for (const r of await recordsInPeriods(store, entity, t.relation, periods)) {
      found.set(`${r.entity}\u0000${r.key}\u0000${r.period}`, r);
    }
  }
  if (found.size === 0) return;
  throw lockedError([...found.values()], closures, refused, options.sources);
}

function closureText(c: PeriodClosure, lang: "vi" | "en"): string {
  const closedOn = closureDay(c.closedAt);
  const reportOn = formatDate(c.reportDate);
  return lang === "vi"
    ? `kỳ ${c.period} đã khóa sổ ngày ${closedOn} (Báo cáo số ${c.reportNumber} ngày ${reportOn}; người khóa: ${c.closedBy})`
    : `period ${c.period} was closed on ${closedOn} (report no. ${c.reportNumber} of ${reportOn}; closed by ${c.closedBy})`;
}

function datedText(r: DatedRecord): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(r.dated) ? formatDate(r.dated) : r.dated;
}

function lockedError(
  records: DatedRecord[],
  closures: PeriodClosure[],
  refused: Bilingual,
  sources: ReadonlyMap<string, readonly string[]> | undefined,
): DoingoaiError {
  const periods = [...new Set(records.map((r) => r.period))];
  const listed = records.slice(0, lockedListed);
  const more = records.length - listed.length;
  const lines = (lang: "vi" | "en") => {
    const out = listed.map((r) => {
      const files = sources?.get(r.entity) ?? [];
      const from = files.length === 0 ? "" : ` — ${lang === "vi" ? "tệp" : "file"} ${files.join(", ")}`;
      return `${r.entity} ${r.key} (${r.column} ${datedText(r)}, ${lang === "vi" ? "kỳ" : "period"} ${r.period})${from}`;
    });
    if (more > 0) out.push(lang === "vi" ? `… và ${more} bản ghi khác` : `… and ${more} more record(s)`);
    return out.join("\n  ");
  };
  const held = (lang: "vi" | "en") =>
    periods
      .map((p) => closures.find((c) => c.period === p)!)
      .map((c) => closureText(c, lang))
      .join("; ");
  const reopen = periods.map((p) => `doingoai period reopen ${p} --by "…" --reason "…"`).join("; ");
  return new DoingoaiError(
    {
      vi: `${refused.vi}: ${held("vi")}. Thao tác này sẽ thêm, sửa hoặc xóa ${records.length} bản ghi thuộc kỳ đã khóa:\n  ${lines("vi")}\nKhông ghi gì. Số liệu đã ký là số liệu chính thức của tỉnh; nếu thật cần sửa, hãy mở lại kỳ (${reopen}) rồi làm lại.`,
      en: `${refused.en}: ${held("en")}. This would add, change or remove ${records.length} record(s) dated in a closed period:\n  ${lines("en")}\nNothing was written. The signed figures are the province's figures; if they really must change, reopen the period (${reopen}) and try again.`,
    },
    { exitCode: exitCodes.invalidData },
  );
}
