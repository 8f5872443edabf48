import type { Entity } from "../../data/defineEntity.ts";
import { entities, entityByName } from "../../data/entities.ts";
import { parseClosablePeriod, type PeriodClosure, type SignedFigure } from "../../data/periodClosure.ts";
import { rowFromJsonSql } from "../changes/rowSql.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { indicatorSpecById } from "../indicators/registry.ts";
import type { Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { listClosures } from "./listClosures.ts";
import { keyTextSql, recordsInPeriods } from "./recordsInPeriods.ts";
import { reviewFigures } from "./signedFigures.ts";

/** A record changed since the signature: by which change, and how. */
export interface ChangedRecord {
  entity: string;
  /** The record's key, parts joined by " | ". */
  key: string;
  /** The history number of the change (for an undo, the undo's number). */
  change: number;
  /** The command of that change, as the history lists it. */
  command: string;
  /** What the change did to the record. */
  op: "added" | "changed" | "removed";
  /** True when the record (as it is, or as it was) is dated in the period. */
  inPeriod: boolean;
}

/** One headline figure whose value differs from the signed one. */
export interface ChangedFigure {
  indicator: string;
  label: SignedFigure["label"];
  period: string;
  unit: string;
  signed: number | null;
  current: number | null;
  /**
   * The records behind the change: those changed since the closing in the tables the figure
   * reads, the ones dated in the period first (all of them when none is).
   */
  records: ChangedRecord[];
}

/** What `compareSigned` found. */
export interface SignedComparison {
  /** The closure compared with (the latest of the period, in force or reopened). */
  closure: PeriodClosure;
  /** Figures that changed since the signature, in the report's order; empty when none did. */
  changed: ChangedFigure[];
  /** How many figures were compared. */
  compared: number;
}

/** Two figures are the same when both are missing or they agree to 1e-9 (relative). */
function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The tables an indicator's SQL reads (v_<table> views count as the table). */
function tablesRead(indicator: string): Set<string> {
  const def = indicatorSpecById(indicator);
  const out = new Set<string>();
  if (!def) return out;
  const sql = def.scan.sql({
    kind: "year",
    dims: [],
    asOf: "DATE '2000-12-31'",
    start: "DATE '2000-01-01'",
    end: "DATE '2000-12-31'",
  });
  const text = `${sql.from} ${sql.where ?? ""} ${def.value({ kind: "year", dims: [], asOf: "x", start: "x", end: "x" })}`;
  for (const e of entities) {
    if (new RegExp(`\\b(v_)?${e.name}\\b`).test(text)) out.add(e.name);
  }
  return out;
}

/**
 * Every record changed since `closure` was made, from the change trail: the rows imports,
 * deletes and undos after the closing added, changed or removed (period rows excluded).
 */
async function changedSince(store: Store, closure: PeriodClosure, period: string): Promise<ChangedRecord[]> {
  const rows = await store.all<{ change_id: number; command: string; source: number; undo: boolean }>(
    `SELECT change_id, command, coalesce(undoes, change_id) AS source, undoes IS NOT NULL AS undo FROM changes
     WHERE change_id > $1 AND change_id NOT IN (SELECT closed_change FROM period_closures)
       AND change_id NOT IN (SELECT reopened_change FROM period_closures WHERE reopened_change IS NOT NULL)
     ORDER BY change_id`,
    [closure.closedChange],
  );
  const out: ChangedRecord[] = [];
  for (const c of rows) {
    const kept = await store.all<{ entity: string; op: string }>(
      "SELECT DISTINCT entity, op FROM change_rows WHERE change_id = $1 ORDER BY entity, op",
      [c.source],
    );
    for (const { entity: name, op } of kept) {
      const entity = entityByName(name) as Entity | undefined;
      if (!entity) continue;
      const from = `FROM change_rows r WHERE r.change_id = ${c.source} AND r.entity = ${literal(name)} AND r.op = ${literal(op)}`;
      // the record as it was (kept in the trail) and as it is now (the table), to date it
      const keys = `SELECT ${rowFromJsonSql(entity, 'r."row"', entity.key)} ${from}`;
      const asWas = op === "inserted" ? null : `SELECT ${rowFromJsonSql(entity, 'r."row"')} ${from}`;
      const asIs = `SELECT n.* FROM ${ident(name)} n SEMI JOIN (${keys}) k ON ${entity.key
        .map((k) => `n.${ident(k)} IS NOT DISTINCT FROM k.${ident(k)}`)
        .join(" AND ")}`;
      const all = await store.all<{ key: string }>(
        `SELECT DISTINCT ${keyTextSql(entity, "k")} AS key FROM (${keys}) k ORDER BY key`,
      );
      const dated = new Set<string>();
      for (const relation of asWas ? [asIs, asWas] : [asIs]) {
        for (const d of await recordsInPeriods(store, entity, relation, [period])) dated.add(d.key);
      }
      const what: ChangedRecord["op"] =
        op === "inserted"
          ? c.undo
            ? "removed"
            : "added"
          : op === "deleted"
            ? c.undo
              ? "added"
              : "removed"
            : "changed";
      for (const { key } of all) {
        out.push({
          entity: name,
          key,
          change: c.change_id,
          command: c.command,
          op: what,
          inPeriod: dated.has(key),
        });
      }
    }
  }
  return out;
}

/**
 * Compares the review figures of `period` as signed (stored at its latest closing) with the
 * same figures computed now, by the same function with the same report date and "as of" day.
 * Lists each figure that changed, with the signed and current values and the records behind
 * the change. Refuses (exit 3) a period never closed.
 */
export async function compareSigned(store: Store, period: string): Promise<SignedComparison> {
  const id = parseClosablePeriod(period).id;
  const closure = (await listClosures(store)).filter((c) => c.period === id).at(-1);
  if (!closure) {
    throw new DoingoaiError(
      {
        vi: `Kỳ ${id} chưa từng khóa sổ nên không có số liệu đã ký để so sánh (xem doingoai period list).`,
        en: `Period ${id} was never closed, so there are no signed figures to compare with (see doingoai period list).`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  const current = await reviewFigures(store, id, { reportDate: closure.reportDate, asOf: closure.asOf });
  const differing = closure.figures.filter((f) => {
    const now = current.find((c) => c.indicator === f.indicator);
    return now !== undefined && !same(f.value, now.value);
  });
  const records = differing.length > 0 ? await changedSince(store, closure, id) : [];
  const changed = differing.map((f) => {
    const read = tablesRead(f.indicator);
    const mine = records.filter((r) => read.has(r.entity));
    const dated = mine.filter((r) => r.inPeriod);
    return {
      indicator: f.indicator,
      label: f.label,
      period: f.period,
      unit: f.unit,
      signed: f.value,
      current: current.find((c) => c.indicator === f.indicator)!.value,
      records: dated.length > 0 ? dated : mine,
    };
  });
  return { closure, changed, compared: closure.figures.length };
}
