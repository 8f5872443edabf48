// The dashboards' years (dataYears) and the review's "any record this year" check
// (recordsInYear) both read src/data/datedTables.ts. Moving one record of each dated table
// alone into a year far from the fixture's shows that each reads every table of the list.
import { describe, expect, it } from "vitest";
import { dataYears } from "../../src/dashboards/data/datasets/defineDataset.ts";
import { datedTables } from "../../src/data/datedTables.ts";
import { recordsInYear } from "../../src/lib/report/buildReviewData.ts";
import { openFixture } from "../lib/indicators/fixture.ts";

const far = 2091;

describe("one list of dated tables", () => {
  for (const t of datedTables) {
    const column = /^year\((\w+)\)$/.exec(t.yearSql)?.[1] ?? t.yearSql;
    const date = column === "year" ? String(far) : `DATE '${far}-06-15'`;
    it(`a lone ${t.table} record (${t.yearSql}) in ${far}: the review finds it; the dashboards offer ${far} ${t.done ? "too" : "only for records of what was done, so not"}`, async () => {
      const store = await openFixture();
      try {
        const rows = await store.all<{ n: bigint }>(
          `UPDATE "${t.table}" SET "${column}" = ${date}
           WHERE rowid = (SELECT min(rowid) FROM "${t.table}"${t.whereSql ? ` WHERE ${t.whereSql}` : ""}) RETURNING 1 AS n`,
        );
        expect(rows).toHaveLength(1);
        expect(await recordsInYear(store, far)).toBe(1);
        expect((await dataYears(store)).includes(String(far))).toBe(t.done);
      } finally {
        store.close();
      }
    });
  }
});
