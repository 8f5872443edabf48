// The strategy and its roadmap: each target's path, actuals and forecast, the
// milestones as a Gantt chart, and a what-if on delegations, budget and prices
// computed in the page by the library's own scenario arithmetic.
import * as Inputs from "@observablehq/inputs";
import { formatMoney, formatNumber, formatPercent } from "doingoai/data/format";
import { defaultThresholds, runScenario, type Scenario } from "doingoai/data/planning";
import { el } from "../dom.js";
import { formatValue } from "../headlineCard.js";
import { ui, valueLabel, type Lang } from "../labels.js";
import type { SiteOffice } from "../pageTools.js";
import { ganttOf, latestStatus, type StrategyData } from "../strategyViews.js";
import { targetChart } from "../targetChart.js";
import { targetTuner, type TunerData } from "../targetTuner.js";
import { timelineChart } from "../timelineChart.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { wordsIn } from "./pageStrings.js";

/** Every text of the strategy page, in Vietnamese and English. */
export const strategyStrings = {
  heading: { vi: "Chiến lược và lộ trình", en: "Strategy and roadmap" },
  source: {
    vi: (title: string, period: string, source: string) => `${title}, giai đoạn ${period} (${source}).`,
    en: (title: string, period: string, source: string) => `${title}, ${period} (${source}).`,
  },
  targetsSection: {
    vi: "Chỉ tiêu: lộ trình, thực hiện và dự báo",
    en: "Targets: path, actuals and forecast",
  },
  statusRule: {
    vi: (band: string) =>
      `Trạng thái: đúng tiến độ khi đạt lộ trình năm đó; có nguy cơ khi thiếu không quá ${band} giá trị lộ trình; chậm tiến độ khi thiếu hơn ${band}. Dự báo từ chuỗi số liệu thực tế, khoảng tin cậy 80%.`,
    en: (band: string) =>
      `Status: on track when the year's path is reached; at risk when short by at most ${band} of the path value; off track when short by more than ${band}. Forecasts from the actual series, with an 80% interval.`,
  },
  targetEnd: {
    vi: (objective: string, year: string, value: string) => `${objective}. Mục tiêu ${year}: ${value}. `,
    en: (objective: string, year: string, value: string) => `${objective}. Target for ${year}: ${value}. `,
  },
  targetYear: {
    vi: (year: string, status: string) => `Năm ${year}: ${status}. `,
    en: (year: string, status: string) => `${year}: ${status}. `,
  },
  targetOutlook: {
    vi: (status: string) => `Theo dự báo: ${status}.`,
    en: (status: string) => `By the forecast: ${status}.`,
  },
  targetDescription: {
    vi: (id: string) => `Lộ trình, thực hiện và dự báo của chỉ tiêu ${id}.`,
    en: (id: string) => `Path, actuals and forecast of target ${id}.`,
  },
  roadmapSection: { vi: "Lộ trình thực hiện (các mốc)", en: "Roadmap milestones" },
  roadmapTitle: { vi: "Các mốc của lộ trình", en: "Roadmap milestones" },
  roadmapDescription: {
    vi: "Biểu đồ Gantt: mỗi mốc là một thanh từ khi các mốc nó phụ thuộc đến hạn tới ngày đến hạn của nó; hình và màu theo tình trạng.",
    en: "Gantt chart: each milestone is a bar from when the milestones it depends on are due to its own due date; shaped and coloured by status.",
  },
  scenarioSection: {
    vi: "Kịch bản: nếu thay đổi số đoàn, kinh phí, đơn giá",
    en: "Scenarios: what if delegations, budget or prices change",
  },
  planYear: { vi: "Kế hoạch năm", en: "Plan of year" },
  delegationsChange: { vi: "Thay đổi số đoàn (0,1 = +10%)", en: "Change in delegations (0.1 = +10%)" },
  budgetChange: { vi: "Thay đổi kinh phí (0,1 = +10%)", en: "Change in budget (0.1 = +10%)" },
  costChange: { vi: "Thay đổi đơn giá (0,1 = +10%)", en: "Change in unit costs (0.1 = +10%)" },
  conversionRate: { vi: "Tỷ lệ chuyển đổi nhà đầu tư", en: "Investor conversion rate" },
  delegations: { vi: "Số đoàn", en: "Delegations" },
  inOut: {
    vi: (inbound: string, outbound: string) => `${inbound} vào, ${outbound} ra`,
    en: (inbound: string, outbound: string) => `${inbound} in, ${outbound} out`,
  },
  need: { vi: "Kinh phí cần", en: "Budget needed" },
  gap: { vi: "Chênh lệch với dự toán", en: "Gap to allocation" },
  registrations: { vi: "Dự án đầu tư kỳ vọng", en: "Expected registrations" },
};

