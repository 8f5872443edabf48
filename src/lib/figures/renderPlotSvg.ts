// Charts without a browser, decided once for the whole project (examples, the
// strategy document, anything that writes a figure to a file):
//
//   Observable Plot → SVG through jsdom, a server DOM that runs on Node 20;
//   SVG → PNG through @resvg/resvg-js with Be Vietnam Pro TTF files
//   (see renderPlotPng.ts).
//
// Why: jsdom is the DOM Plot's own test suite renders with, it is already in
// the tree (Observable Framework depends on the same major), and it needs no
// browser. Chromium screenshots would tie document generation to a 100 MB
// system browser that users of the library may not have. Both packages are
// plain npm installs (resvg's native binary ships inside its platform package),
// so nothing is downloaded at run time. Both are imported lazily: `import
// "doingoai"` does not load them.
import type { PlotOptions } from "@observablehq/plot";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";

/** The font family figures are drawn in (the dashboards' font), shipped as TTF for resvg. */
export const figureFontFamily = "Be Vietnam Pro";

/** Options of {@link renderPlotSvg}: Plot's options, without `document` (the server DOM is ours). */
export type RenderPlotOptions = Omit<PlotOptions, "document">;

type Window = { document: Document; XMLSerializer: typeof XMLSerializer };
let window: Promise<Window> | undefined;

/** One jsdom window for every figure (creating one costs about as much as drawing a chart). */
function serverWindow(): Promise<Window> {
  window ??= import("jsdom").then(
    ({ JSDOM }) => new JSDOM("<!DOCTYPE html><html><body></body></html>").window as unknown as Window,
  );
  return window;
}

/**
 * Draws an Observable Plot chart on the server and returns it as a standalone
 * SVG document (UTF-8 text with `xmlns`), ready to write to a `.svg` file,
 * embed in HTML or turn into PNG with {@link renderPlotPng}.
 *
 * The chart is drawn in Be Vietnam Pro, 10 px by default (`style` may change
 * the size or colours), on a white background; `width` defaults to Plot's
 * 640 px. Only the chart itself is rendered: options that make Plot wrap it in
 * an HTML `<figure>` (`title`, `subtitle`, `caption`, or a `color` legend
 * shown with `legend: true`) are refused, since HTML cannot go into an SVG
 * file — put the title in the surrounding document, and label series with
 * marks (e.g. `Plot.text`) instead of a legend.
 *
 * @param options Plot options with marks, as for `Plot.plot`.
 * @throws {@link DoingoaiError} (exit code 2) when the options make a `<figure>`.
 * @example
 * import * as Plot from "@observablehq/plot";
 * const svg = await renderPlotSvg({ marks: [Plot.barY(rows, { x: "period", y: "value" })] });
 */
export async function renderPlotSvg(options: RenderPlotOptions): Promise<string> {
  const [Plot, { document, XMLSerializer }] = await Promise.all([
    import("@observablehq/plot"),
    serverWindow(),
  ]);
  const base = { fontFamily: `"${figureFontFamily}", sans-serif`, fontSize: "10px", background: "white" };
  const style =
    typeof options.style === "string"
      ? `font-family: ${base.fontFamily}; font-size: ${base.fontSize}; background: ${base.background}; ${options.style}`
      : { ...base, ...(options.style ?? {}) };
  const node = Plot.plot({ ...options, document, style }) as Element;
  if (node.tagName.toLowerCase() !== "svg") {
    throw new DoingoaiError(
      {
        vi: "renderPlotSvg: tùy chọn tạo ra <figure> HTML (title, subtitle, caption hoặc chú giải màu), không ghi được thành SVG; đặt tiêu đề trong văn bản và ghi nhãn bằng mark",
        en: "renderPlotSvg: the options make an HTML <figure> (title, subtitle, caption or a colour legend), which cannot be written as SVG; put the title in the document and label with marks",
      },
      { exitCode: exitCodes.usage },
    );
  }
  // XML serialisation (not outerHTML) writes the SVG namespace once and escapes as XML requires.
  return new XMLSerializer().serializeToString(node);
}
