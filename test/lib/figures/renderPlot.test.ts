import * as Plot from "@observablehq/plot";
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderPlotPng, renderPlotSvg } from "../../../src/lib/index.ts";
import { rasterize } from "../../../src/lib/figures/renderPlotPng.ts";

const countries = [
  { country: "Lào", value: 3 },
  { country: "Hàn Quốc", value: 1 },
  { country: "Nhật Bản", value: 1 },
];

const chart = {
  marginLeft: 70,
  x: { label: "Số đoàn vào / Inbound delegations" },
  marks: [Plot.barX(countries, { y: "country", x: "value" }), Plot.ruleX([0])],
};

/** Pixels darker than light grey in an RGBA buffer. */
function dark(pixels: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 160) n++;
  return n;
}

/** One line of text drawn as a chart and rasterised at scale 4. */
async function inkOf(text: string): Promise<number> {
  const svg = await renderPlotSvg({
    width: 120,
    height: 60,
    axis: null,
    style: { fontSize: "30px" },
    marks: [Plot.text([text], { frameAnchor: "middle" })],
  });
  return dark((await rasterize(svg, 4)).pixels);
}

describe("server-side figures", () => {
  it("renderPlotSvg returns well-formed standalone SVG with one bar per country and the Vietnamese labels", async () => {
    const svg = await renderPlotSvg(chart);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const doc = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(3);
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Lào", "Hàn Quốc", "Nhật Bản"]));
    expect(svg).toContain("Số đoàn vào / Inbound delegations");
    expect(svg).toContain("Be Vietnam Pro");
  });

  it("renderPlotPng gives a PNG twice the chart's size by default", async () => {
    const { png, width, height } = await renderPlotPng({ ...chart, width: 500, height: 120 });
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([width, height]).toEqual([1000, 240]);
    expect((await renderPlotPng({ ...chart, width: 500, height: 120 }, { scale: 1 })).width).toBe(500);
  });

  it("draws Vietnamese diacritics: Ệ and đ take more ink than E and d, so their marks are drawn", async () => {
    const [e, eDiacritics, d, dStroke] = await Promise.all([inkOf("E"), inkOf("Ệ"), inkOf("d"), inkOf("đ")]);
    expect(e).toBeGreaterThan(500);
    expect(eDiacritics).toBeGreaterThan(e * 1.1);
    expect(dStroke).toBeGreaterThan(d * 1.05);
  });

  it("refuses options that make an HTML figure (a title), which SVG cannot hold", async () => {
    await expect(renderPlotSvg({ ...chart, title: "Đoàn vào" })).rejects.toThrow(
      "renderPlotSvg: the options make an HTML <figure>",
    );
  });

  it("loads jsdom, resvg and Plot only when a figure is drawn, so importing doingoai stays light", () => {
    for (const file of ["renderPlotSvg.ts", "renderPlotPng.ts"]) {
      const source = readFileSync(new URL(`../../../src/lib/figures/${file}`, import.meta.url), "utf8");
      const staticImports = [...source.matchAll(/^import (?!type )[^;]* from "([^"]+)";/gm)].map((m) => m[1]);
      expect(
        staticImports.filter((m) => /jsdom|resvg|plot/.test(m!)),
        file,
      ).toEqual([]);
    }
  });

  it("keeps a style given as CSS text, after the default font", async () => {
    const svg = await renderPlotSvg({ ...chart, style: "font-size: 14px" });
    expect(svg).toMatch(/style="font-family: &quot;Be Vietnam Pro&quot;, sans-serif;[^"]*font-size: 14px/);
  });
});
