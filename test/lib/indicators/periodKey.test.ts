// The integer period key is encoded in one file (src/lib/indicators/periodKey.ts), once in SQL for a
// record's date and once in TypeScript for a period asked for; computeIndicators joins the two.
// These tests hold the two encodings to each other on a real DuckDB.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePeriod, periodOf, type PeriodKind } from "../../../src/data/periods.ts";
import { periodKey, periodKeySql } from "../../../src/lib/indicators/periodKey.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";

const dates = [
  "2019-01-01",
  "2019-03-31",
  "2019-04-01",
  "2019-06-30",
  "2019-07-01",
  "2019-09-30",
  "2019-12-31",
  "2024-02-29",
];
const kinds: Exclude<PeriodKind, "plan">[] = ["year", "half", "quarter", "month"];

let store: Store;
beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
});
afterAll(() => store.close());

describe("the period key", () => {
  it("is the same number in SQL for a date as in TypeScript for the period holding that date, for every kind", async () => {
    for (const kind of kinds) {
      for (const date of dates) {
        const [row] = await store.all<{ k: number | bigint }>(
          `SELECT ${periodKeySql(kind, `DATE '${date}'`)} AS k`,
        );
        const period = parsePeriod(periodOf(date, kind));
        expect(String(row!.k), `${kind} ${date}`).toBe(periodKey(period));
      }
    }
  });

  it("keeps halves apart from quarters of the same year: 20196/20197 against 20191–20194", () => {
    expect(["2019H1", "2019H2"].map((id) => periodKey(parsePeriod(id)))).toEqual(["20196", "20197"]);
    expect(["2019Q1", "2019Q4", "2019-03", "2019"].map((id) => periodKey(parsePeriod(id)))).toEqual([
      "20191",
      "20194",
      "201903",
      "2019",
    ]);
  });

  it("is NULL for a plan period (plan periods join on their date range)", () => {
    expect(periodKey(parsePeriod("2026-2030"))).toBe("NULL");
  });

  it("is still exported from scans.ts, where it used to live", async () => {
    const scans = await import("../../../src/lib/indicators/scans.ts");
    expect(scans.periodKeySql).toBe(periodKeySql);
  });
});
