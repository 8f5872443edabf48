// Every indicator for every year with data, with the change from the year
// before and the strategy's target for the year (plan years only), and the
// alerts that need a decision. Used by the overview and the
// review pages; all numbers come from computeIndicators.
import { z } from "zod";
import { indicatorUnitSchema } from "../../../data/indicatorUnits.ts";
import { computeIndicators, listIndicators, type IndicatorRow } from "../../../lib/indicators/index.ts";
import { formatNumber, formatPercent } from "../../../data/format.ts";
import { pathValue, planYears, progressStatus } from "../../../data/planning/progress.ts";
import type { Bilingual } from "../../../data/Bilingual.ts";
import { recordsInYear } from "../../../lib/report/buildReviewData.ts";
import { dataYears, defineDataset } from "./defineDataset.ts";
import { loadStrategyFile, strategyTargets } from "./loadStrategyFile.ts";

const bilingual = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const num = z.number().finite().nullable();

const schema = z.object({
  years: z.array(z.string().regex(/^\d{4}$/)),
  indicators: z.array(
    z.object({
      id: z.string(),
      label: bilingual,
      definition: bilingual,
      unit: indicatorUnitSchema,
      direction: z.enum(["up", "down"]),
    }),
  ),
  rows: z.array(
    z.object({
      indicator: z.string(),
      period: z.string(),
      value: num,
      previous: num,
      change: num,
      target: num,
    }),
  ),
  alerts: z.array(
    z.object({
      year: z.string(),
      kind: z.enum(["plan_late", "plan_missing", "dormant_agreements", "budget_overrun", "off_track"]),
      indicator: z.string(),
      value: num,
      text: bilingual,
    }),
  ),
});

type Alert = z.infer<typeof schema>["alerts"][number];

/** Alerts read from the indicator values of one year (thresholds are the definitions' own: > 0 days late, > 100 %). */
function alertsOf(year: string, rows: IndicatorRow[], dormantPartners: Bilingual[]): Alert[] {
  const value = (id: string) => rows.find((r) => r.indicator === id && r.period === year)?.value ?? null;
  const alerts: Alert[] = [];
  const delay = value("plan.approval_delay_days");
  if (delay !== null && delay > 0) {
    alerts.push({
      year,
      kind: "plan_late",
      indicator: "plan.approval_delay_days",
      value: delay,
      text: {
        vi: `Kế hoạch đối ngoại năm ${year} được phê duyệt muộn ${delay} ngày.`,
        en: `The ${year} external-affairs plan was approved ${delay} days late.`,
      },
    });
  }
  const dormant = value("agreements.dormant");
  if (dormant !== null && dormant > 0) {
    // each partner by its name in the text's language (partners.name_vi in Vietnamese, name in English)
    const who = (lang: "vi" | "en") =>
      dormantPartners.length > 0 ? ` (${dormantPartners.map((p) => p[lang]).join(", ")})` : "";
    alerts.push({
      year,
      kind: "dormant_agreements",
      indicator: "agreements.dormant",
      value: dormant,
      text: {
        vi: `${dormant} thỏa thuận còn hiệu lực không có hoạt động nào trong 12 tháng${who("vi")}.`,
        en: `${dormant} active agreement(s) with no activity in 12 months${who("en")}.`,
      },
    });
  }
  const budget = value("budget.reception_utilisation");
  if (budget !== null && budget > 1) {
    const pct = (budget * 100).toFixed(1);
    alerts.push({
      year,
      kind: "budget_overrun",
      indicator: "budget.reception_utilisation",
      value: budget,
      text: {
        vi: `Kinh phí đón tiếp khách nước ngoài năm ${year} đã chi ${pct.replace(".", ",")}% dự toán.`,
        en: `The ${year} foreign-guest reception budget is ${pct}% spent.`,
      },
    });
  }
  return alerts;
}

