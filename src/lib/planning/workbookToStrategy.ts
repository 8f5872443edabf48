import type ExcelJS from "exceljs";
import {
  validateStrategy,
  type ParseStrategyResult,
  type StrategyProblem,
} from "../../data/planning/strategy.ts";
import {
  sheetHeader,
  strategySheets,
  yearColumn,
  type SheetColumn,
  type StrategySheetName,
} from "./strategySheets.ts";
import { columnLetter } from "./strategyToWorkbook.ts";

/** Where a value came from in the workbook. */
interface Origin {
  sheet: StrategySheetName;
  row: number;
  /** The row's columns: key → letter. */
  letters: Map<string, string>;
  /** Field path inside the object (as formatPath writes it) → column key. */
  fields: Record<string, string>;
}

type Cell = string | number | undefined;
/** "file, sheet S, row N, column L (header)" in both languages. */
type Where = (
  sheet: StrategySheetName,
  row: number,
  letter: string | undefined,
  header?: SheetColumn,
) => { vi: string; en: string };
type Row = { row: number; values: Record<string, Cell>; letters: Map<string, string> };

function cellValue(cell: ExcelJS.Cell): string | number | Date | boolean | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === "object" && !(v instanceof Date)) {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return (v.result as string | number | Date | undefined) ?? undefined;
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
    return undefined;
  }
  return v as string | number | Date | boolean;
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Reads a strategy back from a workbook written by {@link strategyToWorkbook} (and
 * edited by a planner). Every mistake is refused with the sheet, the row, the column
 * (letter and header), the value and what was expected, in Vietnamese and English:
 * cells of the wrong kind (text in a number column, a value not in a dropdown, a date
 * that is not yyyy-mm-dd, a row naming a goal, objective or agreement that does not
 * exist) and every problem the strategy schema finds.
 */
export function workbookToStrategy(workbook: ExcelJS.Workbook, file = "strategy.xlsx"): ParseStrategyResult {
  return readStrategyWorkbook(workbook, file).result;
}

/** A strategy read from its workbook, and where each of its fields came from. */
export interface StrategyWorkbook {
  /** As {@link workbookToStrategy} returns it. */
  result: ParseStrategyResult;
  /**
   * The problem said with the sheet, row and column (letter and header) of
   * the field its path names (e.g. `goals[0].objectives[1].targets[2].end`),
   * for the problems `strategy check` finds in a strategy read from a
   * workbook; a path with no cell behind it (a part the workbook does not
   * have yet) is left as it is.
   */
  locate: (problem: StrategyProblem) => StrategyProblem;
}

/** {@link workbookToStrategy}, keeping where each field came from for later checks. */
export function readStrategyWorkbook(workbook: ExcelJS.Workbook, file = "strategy.xlsx"): StrategyWorkbook {
  const result = readWorkbookFields(workbook, file);
  return { result: result.result, locate: (p) => locate(p, result.origins, result.where) };
}

