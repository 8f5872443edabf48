import type { Bilingual, Lang } from "../../../data/Bilingual.ts";
import { indicatorUnitNames, type IndicatorUnit } from "../../../data/indicatorUnits.ts";
import { formatDate, formatDateLong, formatNumber, formatPercent } from "../../../data/format.ts";
import type { OfficeProfile } from "../../../data/officeProfile.ts";
import { headingOf } from "../buildReviewData.ts";
import { computeIndicators } from "../../indicators/computeIndicators.ts";
import { indicatorById } from "../../indicators/registry.ts";
import { getOfficeProfile } from "../../office/officeProfileStore.ts";
import { isSampleDatabase } from "../../sample/sampleMarker.ts";
import type { Store } from "../../store/openStore.ts";
import { pathValue, planYears } from "../../../data/planning/progress.ts";
import { programmeDelivery, type ProgrammeDelivery } from "../../planning/programmeDelivery.ts";
import { milestoneStatusLabels } from "../../../data/planning/roadmapStatus.ts";
import type { Strategy, Target } from "../../../data/planning/strategy.ts";
import { toBeWrittenText } from "../../planning/strategyGaps.ts";
import { formatFigure } from "../../../data/format.ts";
import { feasibilityFlagLabels } from "../../../data/planning/forecast/feasibility.ts";
import { countryName } from "../../../data/countries.ts";
import { placeName, sampleBannerText } from "../reportDocument.ts";
import type { StrategyBlock, StrategyDocument } from "./StrategyDocument.ts";
import { budgetFigure, ganttFigure, seriesFigure, type SeriesPoint } from "./strategyFigures.ts";

/** Options of {@link buildStrategyDocument}. */
export interface StrategyDocumentOptions {
  lang?: Lang;
  /** The date the plan bears, ISO; default today. */
  date?: string;
  /** Review date for the programmes' delivery, ISO; default `date`. */
  asOf?: string;
  /** The number after "Số:"; default "…/KH-" + the office's agency code. */
  number?: string;
}

/** The indicators of section I (the previous five years), in order. */
export const situationIndicators = [
  "delegations.inbound",
  "delegations.outbound",
  "delegations.person_trips",
  "investment.promotion_trips",
  "investment.contacts",
  "investment.registered",
  "investment.registered_capital_usd",
  "aid.ngos_licensed",
  "aid.projects_approved",
  "aid.committed_usd",
  "aid.disbursed_usd",
  "agreements.signed",
  "agreements.active",
  "agreements.follow_through",
  "agreements.dormant",
  "plan.approval_delay_days",
  "budget.reception_utilisation",
] as const;

const budgetLineLabels: Record<string, Bilingual> = {
  reception: { vi: "Đón tiếp khách nước ngoài", en: "Reception of foreign guests" },
  outbound: { vi: "Đoàn ra", en: "Outbound delegations" },
  promotion: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
  conference: { vi: "Hội nghị, hội thảo quốc tế", en: "International conferences" },
  other: { vi: "Khác", en: "Other" },
};

const upper = (s: string, lang: Lang) => s.toLocaleUpperCase(lang === "vi" ? "vi-VN" : "en-US");
const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

/**
 * A value short enough for a table cell: money in millions (the unit column or label says
 * "triệu USD" / "million USD"), percent, counts with at most one decimal.
 */
export function compactValue(value: number | null, unit: string, lang: Lang): string {
  if (value === null) return "—";
  if (unit === "percent") {
    return formatPercent(value, {
      lang,
      digits: Math.abs(value * 100 - Math.round(value * 100)) < 1e-9 ? 0 : 1,
    });
  }
  if (unit === "USD" || unit === "VND") {
    const m = value / 1e6;
    return formatNumber(m, { lang, digits: Math.abs(m) >= 100 || Number.isInteger(m) ? 0 : 2 });
  }
  return formatNumber(value, { lang, digits: Number.isInteger(value) ? 0 : 1 });
}

