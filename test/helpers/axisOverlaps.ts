import type { Page } from "playwright-core";

/** An axis title that overlaps a tick label of its chart. */
export interface AxisOverlap {
  chart: string;
  label: string;
  tick: string;
}

/**
 * Every axis title (Plot's "x-axis label", "y-axis label", "fx-axis label"…) of the page's charts
 * whose box, as the browser lays it out, intersects the box of a tick label of the same chart.
 */
export function axisOverlaps(page: Page): Promise<AxisOverlap[]> {
  return page.evaluate(() => {
    const found: { chart: string; label: string; tick: string }[] = [];
    for (const svg of document.querySelectorAll(
      "#observablehq-main figure svg[aria-label], #observablehq-main svg.plot",
    )) {
      const labels = [...svg.querySelectorAll('g[aria-label$="-axis label"] text')];
      const ticks = [...svg.querySelectorAll('g[aria-label$="-axis tick label"] text')];
      for (const l of labels) {
        const lb = l.getBoundingClientRect();
        for (const t of ticks) {
          if ((t.textContent ?? "") === "") continue;
          // (no named function in here: the test's bundler would wrap it in a helper the page lacks)
          const tb = t.getBoundingClientRect();
          if (lb.left < tb.right && tb.left < lb.right && lb.top < tb.bottom && tb.top < lb.bottom) {
            found.push({
              chart: svg.getAttribute("aria-label") ?? "",
              label: l.textContent ?? "",
              tick: t.textContent ?? "",
            });
          }
        }
      }
    }
    return found;
  });
}