function readWorkbookFields(
  workbook: ExcelJS.Workbook,
  file: string,
): { result: ParseStrategyResult; origins: Map<string, Origin>; where: Where } {
  const problems: StrategyProblem[] = [];
  const where = (sheet: StrategySheetName, row: number, letter: string | undefined, header?: SheetColumn) => {
    const c = letter === undefined ? "" : `, cột ${letter}${header ? ` (${header.vi})` : ""}`;
    const e = letter === undefined ? "" : `, column ${letter}${header ? ` (${header.en})` : ""}`;
    return { vi: `${file}, trang ${sheet}, dòng ${row}${c}`, en: `${file}, sheet ${sheet}, row ${row}${e}` };
  };
  const fail = (
    path: string,
    at: { vi: string; en: string },
    vi: string,
    en: string,
    value?: unknown,
  ): void => {
    const got =
      value === undefined ? "" : ` (${JSON.stringify(value instanceof Date ? isoOf(value) : value)})`;
    problems.push({
      severity: "error",
      path,
      text: { vi: `${at.vi}: ${vi}${got}`, en: `${at.en}: ${en}${got}` },
    });
  };

  const read = (name: StrategySheetName): Row[] => {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) return [];
    const spec = strategySheets[name];
    const byHeader = new Map<string, SheetColumn>();
    for (const c of spec.columns) {
      byHeader.set(sheetHeader(c), c);
      byHeader.set(c.key, c);
    }
    const columns = new Map<number, SheetColumn>();
    const letters = new Map<string, string>();
    sheet.getRow(1).eachCell((cell, i) => {
      const text = String(cellValue(cell) ?? "").trim();
      if (text === "") return;
      let c = byHeader.get(text);
      if (c === undefined && "yearsAfter" in spec) {
        const year = /(\d{4})/.exec(text)?.[1];
        if (
          year !== undefined &&
          (text === year || sheetHeader(yearColumn(year, name === "programmes")) === text)
        ) {
          c = yearColumn(year, name === "programmes");
        }
      }
      if (c === undefined) {
        fail(
          `${name}!${columnLetter(i)}1`,
          where(name, 1, columnLetter(i)),
          "cột không có trong mẫu bảng chiến lược",
          "a column the strategy workbook does not have",
          text,
        );
        return;
      }
      columns.set(i, c);
      letters.set(c.key, columnLetter(i));
    });
    const rows: Row[] = [];
    sheet.eachRow((r, n) => {
      if (n === 1) return;
      const values: Record<string, Cell> = {};
      let any = false;
      for (const [i, c] of columns) {
        const raw = cellValue(r.getCell(i));
        if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) continue;
        any = true;
        const at = where(name, n, columnLetter(i), c);
        const path = `${name}!${columnLetter(i)}${n}`;
        if (c.kind === "number" || c.kind === "integer") {
          const num =
            typeof raw === "number"
              ? raw
              : typeof raw === "string" && /^-?\d+(\.\d+)?$/.test(raw.trim())
                ? Number(raw)
                : NaN;
          if (!Number.isFinite(num) || (c.kind === "integer" && !Number.isInteger(num))) {
            fail(
              path,
              at,
              c.kind === "integer" ? "cần một số nguyên" : "cần một số (dấu chấm thập phân, ví dụ 0.85)",
              c.kind === "integer"
                ? "expected a whole number"
                : "expected a number (decimal point, e.g. 0.85)",
              raw,
            );
            continue;
          }
          values[c.key] = num;
        } else if (c.kind === "value" && typeof raw === "number") {
          values[c.key] = raw;
        } else if (c.kind === "date") {
          const text = raw instanceof Date ? isoOf(raw) : String(raw).trim();
          const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
          const iso = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : text;
          if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
            fail(
              path,
              at,
              "cần ngày yyyy-mm-dd hoặc dd/mm/yyyy",
              "expected a date yyyy-mm-dd or dd/mm/yyyy",
              raw,
            );
            continue;
          }
          values[c.key] = iso;
        } else {
          const text = raw instanceof Date ? isoOf(raw) : String(raw).trim();
          const allowed = Array.isArray(c.values) ? c.values : undefined;
          if (c.kind === "list" && allowed !== undefined && !allowed.includes(text)) {
            fail(
              path,
              at,
              `cần một trong: ${allowed.join(", ")}`,
              `expected one of: ${allowed.join(", ")}`,
              text,
            );
            continue;
          }
          values[c.key] = text;
        }
      }
      if (any) rows.push({ row: n, values, letters });
    });
    return rows;
  };

  const origins = new Map<string, Origin>();
  const mark = (path: string, sheet: StrategySheetName, r: Row, fields: Record<string, string>) =>
    origins.set(path, { sheet, row: r.row, letters: r.letters, fields });
  const text = (v: Cell) => (v === undefined ? undefined : String(v));
  const bi = (vi: Cell, en: Cell) =>
    vi === undefined && en === undefined ? undefined : { vi: text(vi), en: text(en) };
  const list = (v: Cell) =>
    v === undefined
      ? undefined
      : String(v)
          .split(";")
          .map((s) => s.trim())
          .filter((s) => s !== "");
  const extra = (sheet: StrategySheetName, r: Row): Record<string, unknown> => {
    const raw = r.values["extra"];
    if (raw === undefined) return {};
    try {
      const parsed: unknown = JSON.parse(String(raw));
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch {
      // reported below
    }
    const letter = r.letters.get("extra");
    fail(
      `${sheet}!${letter}${r.row}`,
      where(sheet, r.row, letter),
      "cần một đối tượng JSON {…}",
      "expected a JSON object {…}",
      raw,
    );
    return {};
  };
  const yearsOf = (r: Row) => {
    const entries = Object.entries(r.values).filter(([k]) => /^\d{4}$/.test(k));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  };
  const bad = (sheet: StrategySheetName, r: Row, key: string, vi: string, en: string) => {
    const letter = r.letters.get(key);
    const header = strategySheets[sheet].columns.find((c: SheetColumn) => c.key === key);
    fail(`${sheet}!${letter}${r.row}`, where(sheet, r.row, letter, header), vi, en, r.values[key] ?? "");
  };

  // general
  const data: Record<string, unknown> = {};
  const viewpoints: unknown[] = [];
  const implementation: unknown[] = [];
  for (const r of read("general")) {
    const f = r.values["field"];
    if (f === "plan_period") {
      Object.assign(data, extra("general", r));
      data["plan_period"] = text(r.values["vi"]);
      mark("plan_period", "general", r, { "": "vi" });
    } else if (f === "title") {
      data["title"] = bi(r.values["vi"], r.values["en"]);
      mark("title", "general", r, { vi: "vi", en: "en" });
    } else if (f === "viewpoint") {
      mark(`viewpoints[${viewpoints.length}]`, "general", r, { vi: "vi", en: "en" });
      viewpoints.push(bi(r.values["vi"], r.values["en"]));
    } else if (f === "implementation") {
      mark(`implementation[${implementation.length}]`, "general", r, { vi: "vi", en: "en" });
      implementation.push(bi(r.values["vi"], r.values["en"]));
    } else if (f === undefined) {
      bad("general", r, "field", "thiếu loại dòng", "the row kind is missing");
    }
  }
  if (viewpoints.length > 0) data["viewpoints"] = viewpoints;

  // goals, objectives, tasks, solutions
  type G = {
    id: unknown;
    objectives: { id: unknown; targets: unknown[] }[];
    tasks?: unknown[];
    solutions?: unknown[];
  };
  const goals: G[] = [];
  const titleFields = { "title.vi": "vi", "title.en": "en", title: "vi", id: "goal_id" };
  for (const r of read("goals")) {
    const kind = r.values["kind"];
    const goalId = text(r.values["goal_id"]);
    const gi = goals.findIndex((g) => g.id === goalId);
    if (kind === "goal") {
      mark(`goals[${goals.length}]`, "goals", r, titleFields);
      goals.push({
        id: goalId,
        title: bi(r.values["vi"], r.values["en"]),
        objectives: [],
        ...extra("goals", r),
      } as G);
      continue;
    }
    if (kind === undefined) {
      bad(
        "goals",
        r,
        "kind",
        "thiếu loại dòng (goal, objective, task, solution)",
        "the row kind is missing (goal, objective, task, solution)",
      );
      continue;
    }
    const goal = goals[gi];
    if (goal === undefined) {
      bad(
        "goals",
        r,
        "goal_id",
        "không có mục tiêu (dòng goal phía trên) mang mã này",
        "no goal row above has this id",
      );
      continue;
    }
    if (kind === "objective") {
      mark(`goals[${gi}].objectives[${goal.objectives.length}]`, "goals", r, {
        ...titleFields,
        id: "objective_id",
      });
      goal.objectives.push({
        id: text(r.values["objective_id"]),
        title: bi(r.values["vi"], r.values["en"]),
        targets: [],
        ...extra("goals", r),
      } as G["objectives"][number]);
    } else {
      const key = kind === "task" ? "tasks" : "solutions";
      const items = (goal[key] ??= []);
      mark(`goals[${gi}].${key}[${items.length}]`, "goals", r, { vi: "vi", en: "en" });
      items.push(bi(r.values["vi"], r.values["en"]));
    }
  }
  // targets
  for (const r of read("targets")) {
    const gi = goals.findIndex((g) => g.id === text(r.values["goal_id"]));
    const goal = goals[gi];
    if (goal === undefined) {
      bad(
        "targets",
        r,
        "goal_id",
        "không có mục tiêu mang mã này trong trang goals",
        "no goal in the goals sheet has this id",
      );
      continue;
    }
    const oi = goal.objectives.findIndex((o) => o.id === text(r.values["objective_id"]));
    const objective = goal.objectives[oi];
    if (objective === undefined) {
      bad(
        "targets",
        r,
        "objective_id",
        `mục tiêu ${String(goal.id)} không có mục tiêu cụ thể mang mã này trong trang goals`,
        `goal ${String(goal.id)} has no objective with this id in the goals sheet`,
      );
      continue;
    }
    const v = r.values;
    let split: Record<string, string> | undefined;
    if (v["where"] !== undefined) {
      split = {};
      for (const part of list(v["where"]) ?? []) {
        const m = /^([^=]+)=(.+)$/.exec(part);
        if (m) split[m[1]!.trim()] = m[2]!.trim();
        else
          bad("targets", r, "where", "cần dạng khóa=giá trị; khóa=giá trị", "expected key=value; key=value");
      }
    }
    const { baseline: extraBaseline, ...more } = extra("targets", r);
    const fields: Record<string, string> = {
      id: "id",
      indicator: "indicator",
      where: "where",
      direction: "direction",
      baseline: "baseline_value",
      "baseline.period": "baseline_period",
      "baseline.value": "baseline_value",
      end: "end",
      path: "path",
      yearly: "end",
      note: "note_vi",
      "note.vi": "note_vi",
      "note.en": "note_en",
      // the target as a whole: its one rule is "yearly values or an end value, not both, not neither"
      "": "end",
    };
    for (const k of Object.keys(v)) if (/^\d{4}$/.test(k)) fields[`yearly.${k}`] = k;
    mark(`goals[${gi}].objectives[${oi}].targets[${objective.targets.length}]`, "targets", r, fields);
    objective.targets.push({
      id: text(v["id"]),
      indicator: text(v["indicator"]),
      where: split,
      direction: v["direction"],
      baseline: {
        period: text(v["baseline_period"]),
        value: v["baseline_value"],
        ...(extraBaseline as Record<string, unknown> | undefined),
      },
      yearly: yearsOf(r),
      end: v["end"],
      path: v["path"],
      note: bi(v["note_vi"], v["note_en"]),
      ...more,
    });
  }
  data["goals"] = goals;

  // milestones
  data["roadmap"] = read("milestones").map((r, i) => {
    const v = r.values;
    mark(`roadmap[${i}]`, "milestones", r, {
      id: "id",
      title: "title_vi",
      "title.vi": "title_vi",
      "title.en": "title_en",
      owner: "owner",
      due: "due",
      depends_on: "depends_on",
      budget_vnd: "budget_vnd",
      status: "status",
    });
    return {
      id: text(v["id"]),
      title: bi(v["title_vi"], v["title_en"]),
      owner: text(v["owner"]),
      due: v["due"],
      depends_on: list(v["depends_on"]) ?? [],
      budget_vnd: v["budget_vnd"],
      status: v["status"],
      ...extra("milestones", r),
    };
  });

  // programmes, their results and activities
  type P = { agreement_id: unknown; results?: unknown[]; activities: unknown[] };
  const programmes: P[] = read("programmes").map((r, i) => {
    const v = r.values;
    const fields: Record<string, string> = {
      agreement_id: "agreement_id",
      objective: "objective_vi",
      "objective.vi": "objective_vi",
      "objective.en": "objective_en",
      lead_unit: "lead_unit",
      counterpart: "counterpart",
      review_dates: "review_dates",
      activities: "agreement_id",
    };
    for (const k of Object.keys(v)) if (/^\d{4}$/.test(k)) fields[`budget_vnd.${k}`] = k;
    mark(`programmes[${i}]`, "programmes", r, fields);
    return {
      agreement_id: text(v["agreement_id"]),
      objective: bi(v["objective_vi"], v["objective_en"]),
      lead_unit: text(v["lead_unit"]),
      counterpart: text(v["counterpart"]),
      activities: [],
      budget_vnd: yearsOf(r),
      review_dates: list(v["review_dates"]),
      ...extra("programmes", r),
    };
  });
  const programmeOf = (sheet: StrategySheetName, r: Row): number | undefined => {
    const pi = programmes.findIndex((p) => p.agreement_id === text(r.values["agreement_id"]));
    if (pi >= 0) return pi;
    bad(
      sheet,
      r,
      "agreement_id",
      "không có chương trình mang mã thỏa thuận này trong trang programmes",
      "no programme in the programmes sheet has this agreement id",
    );
    return undefined;
  };
  for (const r of read("results")) {
    const pi = programmeOf("results", r);
    if (pi === undefined) continue;
    const p = programmes[pi]!;
    const results = (p.results ??= []);
    const v = r.values;
    mark(`programmes[${pi}].results[${results.length}]`, "results", r, {
      id: "id",
      title: "title_vi",
      "title.vi": "title_vi",
      "title.en": "title_en",
      indicator: "indicator_vi",
      "indicator.vi": "indicator_vi",
      "indicator.en": "indicator_en",
      baseline: "baseline",
      target: "target",
      verification: "verification_vi",
      "verification.vi": "verification_vi",
      "verification.en": "verification_en",
      risks: "risks_vi",
      "risks.vi": "risks_vi",
      "risks.en": "risks_en",
    });
    // a number typed in Excel stays a number; text stays text
    results.push({
      id: text(v["id"]),
      title: bi(v["title_vi"], v["title_en"]),
      indicator: bi(v["indicator_vi"], v["indicator_en"]),
      baseline: v["baseline"],
      target: v["target"],
      verification: bi(v["verification_vi"], v["verification_en"]),
      risks: bi(v["risks_vi"], v["risks_en"]),
      ...extra("results", r),
    });
  }
  for (const r of read("activities")) {
    const pi = programmeOf("activities", r);
    if (pi === undefined) continue;
    const p = programmes[pi]!;
    const v = r.values;
    mark(`programmes[${pi}].activities[${p.activities.length}]`, "activities", r, {
      "": "id",
      id: "id",
      title: "title_vi",
      "title.vi": "title_vi",
      "title.en": "title_en",
      due: "due",
      result: "result",
    });
    const reference =
      v["title_vi"] === undefined &&
      v["title_en"] === undefined &&
      v["due"] === undefined &&
      v["result"] === undefined &&
      v["extra"] === undefined;
    p.activities.push(
      reference
        ? text(v["id"])
        : {
            id: text(v["id"]),
            title: bi(v["title_vi"], v["title_en"]),
            due: v["due"],
            result: text(v["result"]),
            ...extra("activities", r),
          },
    );
  }
  data["programmes"] = programmes;

  // budget
  const budget = read("budget").map((r, i) => {
    const v = r.values;
    mark(`budget[${i}]`, "budget", r, {
      year: "year",
      line: "line",
      amount_vnd: "amount_vnd",
      note: "note_vi",
      "note.vi": "note_vi",
      "note.en": "note_en",
    });
    return {
      year: text(v["year"]),
      line: v["line"],
      amount_vnd: v["amount_vnd"],
      note: bi(v["note_vi"], v["note_en"]),
      ...extra("budget", r),
    };
  });
  if (budget.length > 0) data["budget"] = budget;
  if (implementation.length > 0) data["implementation"] = implementation;

  if (problems.length > 0) return { result: { ok: false, problems }, origins, where };
  const result = validateStrategy(clean(data));
  if (result.ok) return { result, origins, where };
  return {
    result: { ok: false, problems: result.problems.map((p) => locate(p, origins, where)) },
    origins,
    where,
  };
}

