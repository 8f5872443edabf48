import ExcelJS from "exceljs";
import { planYears } from "../../data/planning/progress.ts";
import type { Strategy } from "../../data/planning/strategy.ts";
import {
  sheetHeader,
  strategySheets,
  yearColumn,
  type SheetColumn,
  type StrategySheetName,
} from "./strategySheets.ts";

/** A flat row of a strategy sheet: column key → cell value. */
export type SheetRow = Record<string, string | number | undefined>;

/** Options of {@link strategyToWorkbook}. */
export interface StrategyToWorkbookOptions {
  /** Indicator ids offered in the targets sheet's dropdown; default: none (free text). */
  indicators?: readonly string[];
}

/** The fields of `obj` other than `known`, or undefined when there are none. */
function rest(obj: object, known: readonly string[]): Record<string, unknown> | undefined {
  const out = Object.fromEntries(
    Object.entries(obj).filter(([k, v]) => !known.includes(k) && v !== undefined),
  );
  return Object.keys(out).length === 0 ? undefined : out;
}

const json = (x: Record<string, unknown> | undefined) => (x === undefined ? undefined : JSON.stringify(x));

/** The years with a column in the targets sheet: the plan's years and any other year a target gives. */
export function targetYears(strategy: Strategy): string[] {
  const years = new Set<string>();
  const { first, last } = planYears(strategy.plan_period);
  for (let y = first; y <= last; y++) years.add(String(y));
  for (const g of strategy.goals)
    for (const o of g.objectives)
      for (const t of o.targets) Object.keys(t.yearly ?? {}).forEach((y) => years.add(y));
  return [...years].sort();
}

/** The years with a budget column in the programmes sheet. */
export function programmeYears(strategy: Strategy): string[] {
  const years = new Set<string>();
  const { first, last } = planYears(strategy.plan_period);
  for (let y = first; y <= last; y++) years.add(String(y));
  for (const p of strategy.programmes) Object.keys(p.budget_vnd ?? {}).forEach((y) => years.add(y));
  return [...years].sort();
}

/** A sheet's columns, with the year columns in place. */
export function sheetColumns(name: StrategySheetName, years: readonly string[]): SheetColumn[] {
  const sheet = strategySheets[name];
  const columns: SheetColumn[] = [...sheet.columns];
  if (!("yearsAfter" in sheet)) return columns;
  const at = columns.findIndex((c) => c.key === sheet.yearsAfter) + 1;
  columns.splice(at, 0, ...years.map((y) => yearColumn(y, name === "programmes")));
  return columns;
}

/** The strategy as flat rows, one list per sheet. */
export function strategyRows(strategy: Strategy): Record<StrategySheetName, SheetRow[]> {
  const general: SheetRow[] = [
    {
      field: "plan_period",
      vi: strategy.plan_period,
      extra: json(
        rest(strategy, [
          "plan_period",
          "title",
          "viewpoints",
          "goals",
          "roadmap",
          "programmes",
          "budget",
          "implementation",
        ]),
      ),
    },
    { field: "title", vi: strategy.title.vi, en: strategy.title.en },
    ...(strategy.viewpoints ?? []).map((b) => ({ field: "viewpoint", vi: b.vi, en: b.en })),
    ...(strategy.implementation ?? []).map((b) => ({ field: "implementation", vi: b.vi, en: b.en })),
  ];
  const goals: SheetRow[] = [];
  const targets: SheetRow[] = [];
  for (const g of strategy.goals) {
    goals.push({
      goal_id: g.id,
      kind: "goal",
      vi: g.title.vi,
      en: g.title.en,
      extra: json(rest(g, ["id", "title", "objectives", "tasks", "solutions"])),
    });
    for (const o of g.objectives) {
      goals.push({
        goal_id: g.id,
        objective_id: o.id,
        kind: "objective",
        vi: o.title.vi,
        en: o.title.en,
        extra: json(rest(o, ["id", "title", "targets"])),
      });
      for (const t of o.targets) {
        const baselineRest = rest(t.baseline, ["period", "value"]);
        const extra = rest(t, [
          "id",
          "indicator",
          "where",
          "direction",
          "baseline",
          "yearly",
          "end",
          "path",
          "note",
        ]);
        targets.push({
          goal_id: g.id,
          objective_id: o.id,
          id: t.id,
          indicator: t.indicator,
          where:
            t.where === undefined
              ? undefined
              : Object.entries(t.where)
                  .map(([k, v]) => `${k}=${v}`)
                  .join("; "),
          direction: t.direction,
          baseline_period: t.baseline.period,
          baseline_value: t.baseline.value,
          end: t.end,
          path: t.path,
          ...t.yearly,
          note_vi: t.note?.vi,
          note_en: t.note?.en,
          extra: json(baselineRest === undefined ? extra : { ...extra, baseline: baselineRest }),
        });
      }
    }
    for (const b of g.tasks ?? []) goals.push({ goal_id: g.id, kind: "task", vi: b.vi, en: b.en });
    for (const b of g.solutions ?? []) goals.push({ goal_id: g.id, kind: "solution", vi: b.vi, en: b.en });
  }
  const milestones: SheetRow[] = strategy.roadmap.map((m) => ({
    id: m.id,
    title_vi: m.title.vi,
    title_en: m.title.en,
    owner: m.owner,
    due: m.due,
    depends_on: m.depends_on.join("; "),
    budget_vnd: m.budget_vnd,
    status: m.status,
    extra: json(rest(m, ["id", "title", "owner", "due", "depends_on", "budget_vnd", "status"])),
  }));
  const programmes: SheetRow[] = [];
  const results: SheetRow[] = [];
  const activities: SheetRow[] = [];
  for (const p of strategy.programmes) {
    programmes.push({
      agreement_id: p.agreement_id,
      objective_vi: p.objective?.vi,
      objective_en: p.objective?.en,
      lead_unit: p.lead_unit,
      counterpart: p.counterpart,
      review_dates: p.review_dates?.join("; "),
      ...p.budget_vnd,
      extra: json(
        rest(p, [
          "agreement_id",
          "objective",
          "lead_unit",
          "counterpart",
          "results",
          "activities",
          "budget_vnd",
          "review_dates",
        ]),
      ),
    });
    for (const r of p.results ?? []) {
      results.push({
        agreement_id: p.agreement_id,
        id: r.id,
        title_vi: r.title.vi,
        title_en: r.title.en,
        indicator_vi: r.indicator.vi,
        indicator_en: r.indicator.en,
        baseline: r.baseline,
        target: r.target,
        verification_vi: r.verification?.vi,
        verification_en: r.verification?.en,
        risks_vi: r.risks?.vi,
        risks_en: r.risks?.en,
        extra: json(rest(r, ["id", "title", "indicator", "baseline", "target", "verification", "risks"])),
      });
    }
    for (const a of p.activities) {
      activities.push(
        typeof a === "string"
          ? { agreement_id: p.agreement_id, id: a }
          : {
              agreement_id: p.agreement_id,
              id: a.id,
              title_vi: a.title.vi,
              title_en: a.title.en,
              due: a.due,
              result: a.result,
              extra: json(rest(a, ["id", "title", "due", "result"])),
            },
      );
    }
  }
  const budget: SheetRow[] = (strategy.budget ?? []).map((b) => ({
    year: b.year,
    line: b.line,
    amount_vnd: b.amount_vnd,
    note_vi: b.note?.vi,
    note_en: b.note?.en,
    extra: json(rest(b, ["year", "line", "amount_vnd", "note"])),
  }));
  return { general, goals, targets, milestones, programmes, results, activities, budget };
}

