import type { Page } from "playwright-core";

/** What one section of a dashboard page (from an h2 to the next) shows. */
export interface SectionState {
  heading: string;
  /** Each chart's accessible name and description, and the shapes its data marks drew (axes, grids, rules and tips not counted). */
  charts: { label: string; description: string; shapes: number }[];
  /** Table body rows, list items and headline cards. */
  items: number;
  /** Whether it says it has no data (the empty note or a "no data" text, in either language). */
  saysEmpty: boolean;
  text: string;
}

/** The sections of the page's main column, in order; the part above the first h2 is named "". */
export async function pageSections(page: Page): Promise<SectionState[]> {
  return page.evaluate(() => {
    const main = document.querySelector("#observablehq-main");
    if (!main) return [];
    // A page component's wrappers (Framework's cell, the page and its sections,
    // all laid out as if absent) are looked through: their children are the page's parts.
    const wrappers = ".observablehq, .doingoai-page, .doingoai-page-sections";
    // (A loop, not a named function: bundlers wrap those in a helper the page does not have.)
    let parts = [...main.children];
    while (parts.some((c) => c.matches(wrappers)))
      parts = parts.flatMap((c) => (c.matches(wrappers) ? [...c.children] : [c]));
    const groups: { heading: string; nodes: Element[] }[] = [{ heading: "", nodes: [] }];
    for (const child of parts) {
      if (child.tagName === "H2") groups.push({ heading: child.textContent?.trim() ?? "", nodes: [] });
      else groups[groups.length - 1]!.nodes.push(child);
    }
    const emptyText = /chưa có dữ liệu|không có dữ liệu|chưa có số liệu|no data/i;
    return groups.map(({ heading, nodes }) => {
      // a chart may be a section's own child (a bare figure) or inside one
      const figures = nodes.flatMap((n) => (n.matches("figure") ? [n] : [...n.querySelectorAll("figure")]));
      const charts = figures.flatMap((figure) => {
        const svg = [...figure.querySelectorAll(":scope > svg")]
          .filter((s) => s.hasAttribute("aria-label"))
          .pop();
        if (!svg) return [];
        const marks = [...svg.querySelectorAll(":scope > g[aria-label]")].filter(
          (g) => !/axis|grid|^tip$|^rule$/.test(g.getAttribute("aria-label") ?? ""),
        );
        return [
          {
            label: svg.getAttribute("aria-label") ?? "",
            description: svg.getAttribute("aria-description") ?? "",
            shapes: marks.reduce(
              (k, g) => k + g.querySelectorAll("rect, path, circle, text, line").length,
              0,
            ),
          },
        ];
      });
      const items = nodes.reduce(
        (k, n) =>
          k + n.querySelectorAll("tbody tr, li, .doingoai-card").length + (n.matches("ul, ol") ? 0 : 0),
        0,
      );
      const text = nodes
        .map((n) => (n as HTMLElement).innerText ?? "")
        .join("\n")
        .trim();
      const saysEmpty =
        nodes.some((n) => n.matches(".doingoai-empty") || n.querySelector(".doingoai-empty") !== null) ||
        emptyText.test(text);
      return { heading, charts, items, saysEmpty, text: text.slice(0, 300) };
    });
  });
}
