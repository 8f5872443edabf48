import type { ChartOptions } from "../chartTheme.js";
import { ui } from "../labels.js";
import { seriesOf, type IndicatorsData } from "../overview.js";
import { trendChart } from "../trendChart.js";

/**
 * Inbound and outbound delegations over the years, from the indicators
 * (`seriesOf`), named as the indicators are, with `highlight` outlined: the
 * chart of the overview and of the review.
 */
export function delegationsTrend(
  indicators: IndicatorsData,
  options: ChartOptions & { lang: "vi" | "en"; highlight: string },
) {
  const { lang } = options;
  const trend = ["delegations.inbound", "delegations.outbound"].flatMap((id) => seriesOf(indicators, id));
  return trendChart(trend, {
    ...options,
    seriesLabel: (id) => indicators.indicators.find((d) => d.id === id)?.label[lang] ?? id,
    yLabel: ui.delegations[lang],
  });
}
