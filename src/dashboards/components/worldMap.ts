import * as Plot from "@observablehq/plot";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { frame, sequentialScheme, valueFormat, type ChartOptions } from "./chartTheme.js";
import { codeLabel } from "doingoai/data/format";

/** A value for one country (ISO 3166-1 alpha-2). */
export interface CountryDatum {
  country: string;
  value: number;
}

export interface WorldMapOptions extends ChartOptions {
  /** Legend label of the colour scale. */
  valueLabel?: string;
}

/** The world-atlas topology as shipped by data/world.json (each country has `properties.iso2`). */
export type WorldTopology = Topology<{
  countries: GeometryCollection<{ name: string; iso2: string | null }>;
}>;

/**
 * Partner countries shaded by value (light to dark blue, readable in grey)
 * with a dot and the count on each, over the world's outlines.
 */
export function worldMap(world: WorldTopology, data: CountryDatum[], options: WorldMapOptions) {
  const lang = options.lang ?? "vi";
  const countries = feature(world, world.objects.countries);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
  const values = new Map(data.map((d) => [d.country, d.value]));
  const shaded = countries.features.filter((f) => values.has(f.properties.iso2 ?? ""));
  const format = valueFormat(lang);
  const names = data.map((d) => `${codeLabel("country", d.country, lang)} ${format(d.value)}`);
  return Plot.plot({
    ...frame(options, names.join("; ")),
    projection: { type: "equal-earth", domain: { type: "Sphere" } },
    height: Math.round(options.width * 0.5),
    color: {
      type: "linear",
      scheme: sequentialScheme,
      domain: [0, Math.max(1, ...data.map((d) => d.value))],
      legend: true,
      label: options.valueLabel ?? null,
      tickFormat: format,
    },
    marks: [
      Plot.sphere({ stroke: "#999", strokeWidth: 0.5 }),
      Plot.geo(countries, { fill: "#eee" }),
      Plot.geo(shaded, {
        fill: (f: { properties: { iso2: string } }) => values.get(f.properties.iso2),
        stroke: "#333",
        strokeWidth: 0.6,
        title: (f: { properties: { iso2: string } }) =>
          `${codeLabel("country", f.properties.iso2, lang)}: ${format(values.get(f.properties.iso2) ?? 0)}`,
      }),
      Plot.geo(borders, { stroke: "white", strokeWidth: 0.4 }),
      Plot.text(
        shaded,
        Plot.centroid({
          text: (f: { properties: { iso2: string } }) => format(values.get(f.properties.iso2) ?? 0),
          fill: "black",
          stroke: "white",
          strokeWidth: 3,
          fontWeight: "bold",
        }),
      ),
    ],
  });
}
