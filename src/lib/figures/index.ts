// Figures drawn on the server: Observable Plot → SVG (jsdom) → PNG (resvg).
export { renderPlotSvg, figureFontFamily } from "./renderPlotSvg.ts";
export type { RenderPlotOptions } from "./renderPlotSvg.ts";
export { renderPlotPng } from "./renderPlotPng.ts";
export type { RenderPngOptions } from "./renderPlotPng.ts";
