// The strategy page's target tuner: pick a target, choose an ambition or type an end
// value, and see its path, its feasibility and the budget its delegations need move —
// computed in the browser by the library's own functions (doingoai/data/planning) — then
// download the edited strategy file (JSON, which `doingoai strategy check` reads).
import { ambitionEnd, feasibilityFlagLabels, tuneTarget, type TunerInput } from "doingoai/data/planning";
import { formatMoney, formatNumber, formatPercent } from "doingoai/data/format";
import { el } from "./dom.js";
import { formatValue } from "./headlineCard.js";
import type { Lang } from "./labels.js";

/** What the tuner needs of the strategy dataset (strategy.json). */
export interface TunerData {
  planPeriod: string | null;
  strategy: Record<string, unknown> | null;
  unitCosts: TunerInput["unitCosts"];
  targets: {
    id: string;
    at: [number, number, number];
    indicator: string;
    label: { vi: string; en: string };
    unit: string;
    direction: "up" | "down";
    baseline: { period: string; value: number };
    path: "linear" | "compound" | null;
    end: number | null;
    points: { year: number; actual: number | null }[];
  }[];
}

const words = {
  title: { vi: "Điều chỉnh chỉ tiêu", en: "Tune a target" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  ambition: { vi: "Mức tham vọng", en: "Ambition" },
  none: { vi: "— tự nhập —", en: "— typed —" },
  low: { vi: "thấp", en: "low" },
  base: { vi: "cơ sở", en: "base" },
  high: { vi: "cao", en: "high" },
  end: { vi: "Giá trị cuối kỳ", en: "End value" },
  path: { vi: "Lộ trình", en: "Path" },
  feasibility: { vi: "Khả năng đạt", en: "Feasibility" },
  noForecast: { vi: "chưa dự báo được (quá ít số liệu)", en: "no forecast (too little history)" },
  budget: { vi: "Kinh phí đoàn cần", en: "Delegation budget needed" },
  noBudget: { vi: "chỉ tiêu không tính theo số đoàn", en: "not a count of delegations" },
  download: { vi: "Tải tệp chiến lược đã sửa (JSON)", en: "Download the edited strategy (JSON)" },
  rule: {
    vi: "Mức cơ sở: giá trị dự báo năm cuối kỳ; cao/thấp: cận của khoảng dự báo 80% theo chiều tốt/xấu. Khả năng đạt: xác suất theo phân phối dự báo (từ sai số kiểm định lại); dưới 20% là thách thức, trên 90% là quá dễ. Kinh phí: số đoàn theo lộ trình (làm tròn) nhân chi phí trung vị mỗi đoàn trong quá khứ, cho các năm chưa có số liệu.",
    en: "Base: the forecast for the plan's last year; high/low: the bound of the 80% interval in the good/bad direction. Feasibility: the probability under the forecast's distribution (from backtest errors); below 20% is a stretch, above 90% too easy. Budget: delegations on the path (rounded) times the median past cost per delegation, for the years without data yet.",
  },
};

/** The tuner as one element; it updates itself as the planner types. */
export function targetTuner(data: TunerData, options: { lang: Lang }): HTMLElement {
  const { lang } = options;
  // no strategy or no target: nothing to tune (the page says so above)
  if (data.strategy === null || data.planPeriod === null || data.targets.length === 0) {
    return el("div", { class: "doingoai-tuner" });
  }
  const root = el("div", { class: "card doingoai-tuner" }, el("h2", {}, words.title[lang]));
  const planPeriod = data.planPeriod;
  const edited = new Map<string, { end: number; path: "linear" | "compound" }>();
  const targetSelect = el(
    "select",
    { name: "target" },
    data.targets.map((t) => el("option", { value: t.id }, `${t.id}. ${t.label[lang]}`)),
  );
  const ambitionSelect = el(
    "select",
    { name: "ambition" },
    el("option", { value: "" }, words.none[lang]),
    ...(["low", "base", "high"] as const).map((a) => el("option", { value: a }, words[a][lang])),
  );
  const endInput = el("input", { name: "end", type: "number", step: "any" });
  const out = el("div", { class: "doingoai-tuner-out" });
  const download = el("button", { type: "button", name: "download" }, words.download[lang]);
  const current = () => data.targets.find((t) => t.id === targetSelect.value) ?? data.targets[0]!;
  const inputOf = (t: TunerData["targets"][number]): TunerInput => ({
    target: { indicator: t.indicator, direction: t.direction, baseline: t.baseline },
    planPeriod,
    history: t.points.filter((p) => p.actual !== null).map((p) => ({ t: p.year, value: p.actual! })),
    unitCosts: data.unitCosts,
  });
  // percent is typed in %, stored as a fraction
  const shown = (t: TunerData["targets"][number], v: number) => (t.unit === "percent" ? v * 100 : v);
  const stored = (t: TunerData["targets"][number], v: number) => (t.unit === "percent" ? v / 100 : v);

  const render = () => {
    const t = current();
    const end = stored(t, Number(endInput.value));
    out.replaceChildren();
    if (endInput.value === "" || !Number.isFinite(end)) return;
    const tuned = tuneTarget(inputOf(t), end, t.path ?? "linear");
    edited.set(t.id, { end, path: tuned.path });
    const f = tuned.feasibility;
    out.append(
      el(
        "p",
        { "data-tuned": "path" },
        `${words.path[lang]}: `,
        tuned.yearly.map((p) => `${p.year}: ${formatValue(p.value, t.unit, lang)}`).join(" → "),
      ),
      el(
        "p",
        { "data-tuned": "feasibility", "data-value": f === null ? "" : f.probability },
        `${words.feasibility[lang]}: `,
        f === null
          ? words.noForecast[lang]
          : `${formatPercent(f.probability, { lang, digits: 0 })} (${feasibilityFlagLabels[f.flag][lang]})`,
      ),
      el(
        "p",
        { "data-tuned": "budget", "data-value": tuned.budgetTotalVnd ?? "" },
        `${words.budget[lang]}: `,
        tuned.budget === null
          ? words.noBudget[lang]
          : `${formatMoney(tuned.budgetTotalVnd, "VND", { lang })} (${tuned.budget
              .map(
                (b) =>
                  `${b.year}: ${formatNumber(b.count, { lang })} ${lang === "vi" ? "đoàn" : "delegations"}`,
              )
              .join("; ")})`,
      ),
    );
  };
  const fromAmbition = () => {
    const t = current();
    const a = ambitionSelect.value as "" | "low" | "base" | "high";
    if (a === "") return;
    const end = ambitionEnd(inputOf(t), a, t.unit);
    endInput.value = end === null ? "" : String(shown(t, end));
    render();
  };
  const fromTarget = () => {
    const t = current();
    const e = edited.get(t.id)?.end ?? t.end;
    ambitionSelect.value = "";
    endInput.value = e === null ? "" : String(shown(t, e));
    render();
  };
  targetSelect.addEventListener("change", fromTarget);
  ambitionSelect.addEventListener("change", fromAmbition);
  endInput.addEventListener("input", () => {
    ambitionSelect.value = "";
    render();
  });
  download.addEventListener("click", () => {
    const strategy = structuredClone(data.strategy) as {
      goals: { objectives: { targets: Record<string, unknown>[] }[] }[];
    };
    for (const t of data.targets) {
      const change = edited.get(t.id);
      if (change === undefined) continue;
      const [g, o, i] = t.at;
      const target = strategy.goals[g]!.objectives[o]!.targets[i]!;
      delete target["yearly"];
      target["end"] = change.end;
      target["path"] = change.path;
    }
    const blob = new Blob([JSON.stringify(strategy, null, 2) + "\n"], { type: "application/json" });
    const a = el("a", { href: URL.createObjectURL(blob), download: "strategy-edited.json" });
    document.body.append(a);
    a.click();
    a.remove();
  });
  fromTarget();
  root.append(
    el(
      "form",
      { class: "doingoai-tuner-form" },
      el("label", {}, `${words.target[lang]} `, targetSelect),
      " ",
      el("label", {}, `${words.ambition[lang]} `, ambitionSelect),
      " ",
      el("label", {}, `${words.end[lang]} `, endInput),
    ),
    out,
    download,
    el("p", { class: "muted" }, words.rule[lang]),
  );
  return root;
}