/** The strategy page in `lang`, from the site's office.json and strategy.json. */
export function strategyPage(
  lang: Lang,
  { office, strategy: data }: { office: SiteOffice; strategy: StrategyData },
): HTMLElement {
  const s = wordsIn(strategyStrings, lang);
  const names = { actual: ui.actual[lang], path: ui.path[lang], forecast: ui.forecast[lang] };
  const split = (where: Record<string, string>) =>
    Object.entries(where)
      .map(([k, v]) => valueLabel(k, v, lang))
      .join(", ");
  const band = formatPercent(defaultThresholds.atRisk, { lang, digits: 0 });
  const sections: PageSections = (_year, { resize, empty, chart }) => [
    data.title && data.source
      ? el(
          "p",
          { class: "doingoai-strategy-source" },
          s.source(data.title[lang], (data.planPeriod ?? "").replace("-", "–"), data.source[lang]),
        )
      : empty(),
    el("h2", {}, s.targetsSection),
    el("p", {}, s.statusRule(band)),
    el(
      "div",
      { class: "grid grid-cols-2" },
      data.targets.length === 0
        ? empty("strategy")
        : data.targets.map((t) => {
            const latest = latestStatus(t);
            const where = split(t.where);
            const status = (code: string) => data.statusLabels[code]?.[lang] ?? code;
            return el(
              "div",
              { class: "card", "data-target": t.id },
              el("h3", {}, `${t.id}. ${t.label[lang]}${where ? ` — ${where}` : ""}`),
              el(
                "p",
                { class: "muted" },
                s.targetEnd(
                  t.objective[lang],
                  data.planPeriod?.slice(-4) ?? "",
                  formatValue(t.end, t.unit, lang),
                ),
                latest.year ? s.targetYear(String(latest.year), status(latest.status)) : "",
                t.outlook ? s.targetOutlook(status(t.outlook.status)) : "",
              ),
              resize((width) =>
                targetChart(t.points, {
                  width,
                  lang,
                  unit: t.unit,
                  names,
                  title: t.label[lang],
                  description: s.targetDescription(t.id),
                }),
              ),
            );
          }),
    ),
    // the target tuner (components/targetTuner.ts) reads the same strategy.json
    targetTuner(data as unknown as TunerData, { lang }),
    el("h2", {}, s.roadmapSection),
    chart(
      (width) =>
        timelineChart(ganttOf(data, lang), {
          width,
          lang,
          statusLabel: (status) => valueLabel("milestoneStatus", status, lang),
          today: new Date().toISOString().slice(0, 10),
          title: s.roadmapTitle,
          description: s.roadmapDescription,
        }),
      data.milestones.length > 0,
    ),
    el("h2", {}, s.scenarioSection),
    scenario(data, lang, s, empty),
  ];
  return pageFrame({ path: "strategy", lang, office, heading: s.heading, sections });
}

/**
 * The what-if: the plan year to start from, four sliders, and the four figures
 * they give, drawn again on every move (the sliders start again from the
 * chosen plan's conversion rate when another plan year is chosen).
 */
function scenario(
  data: StrategyData,
  lang: Lang,
  s: ReturnType<typeof wordsIn<typeof strategyStrings>>,
  empty: () => HTMLElement,
): HTMLElement {
  const bases = data.scenarioBases;
  const select = bases.length
    ? Inputs.select(bases, {
        label: s.planYear,
        format: (b) => b.year,
        value: bases[bases.length - 1] ?? null,
      })
    : null;
  const controlsAndResult = el("div", { class: "doingoai-scenario" });
  const drawControls = () => {
    const base = select?.value ?? null;
    const controls = Inputs.form({
      delegationsChange: Inputs.range([-0.5, 1], { label: s.delegationsChange, step: 0.05, value: 0 }),
      budgetChange: Inputs.range([-0.5, 0.5], { label: s.budgetChange, step: 0.05, value: 0 }),
      costChange: Inputs.range([-0.3, 0.5], { label: s.costChange, step: 0.05, value: 0 }),
      conversionRate: Inputs.range([0, 1], {
        label: s.conversionRate,
        step: 0.01,
        value: base?.conversionRate ?? 0,
      }),
    }) as HTMLElement & { value: Scenario };
    const figures = el("div", { class: "doingoai-scenario" });
    const drawResult = () => {
      const result = base ? runScenario(base, controls.value) : null;
      const card = (title: string, value: string) =>
        el("div", { class: "card" }, el("h2", {}, title), el("span", { class: "big" }, value));
      figures.replaceChildren(
        result
          ? el(
              "div",
              { class: "grid grid-cols-4" },
              card(s.delegations, s.inOut(String(result.inbound), String(result.outbound))),
              card(s.need, formatMoney(result.needVnd, "VND", { lang })),
              card(
                s.gap,
                result.gapVnd === null ? ui.noData[lang] : formatMoney(result.gapVnd, "VND", { lang }),
              ),
              card(s.registrations, formatNumber(result.expectedRegistrations, { lang, digits: 1 })),
            )
          : empty(),
      );
    };
    controls.addEventListener("input", drawResult);
    drawResult();
    controlsAndResult.replaceChildren(controls, figures);
  };
  select?.addEventListener("input", drawControls);
  drawControls();
  return el("div", { class: "doingoai-scenario" }, select, controlsAndResult);
}
