// Runs each program of examples/ as a user would (`tsx examples/X.ts DATABASE …`, importing
// "doingoai") against the sample province, and checks its output with numbers worked by hand
// from the 2019 facts of docs/conventions.md §1 (src/data/sample/sample2019.ts):
//   Luang Prabang (LA): 3 inbound delegations (9, 6 and 14 members; the first at provincial
//   leadership level, the other two department level) and 1 outbound (7 members);
//   3 outbound investment-promotion trips, to KR, JP and CN.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir } from "../helpers/fixtures.ts";

const root = new URL("../../", import.meta.url).pathname;
const run = promisify(execFile);

/** Runs an example with tsx from the repository root; returns its standard output. */
async function example(name: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", join("examples", name), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return stdout;
}

let dir: string;
let db: string;
/** Inbound delegations of 2019 per country, straight from the table. */
let inboundByCountry: Map<string, number>;
beforeAll(async () => {
  dir = tempDir();
  db = join(dir, "sample.duckdb");
  const store = await openStore({ path: db });
  await loadSample(store);
  const rows = await store.all<{ country: string; n: bigint }>(
    `SELECT country, count(*) AS n FROM delegations
     WHERE direction = 'inbound' AND start_on BETWEEN DATE '2019-01-01' AND DATE '2019-12-31' GROUP BY country`,
  );
  inboundByCountry = new Map(rows.map((r) => [r.country, Number(r.n)]));
  store.close();
});

// The examples are independent programs: run them side by side.
describe.concurrent("examples", () => {
  it("examples/indicators-to-csv.ts: writes 2019 by country: LA 3 inbound, 1 outbound, 36 person-trips; one promotion trip each to CN, JP, KR", async () => {
    const out = join(dir, "indicators.csv");
    await example("indicators-to-csv.ts", db, out);
    const [header, ...lines] = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(header).toBe("indicator,period,country,unit,value,previous,change");
    const rows = lines.map((l) => l.split(","));
    const value = (id: string, country: string) => rows.find((r) => r[0] === id && r[2] === country)?.[4];
    expect(value("delegations.inbound", "LA")).toBe("3");
    expect(value("delegations.outbound", "LA")).toBe("1");
    expect(value("delegations.person_trips", "LA")).toBe("36"); // 9 + 6 + 14 + 7
    const trips = rows.filter((r) => r[0] === "investment.promotion_trips" && r[4] !== "0");
    expect(trips.map((r) => [r[2], r[4]]).sort()).toEqual([
      ["CN", "1"],
      ["JP", "1"],
      ["KR", "1"],
    ]);
    // every country's inbound count equals a direct count in the table
    const inbound = rows.filter((r) => r[0] === "delegations.inbound" && r[4] !== "0");
    expect(new Map(inbound.map((r) => [r[2], Number(r[4])]))).toEqual(inboundByCountry);
  });

  it("examples/custom-indicator.ts: prints for LA in 2019: 3 inbound, 1 at provincial-leadership level, 9,67 members on average", async () => {
    const out = await example("custom-indicator.ts", db, "LA");
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("Lào / Laos (LA), 2019");
    const value = (id: string) => lines.find((l) => l.startsWith(`${id}\t`))?.split("\t")[2];
    expect(value("delegations.inbound")).toBe("3");
    expect(value("delegations.leadership_inbound")).toBe("1"); // DL-2019-LPB-I1
    expect(value("delegations.inbound_average_members")).toBe("9,67"); // (9 + 6 + 14) / 3 = 29 / 3
    expect(lines.find((l) => l.startsWith("delegations.leadership_inbound\t"))).toContain(
      "Đoàn vào cấp lãnh đạo tỉnh / Inbound provincial-leadership delegations",
    );
  });

  it("examples/arrow-chart.ts: writes an SVG with one bar per country that sent a delegation in 2019, Lào's bar titled 3", async () => {
    const out = join(dir, "chart.svg");
    await example("arrow-chart.ts", db, out, "2019");
    const svg = readFileSync(out, "utf8");
    const doc = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const bars = [...doc.querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars).toHaveLength(inboundByCountry.size);
    const titles = bars.map((b) => b.querySelector("title")?.textContent);
    expect(titles).toContain("Lào (LA): 3");
    const ticks = [...doc.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toContain("Lào");
    expect(ticks).toContain("Hàn Quốc");
    expect(svg).toContain("Đoàn vào 2019 / Inbound delegations 2019");
    // bars are as long as their values: Lào's (3) is three times a country with 1
    const width = (title: string) =>
      Number(bars.find((b) => b.querySelector("title")?.textContent === title)!.getAttribute("width"));
    const one = titles.find((t) => t?.endsWith(": 1"))!;
    expect(width("Lào (LA): 3")).toBeCloseTo(3 * width(one), 5);
  });
});
