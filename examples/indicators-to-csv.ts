// Several indicators for 2019, split by country, written to a CSV file.
//
//   npx tsx examples/indicators-to-csv.ts DATABASE [OUT.csv]
//
// DATABASE is a doingoai database (e.g. one made by `npx doingoai sample`).
// Without OUT.csv the CSV goes to standard output. The CSV is data for other
// programs, so numbers are written plainly (`1234.5`), not formatted for reading.
import { writeFileSync } from "node:fs";
import { computeIndicators, openStore } from "doingoai";

const [db, out] = process.argv.slice(2);
if (db === undefined) {
  console.error("Cách dùng / usage: tsx examples/indicators-to-csv.ts DATABASE [OUT.csv]");
  process.exit(2);
}

const store = await openStore({ path: db, readOnly: true }); // examples only read
try {
  const { rows } = await computeIndicators(store, {
    indicators: [
      "delegations.inbound",
      "delegations.outbound",
      "delegations.person_trips",
      "investment.promotion_trips",
    ],
    periods: ["2019"],
    by: ["country"],
  });
  const cell = (v: string | number | null) => {
    const text = v === null ? "" : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const header = ["indicator", "period", "country", "unit", "value", "previous", "change"];
  const lines = rows.map((r) =>
    [r.indicator, r.period, r.dims["country"] ?? null, r.unit, r.value, r.previous, r.change]
      .map(cell)
      .join(","),
  );
  const csv = [header.join(","), ...lines].join("\n") + "\n";
  if (out === undefined) process.stdout.write(csv);
  else {
    writeFileSync(out, csv);
    console.error(`Đã ghi ${rows.length} dòng vào ${out} / wrote ${rows.length} rows to ${out}`);
  }
} finally {
  store.close();
}
