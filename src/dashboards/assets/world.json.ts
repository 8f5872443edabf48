// The world's countries (world-atlas, Natural Earth 1:110m) from node_modules,
// each tagged with its ISO 3166-1 alpha-2 code (`properties.iso2`) so maps can
// join doingoai's country codes. Nothing is fetched.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { countryCodes } from "../../data/countries.ts";

interface Geometry {
  id?: string;
  properties: { name: string; iso2?: string | null };
}

// Natural Earth short names that differ from Intl's English region names.
const aliases: Record<string, string> = {
  "W. Sahara": "EH",
  "United States of America": "US",
  "Dem. Rep. Congo": "CD",
  "Dominican Rep.": "DO",
  "Falkland Is.": "FK",
  "Fr. S. Antarctic Lands": "TF",
  "Côte d'Ivoire": "CI",
  "Central African Rep.": "CF",
  Congo: "CG",
  "Eq. Guinea": "GQ",
  eSwatini: "SZ",
  Palestine: "PS",
  Myanmar: "MM",
  Turkey: "TR",
  "Solomon Is.": "SB",
  "Bosnia and Herz.": "BA",
  Macedonia: "MK",
  "Trinidad and Tobago": "TT",
  "S. Sudan": "SS",
  Kosovo: "XK",
};

try {
  const require = createRequire(import.meta.url);
  const file = require.resolve("world-atlas/countries-110m.json");
  const world = JSON.parse(readFileSync(file, "utf8")) as {
    type: string;
    objects: { countries: { geometries: Geometry[] } };
  };
  if (world.type !== "Topology") throw new Error(`${file} is not a TopoJSON topology`);
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const byName = new Map(countryCodes.map((c) => [names.of(c) ?? c, c]));
  const unmatched: string[] = [];
  for (const g of world.objects.countries.geometries) {
    const iso2 = aliases[g.properties.name] ?? byName.get(g.properties.name) ?? null;
    if (iso2 === null) unmatched.push(g.properties.name);
    g.properties = { name: g.properties.name, iso2 };
  }
  // Disputed areas without an ISO code (N. Cyprus, Somaliland) stay on the map, unshaded.
  if (unmatched.length > 0)
    console.error(`world.json: no ISO code for ${unmatched.join(", ")} (drawn, never shaded)`);
  if (world.objects.countries.geometries.filter((g) => g.properties.iso2).length < 170) {
    throw new Error("fewer than 170 countries matched an ISO code");
  }
  process.stdout.write(JSON.stringify(world));
} catch (error) {
  console.error(`world.json: cannot prepare the world map / không chuẩn bị được bản đồ: ${String(error)}`);
  process.exitCode = 1;
}
