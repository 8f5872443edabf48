import { createRequire } from "node:module";
import { figureFontFamily, renderPlotSvg, type RenderPlotOptions } from "./renderPlotSvg.ts";

// resvg reads TrueType/OpenType only. @fontsource/be-vietnam-pro (the dashboards' font) ships
// WOFF/WOFF2, so the same family comes as TTF from @expo-google-fonts/be-vietnam-pro (Google
// Fonts' files, SIL Open Font License; the package's JavaScript is never loaded). No system font
// is read (`loadSystemFonts: false`): a figure looks the same on every machine, and Vietnamese
// diacritics never depend on what the machine has installed.
const weights = ["400Regular", "400Regular_Italic", "500Medium", "700Bold"];
let fontFiles: string[] | undefined;

/** Paths of the TTF files, found from this module like any dependency (resolved on first use). */
function fonts(): string[] {
  const require = createRequire(import.meta.url);
  fontFiles ??= weights.map((w) =>
    require.resolve(`@expo-google-fonts/be-vietnam-pro/${w}/BeVietnamPro_${w}.ttf`),
  );
  return fontFiles;
}

/** Options of {@link renderPlotPng}. */
export interface RenderPngOptions {
  /** Pixels per SVG pixel; default 2 (a 640 px wide chart becomes 1280 px, sharp in print). */
  scale?: number;
}

/**
 * Draws an Observable Plot chart on the server as a PNG image (bytes), through
 * {@link renderPlotSvg} and resvg, in Be Vietnam Pro with every Vietnamese
 * diacritic. For Word documents (`docx` ImageRun `type: "png"`) and anywhere
 * SVG is not accepted. Nothing is downloaded: the renderer's binary and the
 * fonts come from npm packages.
 *
 * @param options Plot options with marks, as for `Plot.plot` (see {@link renderPlotSvg}).
 * @param png `scale` (default 2).
 * @returns The PNG bytes, with its size in pixels.
 */
export async function renderPlotPng(
  options: RenderPlotOptions,
  png: RenderPngOptions = {},
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const image = await rasterize(await renderPlotSvg(options), png.scale ?? 2);
  return { png: image.png, width: image.width, height: image.height };
}

/** SVG text → PNG bytes and raw RGBA pixels (the pixels are for tests). Internal. */
export async function rasterize(
  svg: string,
  scale: number,
): Promise<{ png: Uint8Array; pixels: Uint8Array; width: number; height: number }> {
  const { Resvg } = await import("@resvg/resvg-js");
  const image = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: figureFontFamily },
  }).render();
  return {
    png: new Uint8Array(image.asPng()),
    pixels: new Uint8Array(image.pixels),
    width: image.width,
    height: image.height,
  };
}
