// Draws a page's charts so that the first one does not wait for the others:
// the charts on screen when the page is first laid out are drawn at once, the
// ones below the fold afterwards, one per frame, in page order (or as soon as
// one scrolls into view), and all that are left before the page prints.

/** What draws a chart for a width in pixels (as Framework's `resize` takes it). */
export type ChartRender = (width: number) => Node | string | null;

/** The class of a chart's holder until the chart is drawn (style.css gives it a height, so the fold stays put). */
export const pendingChartClass = "doingoai-chart-pending";

/**
 * A function that returns, for `render`, a holder that shows
 * `render(width)` at the holder's width once its turn comes, and draws it
 * again whenever that width changes, until `invalidation` resolves. Every
 * chart still waiting is drawn at once on `beforeprint` or when the print
 * media starts to apply, so a printout shows every chart.
 */
export function chartQueue(invalidation: Promise<unknown>): (render: ChartRender) => HTMLElement {
  // holder → what draws it; a Map keeps the charts in page order
  const pending = new Map<Element, () => void>();
  let stopped = false;
  let running = false;
  let started = false;
  const drawAll = () => {
    for (const draw of [...pending.values()]) draw();
  };
  const print = matchMedia("print");
  const onPrint = (event: MediaQueryListEvent) => {
    if (event.matches) drawAll();
  };
  addEventListener("beforeprint", drawAll);
  print.addEventListener("change", onPrint);
  const inView = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) pending.get(entry.target)?.();
    },
    { rootMargin: "200px 0px" },
  );
  void invalidation.then(() => {
    stopped = true;
    pending.clear();
    inView.disconnect();
    removeEventListener("beforeprint", drawAll);
    print.removeEventListener("change", onPrint);
  });

  // The charts on screen now, else the next one in page order; then, after a
  // frame has painted them, the next turn. A holder not in the document (yet)
  // is passed over: it is drawn when it scrolls into view or the page prints.
  const turn = () => {
    running = !stopped && pending.size > 0;
    if (!running) return;
    const holders = [...pending.keys()].filter((h) => h.isConnected);
    if (holders.length === 0) {
      // the page's element not in the document yet: wait for it, a frame at a time, at first only
      if (!started) requestAnimationFrame(turn);
      else running = false;
      return;
    }
    started = true;
    const shown = holders.filter((h) => {
      const r = h.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    for (const h of shown.length > 0 ? shown : holders.slice(0, 1)) pending.get(h)?.();
    if (pending.size > 0) requestAnimationFrame(() => setTimeout(turn, 0));
    else running = false;
  };

  return (render) => {
    const holder = document.createElement("div");
    holder.className = pendingChartClass;
    holder.style.position = "relative";
    pending.set(holder, () => {
      pending.delete(holder);
      inView.unobserve(holder);
      holder.classList.remove(pendingChartClass);
      drawSized(holder, render, invalidation);
    });
    inView.observe(holder);
    // the first turn once the page's element is in the document (right after the cell displays it)
    if (!running) {
      running = true;
      queueMicrotask(turn);
    }
    return holder;
  };
}

/**
 * Draws `render(width)` in `holder` now, at its width, and again when its
 * width changes, until `invalidation` resolves; a zero width draws nothing
 * (a hidden holder), as Framework's `resize` does.
 */
function drawSized(holder: HTMLElement, render: ChartRender, invalidation: Promise<unknown>): void {
  let drawnAt: number | undefined;
  const draw = (width: number) => {
    if (width === drawnAt) return;
    drawnAt = width;
    const chart = width > 0 ? render(width) : null;
    holder.replaceChildren(...(chart === null ? [] : [chart]));
  };
  draw(holder.getBoundingClientRect().width);
  const sized = new ResizeObserver(([entry]) => {
    if (entry) draw(entry.contentRect.width);
  });
  sized.observe(holder);
  void invalidation.then(() => sized.disconnect());
}
