// The active-agreement rule is written once (src/lib/indicators/activeAgreementRule.ts):
// the SQL agreements.active runs and the words of docs/indicators.md come from the
// same clauses. These tests hold the three to each other on a real DuckDB file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeAgreementClauses } from "../../../src/lib/indicators/activeAgreementRule.ts";
import { computeIndicators } from "../../../src/lib/indicators/index.ts";
import { reviewAgreements } from "../../../src/lib/planning/reviewAgreements.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";

// One agreement in force on 31/12/2024, and one for each clause that fails that clause alone.
const agreements: [id: string, signed: string, expires: string | null, status: string][] = [
  ["IN-FORCE", "2020-01-01", null, "active"],
  ["NOT-SIGNED-YET", "2025-01-01", null, "active"],
  ["EXPIRY-PASSED", "2020-01-01", "2024-06-30", "active"],
  ["TERMINATED", "2020-01-01", null, "terminated"],
  ["EXPIRED-NO-DATE", "2020-01-01", null, "expired"],
];

let store: Store;
beforeAll(async () => {
  store = await openStore({ path: join(tempDir(), "active.duckdb") });
  await store.run(
    `INSERT INTO partners (partner_id, name, kind, country) VALUES ('P-LA', 'Houaphanh', 'locality', 'LA')`,
  );
  for (const [id, signed, expires, status] of agreements) {
    await store.run(
      `INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, status)
       VALUES ('${id}', 'Biên bản ghi nhớ ${id}', 'P-LA', 'mou', DATE '${signed}', ${expires === null ? "NULL" : `DATE '${expires}'`}, '${status}')`,
    );
  }
});
afterAll(() => store.close());

/** The agreements.active section of docs/indicators.md, up to the next indicator. */
function docSection(): string {
  const doc = readFileSync(new URL("../../../docs/indicators.md", import.meta.url), "utf8");
  const start = doc.indexOf("## `agreements.active`");
  expect(start).toBeGreaterThan(0);
  const end = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, end);
}

describe("the active-agreement rule", () => {
  it("agreements.active counts only the agreement that meets every clause (an expired status with no expiry date is left out)", async () => {
    const { rows } = await computeIndicators(store, {
      asOf: "2024-12-31",
      indicators: ["agreements.active"],
      periods: ["2024"],
    });
    expect(rows.map((r) => r.value)).toEqual([1]);
  });

  it("the portfolio review of agreements in force reviews that one agreement too", async () => {
    const reviewed = await reviewAgreements(store, { asOf: "2024-12-31" });
    expect(reviewed.map((r) => r.agreement_id)).toEqual(["IN-FORCE"]);
  });

  it("docs/indicators.md states every clause the code applies, in Vietnamese and English, the expired-without-date one included", () => {
    const section = docSection();
    expect(activeAgreementClauses).toHaveLength(4);
    for (const clause of activeAgreementClauses) {
      expect(section).toContain(clause.vi);
      expect(section).toContain(clause.en);
    }
    expect(section).toMatch(/status expired and no expires_on is left out/);
    expect(section).toMatch(/trạng thái expired mà không có expires_on không được tính/);
  });
});