/** The value without undefined fields (objects and arrays, deeply). */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, clean(v)]),
    );
  }
  return value;
}

/** A schema problem, said with the sheet, row and column it came from. */
function locate(p: StrategyProblem, origins: Map<string, Origin>, where: Where): StrategyProblem {
  let prefix = p.path;
  let origin: Origin | undefined;
  while (prefix !== "") {
    origin = origins.get(prefix);
    if (origin) break;
    const cut = Math.max(prefix.lastIndexOf("."), prefix.lastIndexOf("["));
    prefix = cut <= 0 ? "" : prefix.slice(0, cut);
  }
  if (origin === undefined) return p;
  let field = p.path.slice(prefix.length).replace(/^\./, "");
  let key: string | undefined;
  for (;;) {
    key = origin.fields[field];
    if (key !== undefined || field === "") break;
    const cut = Math.max(field.lastIndexOf("."), field.lastIndexOf("["));
    field = cut <= 0 ? "" : field.slice(0, cut);
  }
  const letter = key === undefined ? undefined : origin.letters.get(key);
  const header =
    key === undefined
      ? undefined
      : ((strategySheets[origin.sheet].columns as readonly SheetColumn[]).find((c) => c.key === key) ??
        (/^\d{4}$/.test(key) ? yearColumn(key, origin.sheet === "programmes") : undefined));
  const at = where(origin.sheet, origin.row, letter, header);
  return { ...p, text: { vi: `${at.vi}: ${p.text.vi}`, en: `${at.en}: ${p.text.en}` } };
}
