// Indicators as Apache Arrow, drawn with Observable Plot and written as SVG, on the server.
//
//   npx tsx examples/arrow-chart.ts DATABASE OUT.svg [YEAR]
//
// Inbound delegations of YEAR (default 2019) by country, one bar per country
// that sent at least one, labelled with the country's Vietnamese name.
import { writeFileSync } from "node:fs";
import * as Plot from "@observablehq/plot";
import { computeIndicators, openStore, renderPlotSvg } from "doingoai";
import { countryName } from "doingoai/data";

const [db, out, year = "2019"] = process.argv.slice(2);
if (db === undefined || out === undefined) {
  console.error("Cách dùng / usage: tsx examples/arrow-chart.ts DATABASE OUT.svg [YEAR]");
  process.exit(2);
}

const store = await openStore({ path: db, readOnly: true }); // examples only read
try {
  const result = await computeIndicators(store, {
    indicators: ["delegations.inbound"],
    periods: [year],
    by: ["country"],
  });
  // Columns indicator, period, unit, value, previous, change, target, country (see IndicatorResult).
  const table = result.toArrow();
  // Plot reads an Arrow table directly: field names are its columns, functions get its rows.
  type Row = { country: string | null; value: number | null };
  const name = (d: Row) => (d.country === null ? "(không rõ / unknown)" : countryName(d.country, "vi"));
  // The rows list every country with a delegation either way; show those that sent at least one,
  // largest first (the y domain, read from the Arrow columns).
  const rows = table.toArray() as Row[];
  const shown = rows.filter((d) => (d.value ?? 0) > 0).sort((a, b) => b.value! - a.value!);
  const svg = await renderPlotSvg({
    width: 640,
    marginLeft: 110,
    x: { label: `Đoàn vào ${year} / Inbound delegations ${year}`, grid: true },
    y: { label: null, domain: shown.map(name) },
    marks: [
      Plot.barX(table, {
        filter: (d: Row) => (d.value ?? 0) > 0,
        x: "value",
        y: name,
        fill: "#2f6b9a",
        title: (d: Row) => `${name(d)} (${d.country}): ${d.value}`,
      }),
      Plot.ruleX([0]),
    ],
  });
  writeFileSync(out, svg);
  console.error(`Đã ghi ${out} / wrote ${out} (${shown.length} countries)`);
} finally {
  store.close();
}