const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const lastValidatedRow = 500;

// exceljs 4.4 applies a validation to a whole range through `worksheet.dataValidations`; its typings omit it.
function rangeValidations(sheet: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof rangeValidations> }).dataValidations;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * The strategy as an Excel workbook for planners: sheets `general` (plan period, title,
 * viewpoints, organisation of implementation), `goals` (goals, objectives, tasks,
 * solutions), `targets` (one row a target, a column a year), `milestones`,
 * `programmes`, `results` and `activities` (the MOU programmes' results frameworks)
 * and `budget` (by year and line). Headers are bilingual ("Tiếng Việt / English");
 * choices (indicator, direction, path, status, line) are dropdowns; fields without a
 * column (e.g. a draft's reasoning) are kept as JSON in the last column, so
 * {@link workbookToStrategy} gives back the same strategy.
 */
export function strategyToWorkbook(
  strategy: Strategy,
  options: StrategyToWorkbookOptions = {},
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "doingoai";
  const rows = strategyRows(strategy);
  // the dropdowns' values live in a hidden sheet (an inline list is limited to 255 characters)
  const listValues: (readonly string[])[] = [];
  const listRange = (values: readonly string[]): string => {
    listValues.push(values);
    const letter = columnLetter(listValues.length);
    return `lists!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
  };
  for (const name of Object.keys(strategySheets) as StrategySheetName[]) {
    const years = name === "targets" ? targetYears(strategy) : programmeYears(strategy);
    const columns = sheetColumns(name, years);
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    columns.forEach((c, i) => {
      const header = sheet.getRow(1).getCell(i + 1);
      header.value = sheetHeader(c);
      header.font = { bold: true };
      header.fill = headerFill;
      header.alignment = { wrapText: true, vertical: "top" };
      const column = sheet.getColumn(i + 1);
      column.width =
        c.key === "vi" || c.key === "en" || /_(vi|en)$/.test(c.key) ? 48 : c.key === "extra" ? 30 : 16;
      if (c.kind === "text" || c.kind === "date") column.numFmt = "@";
      const values = c.values === "indicators" ? options.indicators : c.values;
      if (c.kind === "list" && values !== undefined && values.length > 0) {
        rangeValidations(sheet).add(`${column.letter}2:${column.letter}${lastValidatedRow}`, {
          type: "list",
          allowBlank: true,
          formulae: [listRange(values)],
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: "Giá trị không hợp lệ / Invalid value",
          error: `Chọn một giá trị trong danh sách / Choose a value from the list`,
        });
      }
    });
    for (const row of rows[name]) {
      sheet.addRow(columns.map((c) => row[c.key] ?? null));
    }
  }
  const lists = workbook.addWorksheet("lists", { state: "hidden" });
  listValues.forEach((values, c) => values.forEach((v, r) => (lists.getRow(r + 1).getCell(c + 1).value = v)));
  return workbook;
}