export const indicatorsDataset = defineDataset("indicators.json", schema, async (store) => {
  const years = await dataYears(store);
  if (years.length === 0) {
    console.error("indicators.json: the database holds no records / cơ sở dữ liệu chưa có bản ghi nào");
  }
  // Targets of the strategy (DOINGOAI_STRATEGY; the sample's for the sample only) for the plan's years.
  const loaded = await loadStrategyFile(store);
  const goals = [];
  if (loaded) {
    const plan = loaded.strategy.plan_period;
    const { first, last } = planYears(plan);
    for (const { target } of strategyTargets(loaded.strategy)) {
      for (const year of years) {
        const path =
          Number(year) >= first && Number(year) <= last ? pathValue(target, Number(year), plan) : null;
        if (path !== null) goals.push({ target, year, path });
      }
    }
  }
  const result =
    years.length > 0
      ? await computeIndicators(store, {
          periods: years,
          targets: goals
            .filter((g) => g.target.where === undefined)
            .map((g) => ({ indicator: g.target.indicator, period: g.year, value: g.path })),
        })
      : { rows: [] };
  const alerts: Alert[] = [];
  for (const { target, year, path } of goals) {
    const actual = target.where
      ? ((
          await computeIndicators(store, {
            indicators: [target.indicator],
            periods: [year],
            where: target.where,
          })
        ).rows[0]?.value ?? null)
      : (result.rows.find((r) => r.indicator === target.indicator && r.period === year)?.value ?? null);
    if (progressStatus(actual, path, target.direction) !== "off_track") continue;
    const def = listIndicators().find((d) => d.id === target.indicator);
    const show = (v: number | null, lang: "vi" | "en") =>
      def?.unit === "percent" ? formatPercent(v, { lang }) : formatNumber(v, { lang, digits: 0 });
    const split = target.where ? ` (${Object.values(target.where).join(", ")})` : "";
    alerts.push({
      year,
      kind: "off_track",
      indicator: target.indicator,
      value: actual,
      text: {
        vi: `Chỉ tiêu ${target.id ?? ""} ${def?.label.vi ?? target.indicator}${split} chậm tiến độ: thực hiện ${show(actual, "vi")}, lộ trình ${show(path, "vi")}.`,
        en: `Target ${target.id ?? ""} ${def?.label.en ?? target.indicator}${split} is off track: actual ${show(actual, "en")}, path ${show(path, "en")}.`,
      },
    });
  }
  const names = new Map(
    (
      await store.all<{ id: string; vi: string; en: string }>(
        "SELECT partner_id AS id, coalesce(name_vi, name) AS vi, name AS en FROM partners",
      )
    ).map((p): [string, Bilingual] => [p.id, { vi: p.vi, en: p.en }]),
  );
  for (const year of years) {
    const dormant = await computeIndicators(store, {
      indicators: ["agreements.dormant"],
      periods: [year],
      by: ["partner"],
    });
    const partners = dormant.rows
      .filter((r) => (r.value ?? 0) > 0)
      .map((r) => {
        const id = r.dims["partner"] ?? "?";
        return names.get(id) ?? { vi: id, en: id };
      });
    alerts.push(...alertsOf(year, result.rows, partners));
  }
  const emptyYears = new Set<string>();
  for (const year of years) if ((await recordsInYear(store, Number(year))) === 0) emptyYears.add(year);
  return {
    years,
    indicators: listIndicators().map(({ id, label, definition, unit, direction }) => ({
      id,
      label,
      definition,
      unit,
      direction,
    })),
    // a year offered with no record at all (a gap between years with data) has no figures: its
    // values and its change say "no data", not 0 and "▼ −4 vs the year before"; nor has the
    // year after it a change from it
    rows: result.rows.map(({ indicator, period, value, previous, change, target }) => {
      const gap = emptyYears.has(period);
      const afterGap = emptyYears.has(String(Number(period) - 1));
      return {
        indicator,
        period,
        value: gap ? null : value,
        previous: gap || afterGap ? null : previous,
        change: gap || afterGap ? null : change,
        target,
      };
    }),
    alerts,
  };
});