// The unit column of the targets table: money in millions, percent as "%", else the unit's name.
const unitNote = (unit: string, lang: Lang): string =>
  unit === "USD" || unit === "VND"
    ? lang === "vi"
      ? `triệu ${unit}`
      : `million ${unit}`
    : unit === "percent"
      ? "%"
      : Object.hasOwn(indicatorUnitNames, unit)
        ? indicatorUnitNames[unit as IndicatorUnit][lang]
        : lang === "vi"
          ? "số lượng"
          : unit;

/** The feasibility a drafted target carries (`strategy draft`): the probability and its flag, as a cell. */
function feasibilityCell(target: Target, lang: Lang): string {
  const f = target.feasibility;
  if (f === undefined) return "—";
  const p = formatPercent(f.probability, { lang, digits: 0 });
  return f.flag === "realistic" ? p : `${p} (${feasibilityFlagLabels[f.flag][lang]})`;
}

/**
 * Lays the strategy out as the plan leadership approves: "KẾ HOẠCH" in the Decree 30/2020
 * layout, headed from the office profile, in one language:
 * I. the situation (the previous five years from the data, a table and two charts),
 * II. viewpoints and objectives, III. the targets table (baseline, yearly path, end value,
 * feasibility when the file has it), IV. tasks and solutions by goal, V. the roadmap
 * (a Gantt chart and a table by year), VI. the MOU programmes (a results framework each,
 * with delivery from `agreement_activities`), VII. the budget by year and line (table and
 * chart), VIII. organisation of implementation and monitoring. Each part the office has
 * not written is marked "[để cơ quan soạn / to be written by the office]".
 *
 * @param store The office's database (null: no data — section I and delivery say so).
 */
export async function buildStrategyDocument(
  store: Store | null,
  strategy: Strategy,
  options: StrategyDocumentOptions = {},
): Promise<StrategyDocument> {
  const lang = options.lang ?? "vi";
  const vi = lang === "vi";
  const t = <T>(v: T, e: T): T => (vi ? v : e);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const asOf = options.asOf ?? date;
  const office: OfficeProfile | null = store ? await getOfficeProfile(store) : null;
  const sample = store ? await isSampleDatabase(store) : false;
  const { province, agency } = headingOf(office);
  const { first, last } = planYears(strategy.plan_period);
  const planYearList = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  const blocks: StrategyBlock[] = [];
  const h1 = (n: number, vis: string, ens: string) =>
    blocks.push({ kind: "heading", level: 1, text: `${roman[n - 1]}. ${upper(t(vis, ens), lang)}` });
  const h2 = (text: string) => blocks.push({ kind: "heading", level: 2, text });
  const para = (text: string) => blocks.push({ kind: "paragraph", text });
  const gap = () => blocks.push({ kind: "placeholder", text: toBeWrittenText });
  const bilingualList = (items: readonly Bilingual[] | undefined) => {
    if (items === undefined || items.length === 0 || items.every((b) => /^\s*\[.*\]\s*$/s.test(b[lang])))
      gap();
    else blocks.push({ kind: "list", items: items.map((b) => b[lang]) });
  };

  para(
    t(
      `Căn cứ kết quả công tác đối ngoại giai đoạn ${first - 5}–${first - 1} và định hướng phát triển kinh tế - xã hội của tỉnh, ${agency.vi} xây dựng Kế hoạch ${strategy.title.vi.replace(/^./u, (c) => c.toLowerCase())} như sau.`,
      `Building on the results of external affairs in ${first - 5}–${first - 1} and the province's socio-economic direction, the ${agency.en} sets out the plan "${strategy.title.en}" as follows.`,
    ),
  );

  // I. Situation: the previous five years
  h1(
    1,
    `Tình hình thực hiện giai đoạn ${first - 5}–${first - 1}`,
    `The situation in ${first - 5}–${first - 1}`,
  );
  const pastYears = Array.from({ length: 5 }, (_, i) => first - 5 + i);
  if (store === null) {
    para(
      t(
        "Không có cơ sở dữ liệu: chưa tính được số liệu của giai đoạn trước.",
        "No database: the figures of the previous period could not be computed.",
      ),
    );
    gap();
  } else {
    const { rows } = await computeIndicators(store, {
      indicators: [...situationIndicators],
      periods: pastYears.map(String),
    });
    const value = (id: string, y: number) =>
      rows.find((r) => r.indicator === id && r.period === String(y))?.value ?? null;
    const sum = (id: string) => pastYears.reduce((s, y) => s + (value(id, y) ?? 0), 0);
    const unitOf = (id: string) => indicatorById(id)?.unit ?? "count";
    para(
      t(
        `Giai đoạn ${first - 5}–${first - 1}, tỉnh đón ${formatFigure(sum("delegations.inbound"), "count", lang)} đoàn vào và cử ${formatFigure(sum("delegations.outbound"), "count", lang)} đoàn ra (${formatFigure(sum("delegations.person_trips"), "persons", lang)} lượt người); tổ chức ${formatFigure(sum("investment.promotion_trips"), "count", lang)} đoàn xúc tiến đầu tư; ${formatFigure(sum("investment.registered"), "count", lang)} nhà đầu tư nước ngoài được cấp chứng nhận đăng ký đầu tư với tổng vốn ${formatFigure(sum("investment.registered_capital_usd"), "USD", lang)}; các tổ chức phi chính phủ nước ngoài cam kết ${formatFigure(sum("aid.committed_usd"), "USD", lang)} viện trợ, giải ngân ${formatFigure(sum("aid.disbursed_usd"), "USD", lang)}; ký ${formatFigure(sum("agreements.signed"), "count", lang)} thỏa thuận quốc tế, ${formatFigure(value("agreements.active", first - 1), "count", lang)} thỏa thuận còn hiệu lực tại 31/12/${first - 1}, trong đó ${formatFigure(value("agreements.dormant", first - 1), "count", lang)} thỏa thuận không hoạt động.`,
        `In ${first - 5}–${first - 1} the province received ${formatFigure(sum("delegations.inbound"), "count", lang)} inbound delegations and sent ${formatFigure(sum("delegations.outbound"), "count", lang)} (${formatFigure(sum("delegations.person_trips"), "persons", lang)} person-trips); it organised ${formatFigure(sum("investment.promotion_trips"), "count", lang)} investment-promotion trips; ${formatFigure(sum("investment.registered"), "count", lang)} foreign investors registered projects with ${formatFigure(sum("investment.registered_capital_usd"), "USD", lang)} of capital; foreign NGOs committed ${formatFigure(sum("aid.committed_usd"), "USD", lang)} of aid and disbursed ${formatFigure(sum("aid.disbursed_usd"), "USD", lang)}; ${formatFigure(sum("agreements.signed"), "count", lang)} international agreements were signed, and ${formatFigure(value("agreements.active", first - 1), "count", lang)} were in force at 31/12/${first - 1}, ${formatFigure(value("agreements.dormant", first - 1), "count", lang)} of them dormant.`,
      ),
    );
    blocks.push({
      kind: "table",
      head: [t("Chỉ số", "Indicator"), t("Đơn vị", "Unit"), ...pastYears.map(String)],
      rows: situationIndicators.map((id) => {
        const def = indicatorById(id);
        return [
          def?.label[lang] ?? id,
          unitNote(unitOf(id), lang),
          ...pastYears.map((y) => compactValue(value(id, y), unitOf(id), lang)),
        ];
      }),
      align: ["left", "left", "right", "right", "right", "right", "right"],
      widths: [38, 12, 10, 10, 10, 10, 10],
    });
    const label = (id: string) => indicatorById(id)?.label[lang] ?? id;
    const points = (ids: string[], scale = 1): SeriesPoint[] =>
      ids.flatMap((id) =>
        pastYears.map((year) => {
          const v = value(id, year);
          return { series: label(id), year, value: v === null ? null : v / scale };
        }),
      );
    blocks.push(
      await seriesFigure(
        "situation-delegations",
        t(
          `Hình 1. Đoàn vào, đoàn ra và đoàn xúc tiến đầu tư, ${first - 5}–${first - 1}`,
          `Figure 1. Inbound, outbound and investment-promotion delegations, ${first - 5}–${first - 1}`,
        ),
        points(["delegations.inbound", "delegations.outbound", "investment.promotion_trips"]),
        { lang, y: t("số đoàn", "delegations") },
      ),
    );
    blocks.push(
      await seriesFigure(
        "situation-aid",
        t(
          `Hình 2. Viện trợ phi chính phủ nước ngoài cam kết và giải ngân (triệu USD), ${first - 5}–${first - 1}`,
          `Figure 2. Foreign NGO aid committed and disbursed (million USD), ${first - 5}–${first - 1}`,
        ),
        points(["aid.committed_usd", "aid.disbursed_usd"], 1e6),
        { lang, y: t("triệu USD", "million USD") },
      ),
    );
  }

  // II. Viewpoints and objectives
  h1(2, "Quan điểm và mục tiêu", "Viewpoints and objectives");
  h2(t("1. Quan điểm", "1. Viewpoints"));
  bilingualList(strategy.viewpoints);
  h2(t("2. Mục tiêu chung", "2. General objective"));
  para(strategy.title[lang] + ".");
  h2(t("3. Mục tiêu cụ thể", "3. Specific objectives"));
  for (const goal of strategy.goals) {
    blocks.push({
      kind: "list",
      items: [
        `${goal.id}. ${goal.title[lang]}:`,
        ...goal.objectives.map((o) => `   ${o.id}. ${o.title[lang]}`),
      ],
    });
  }

  // III. Targets
  h1(3, "Các chỉ tiêu chủ yếu", "Main targets");
  para(
    t(
      `Giá trị gốc là số liệu thực hiện của năm gốc; lộ trình từng năm theo giá trị từng năm đã đặt, hoặc đường thẳng (tuyến tính) hay tăng trưởng đều (kép) từ giá trị gốc đến giá trị năm ${last}. Khả thi: xác suất đạt chỉ tiêu theo dự báo, khi tệp chiến lược có.`,
      `The baseline is the actual of the base year; the yearly path follows the yearly values set, or a straight (linear) or constant-growth (compound) path from the baseline to the ${last} value. Feasibility: the probability of reaching the target under the forecast, where the file gives it.`,
    ),
  );
  const targetRows: string[][] = [];
  for (const goal of strategy.goals) {
    for (const objective of goal.objectives) {
      objective.targets.forEach((target, i) => {
        const def = indicatorById(target.indicator);
        const unit = def?.unit ?? "count";
        const splitText = Object.entries(target.where ?? {})
          .map(([k, v]) => (k === "country" ? countryName(v, lang) : `${k}=${v}`))
          .join(", ");
        // counts need no unit; money labels already say their currency: the cell is in millions
        const unitText =
          unit === "count" || unit === "persons"
            ? ""
            : unit === "USD" || unit === "VND"
              ? t(" [triệu]", " [million]")
              : ` [${unitNote(unit, lang)}]`;
        targetRows.push([
          target.id ?? `${objective.id}.${i + 1}`,
          `${def?.label[lang] ?? target.indicator}${splitText ? ` — ${splitText}` : ""}${unitText}${target.direction === "down" ? " ↓" : ""}`,
          `${compactValue(target.baseline.value, unit, lang)} (${target.baseline.period})`,
          ...planYearList.map((y) => compactValue(pathValue(target, y, strategy.plan_period), unit, lang)),
          feasibilityCell(target, lang),
        ]);
      });
    }
  }
  const yearWidth = Math.floor(47 / planYearList.length);
  blocks.push({
    kind: "table",
    head: [
      t("Mã", "Id"),
      t("Chỉ tiêu", "Target"),
      t("Gốc (năm)", "Baseline (year)"),
      ...planYearList.map(String),
      t("Khả thi", "Feasibility"),
    ],
    rows: targetRows,
    align: ["left", "left", "right", ...planYearList.map(() => "right" as const), "right"],
    widths: [
      7,
      100 - 7 - 13 - 10 - yearWidth * planYearList.length,
      13,
      ...planYearList.map(() => yearWidth),
      10,
    ],
  });
  para(t("↓: chỉ số càng thấp càng tốt.", "↓: lower is better."));

  // IV. Tasks and solutions
  h1(4, "Nhiệm vụ và giải pháp", "Tasks and solutions");
  strategy.goals.forEach((goal, i) => {
    h2(`${i + 1}. ${goal.title[lang]}`);
    para(t("Nhiệm vụ:", "Tasks:"));
    bilingualList(goal.tasks);
    para(t("Giải pháp:", "Solutions:"));
    bilingualList(goal.solutions);
  });

  // V. Roadmap
  h1(5, "Lộ trình thực hiện", "Roadmap");
  const dueOf = new Map(strategy.roadmap.map((m) => [m.id, m.due]));
  if (strategy.roadmap.length === 0) {
    gap();
  } else {
    const bars = strategy.roadmap.map((m) => {
      const deps = m.depends_on
        .map((d) => dueOf.get(d))
        .filter((d): d is string => d !== undefined)
        .sort();
      const start = deps.at(-1) ?? `${first}-01-01`;
      const title = m.title[lang];
      const short = title.length > 40 ? `${title.slice(0, 39)}…` : title;
      return {
        label: `${m.id} ${short}`,
        start: start < m.due ? start : m.due,
        due: m.due,
        status: m.status,
      };
    });
    blocks.push(
      await ganttFigure(
        t(
          `Hình 3. Lộ trình ${strategy.plan_period}: mỗi mốc là một thanh từ khi các mốc nó phụ thuộc đến hạn tới hạn của nó, màu theo tình trạng`,
          `Figure 3. Roadmap ${strategy.plan_period}: each milestone is a bar from when the milestones it depends on are due to its own due date, coloured by status`,
        ),
        bars,
        {
          lang,
          statusLabel: (s) => milestoneStatusLabels[s as keyof typeof milestoneStatusLabels]?.[lang] ?? s,
        },
      ),
    );
    const roadmapYears = [...new Set(strategy.roadmap.map((m) => Number(m.due.slice(0, 4))))].sort();
    blocks.push({
      kind: "table",
      head: [
        t("Năm", "Year"),
        t("Mốc", "Milestone"),
        t("Chủ trì", "Owner"),
        t("Hạn", "Due"),
        t("Kinh phí (tr. ₫)", "Budget (m VND)"),
      ],
      rows: roadmapYears.flatMap((y) =>
        strategy.roadmap
          .filter((m) => Number(m.due.slice(0, 4)) === y)
          .sort((a, b) => a.due.localeCompare(b.due))
          .map((m, k) => [
            k === 0 ? String(y) : "",
            `${m.id}. ${m.title[lang]}${m.depends_on.length ? t(` (sau ${m.depends_on.join(", ")})`, ` (after ${m.depends_on.join(", ")})`) : ""}`,
            m.owner,
            formatDate(m.due),
            m.budget_vnd === undefined ? "—" : formatNumber(m.budget_vnd / 1e6, { lang }),
          ]),
      ),
      align: ["left", "left", "left", "right", "right"],
      widths: [8, 44, 20, 15, 13],
    });
  }

  // VI. MOU programmes
  h1(6, "Chương trình hợp tác theo thỏa thuận", "MOU programmes");
  const delivery: ProgrammeDelivery[] = store ? await programmeDelivery(store, strategy, { asOf }) : [];
  if (strategy.programmes.length === 0) gap();
  strategy.programmes.forEach((p, i) => {
    const d = delivery.find((x) => x.agreement_id === p.agreement_id);
    const partner = d?.partner ?? p.counterpart ?? p.agreement_id;
    h2(`${i + 1}. ${partner}${d?.title ? ` — ${d.title}` : ""} (${p.agreement_id})`);
    blocks.push({
      kind: "list",
      items: [
        `${t("Mục tiêu", "Objective")}: ${p.objective?.[lang] ?? toBeWrittenText}`,
        `${t("Đơn vị chủ trì", "Lead unit")}: ${p.lead_unit && !/^\[.*\]$/.test(p.lead_unit) ? p.lead_unit : toBeWrittenText}`,
        `${t("Đối tác phía bạn", "Partner counterpart")}: ${p.counterpart ?? toBeWrittenText}`,
        `${t("Kinh phí", "Budget")}: ${
          p.budget_vnd && Object.keys(p.budget_vnd).length > 0
            ? Object.entries(p.budget_vnd)
                .map(([y, v]) => `${y}: ${formatNumber(v / 1e6, { lang })} ${t("tr. ₫", "m VND")}`)
                .join("; ")
            : toBeWrittenText
        }`,
        `${t("Rà soát với đối tác", "Reviews with the partner")}: ${
          p.review_dates && p.review_dates.length > 0
            ? p.review_dates.map((x) => formatDate(x)).join("; ")
            : toBeWrittenText
        }`,
      ],
    });
    para(t("Khung kết quả:", "Results framework:"));
    if (p.results === undefined || p.results.length === 0) {
      gap();
    } else {
      const v = (x: number | string | undefined) =>
        x === undefined ? "—" : typeof x === "number" ? formatNumber(x, { lang }) : x;
      blocks.push({
        kind: "table",
        head: [
          t("Kết quả mong đợi", "Expected result"),
          t("Chỉ số", "Indicator"),
          t("Gốc", "Baseline"),
          t("Chỉ tiêu", "Target"),
          t("Nguồn kiểm chứng", "Means of verification"),
          t("Giả định, rủi ro", "Assumptions, risks"),
        ],
        rows: p.results.map((r) => [
          `${r.id}. ${r.title[lang]}`,
          r.indicator[lang],
          v(r.baseline),
          v(r.target),
          r.verification?.[lang] ?? "—",
          r.risks?.[lang] ?? "—",
        ]),
        align: ["left", "left", "right", "right", "left", "left"],
        widths: [22, 20, 9, 9, 20, 20],
      });
    }
    para(t("Hoạt động theo năm và kết quả thực hiện:", "Activities by year and delivery:"));
    const activityYears = planYearList.filter(
      (y) =>
        p.activities.some((a) => typeof a !== "string" && Number(a.due.slice(0, 4)) === y) ||
        (d?.years.find((x) => x.year === y)?.planned ?? 0) > 0 ||
        (d?.years.find((x) => x.year === y)?.otherDone ?? 0) > 0,
    );
    blocks.push({
      kind: "table",
      head: [
        t("Năm", "Year"),
        t("Hoạt động (hạn; kết quả)", "Activity (due; result)"),
        t("Đã thực hiện / kế hoạch", "Done / planned"),
      ],
      rows: activityYears.map((y) => {
        const items = p.activities
          .map((a) =>
            typeof a === "string"
              ? a
              : `${a.id ? `${a.id}: ` : ""}${a.title[lang]} (${formatDate(a.due)}${a.result ? `; ${a.result}` : ""})`,
          )
          .filter((_, k) => {
            const a = p.activities[k]!;
            return typeof a === "string" ? false : Number(a.due.slice(0, 4)) === y;
          });
        const dy = d?.years.find((x) => x.year === y);
        return [
          String(y),
          items.join("; ") || "—",
          dy
            ? `${dy.delivered}/${dy.planned}${dy.otherDone ? t(` (+${dy.otherDone} khác)`, ` (+${dy.otherDone} other)`) : ""}`
            : t("không có dữ liệu", "no data"),
        ];
      }),
      align: ["left", "left", "right"],
      widths: [10, 68, 22],
    });
    if (d?.stalled && d.reason) {
      para(`${t("Cảnh báo", "Warning")}: ${d.reason[lang]}`);
    }
  });

  // VII. Budget
  h1(7, "Kinh phí thực hiện", "Funding");
  const budget = strategy.budget ?? [];
  const programmeBudget = (y: number) =>
    strategy.programmes.reduce((s, p) => s + (p.budget_vnd?.[String(y)] ?? 0), 0);
  const milestoneBudget = (y: number) =>
    strategy.roadmap
      .filter((m) => Number(m.due.slice(0, 4)) === y)
      .reduce((s, m) => s + (m.budget_vnd ?? 0), 0);
  if (budget.length === 0 && strategy.programmes.every((p) => p.budget_vnd === undefined)) {
    gap();
  } else {
    const lines = [...new Set(budget.map((b) => b.line))];
    const lineYear = (line: string, y: number) =>
      budget.filter((b) => b.line === line && Number(b.year) === y).reduce((s, b) => s + b.amount_vnd, 0);
    const m = (x: number) => formatNumber(x / 1e6, { lang });
    const rows: string[][] = lines.map((line) => [
      budgetLineLabels[line]?.[lang] ?? line,
      ...planYearList.map((y) => m(lineYear(line, y))),
      m(planYearList.reduce((s, y) => s + lineYear(line, y), 0)),
    ]);
    rows.push([
      t("Chương trình hợp tác (mục VI)", "MOU programmes (section VI)"),
      ...planYearList.map((y) => m(programmeBudget(y))),
      m(planYearList.reduce((s, y) => s + programmeBudget(y), 0)),
    ]);
    rows.push([
      t("Mốc lộ trình (mục V)", "Roadmap milestones (section V)"),
      ...planYearList.map((y) => m(milestoneBudget(y))),
      m(planYearList.reduce((s, y) => s + milestoneBudget(y), 0)),
    ]);
    const yearTotal = (y: number) =>
      lines.reduce((s, line) => s + lineYear(line, y), 0) + programmeBudget(y) + milestoneBudget(y);
    rows.push([
      t("Tổng cộng", "Total"),
      ...planYearList.map((y) => m(yearTotal(y))),
      m(planYearList.reduce((s, y) => s + yearTotal(y), 0)),
    ]);
    para(t("Đơn vị: triệu đồng.", "Unit: million VND."));
    const w = Math.floor(60 / (planYearList.length + 1));
    blocks.push({
      kind: "table",
      head: [t("Khoản mục", "Line"), ...planYearList.map(String), t("Cả giai đoạn", "Whole period")],
      rows,
      align: ["left", ...planYearList.map(() => "right" as const), "right"],
      widths: [100 - w * (planYearList.length + 1), ...planYearList.map(() => w), w],
    });
    const chartRows = planYearList.flatMap((y) => [
      ...lines.map((line) => ({
        year: String(y),
        line: budgetLineLabels[line]?.[lang] ?? line,
        amount: lineYear(line, y) / 1e6,
      })),
      {
        year: String(y),
        line: t("Chương trình hợp tác", "MOU programmes"),
        amount: programmeBudget(y) / 1e6,
      },
      { year: String(y), line: t("Mốc lộ trình", "Milestones"), amount: milestoneBudget(y) / 1e6 },
    ]);
    blocks.push(
      await budgetFigure(
        t(
          `Hình 4. Kinh phí theo năm và khoản mục (triệu đồng)`,
          `Figure 4. Funding by year and line (million VND)`,
        ),
        chartRows,
        { lang, unitLabel: t("triệu ₫", "million VND") },
      ),
    );
  }

  // VIII. Organisation of implementation and monitoring
  h1(
    8,
    "Tổ chức thực hiện và theo dõi, đánh giá",
    "Organisation of implementation, monitoring and evaluation",
  );
  h2(t("1. Phân công thực hiện", "1. Responsibilities"));
  bilingualList(strategy.implementation);
  h2(t("2. Theo dõi, đánh giá", "2. Monitoring and evaluation"));
  const indicators = [
    ...new Set(strategy.goals.flatMap((g) => g.objectives.flatMap((o) => o.targets.map((x) => x.indicator)))),
  ];
  para(
    t(
      `Các chỉ tiêu tại mục III được tính từ cơ sở dữ liệu đối ngoại của tỉnh (doingoai): ${indicators.map((id) => indicatorById(id)?.label.vi ?? id).join("; ")}. Tiến độ được đánh giá 6 tháng một lần (báo cáo sơ kết trước 15/7) và hằng năm (báo cáo tổng kết trước 15/01 năm sau), so với lộ trình từng năm; chương trình hợp tác được rà soát với đối tác vào các ngày nêu tại mục VI; một chương trình không có kết quả nào trong 12 tháng được nêu tên cùng lý do trong báo cáo.`,
      `The targets of section III are computed from the province's external-affairs database (doingoai): ${indicators.map((id) => indicatorById(id)?.label.en ?? id).join("; ")}. Progress is assessed every six months (six-month review by 15/7) and every year (annual review by 15/01 of the next year) against the yearly path; the MOU programmes are reviewed with the partners on the dates in section VI; a programme with no result delivered in 12 months is named in the review with its reason.`,
    ),
  );
  const reviews = strategy.roadmap.filter((m) =>
    /giữa kỳ|tổng kết|mid-term|final review/iu.test(`${m.title.vi} ${m.title.en}`),
  );
  if (reviews.length > 0) {
    blocks.push({ kind: "list", items: reviews.map((m) => `${m.title[lang]}: ${formatDate(m.due)}`) });
  }

  const p = province[lang];
  return {
    lang,
    authority: vi ? upper(`Ủy ban nhân dân ${p}`, lang) : upper(`People's Committee of ${p}`, lang),
    issuer: upper(agency[lang], lang),
    nation: t("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    motto: t("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    number: `${t("Số", "No.")}: ${options.number ?? `…/KH-${office?.agency_code ?? "…"}`}`,
    placeDate: `${placeName(p)}, ${formatDateLong(date, lang)}`,
    title: t("KẾ HOẠCH", "PLAN"),
    subtitle: strategy.title[lang],
    blocks,
    recipientsLabel: t("Nơi nhận:", "To:"),
    recipients:
      office && office.recipients.length > 0
        ? office.recipients.map((r, k) => `- ${r}${k === office.recipients.length - 1 ? "." : ";"}`)
        : t(
            [
              "- UBND tỉnh (để phê duyệt);",
              "- Bộ Ngoại giao (để báo cáo);",
              "- Các sở, ngành liên quan;",
              "- Lưu: VT.",
            ],
            [
              "- Provincial People's Committee (for approval);",
              "- Ministry of Foreign Affairs (for report);",
              "- Departments concerned;",
              "- Archive.",
            ],
          ),
    signer:
      office?.signer_title !== undefined
        ? [office.signer_authority, office.signer_title]
            .filter((x) => x !== undefined)
            .map((x) => upper(x, lang))
        : [t("THỦ TRƯỞNG CƠ QUAN", "HEAD OF AGENCY")],
    signerName: office?.signer_name ?? null,
    sampleBanner: sample ? sampleBannerText : null,
  };
}
