import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/ImportError.ts";
import type { ImportProblem } from "../../../src/lib/import/ImportProblem.ts";
import { fastImportFrom } from "../../../src/lib/import/importTables.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { validStore } from "../../helpers/validStore.ts";

// Files above fastImportFrom are first read without row numbers (DuckDB's parallel reader) and
// checked again with them only when something is wrong: these tests hold that path to the same
// row-level messages, all-or-nothing writes and re-imports as small files.

const header =
  "delegation_id,direction,start_on,end_on,country,partner_id,agreement_id,level,purpose,members,in_plan,cost,cost_currency,funding,head";
const rows = 12_000;

/** Row `i` (0-based) of a valid delegations file: file row i + 2, after the header. */
function line(i: number): string {
  const d = String((i % 28) + 1).padStart(2, "0");
  const m = String((i % 12) + 1).padStart(2, "0");
  const cost = ((i % 7) * 1_250_000 + 500_000).toLocaleString("vi-VN");
  return `L${i},inbound,${d}/${m}/2019,${d}/${m}/2019,LA,LPB,A1,department,cooperation,${(i % 15) + 1},true,"${cost}",VND,provincial_budget,Phó Giám đốc Sở – đoàn số ${i} về hợp tác`;
}

/** A delegations.csv of `rows` rows, with the given rows (0-based) replaced. */
function bigFile(replace: Record<number, string> = {}): string {
  const lines = [header];
  for (let i = 0; i < rows; i++) lines.push(replace[i] ?? line(i));
  const path = join(tempDir(), "delegations.csv");
  writeFileSync(path, lines.join("\n") + "\n");
  expect(statSync(path).size).toBeGreaterThan(fastImportFrom);
  return path;
}

let store: Store;
let before: Record<string, string>;
beforeAll(async () => {
  ({ store, before } = await validStore());
});
afterAll(() => store.close());

async function problemsOf(path: string): Promise<ImportProblem[]> {
  try {
    await importFiles(store, [path]);
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("the import was expected to be refused");
}

describe("a CSV file larger than fastImportFrom", () => {
  it("with an impossible date near its end is refused naming file, row, column and value, in both languages, and writes nothing", async () => {
    const bad = line(11_500).replace(/^([^,]*,[^,]*,)[^,]*/, "$131/02/2019");
    const problems = await problemsOf(bigFile({ 11_500: bad }));
    expect(problems.map((p) => [p.source, p.row, p.column, p.value, p.code])).toEqual([
      ["delegations.csv", 11_502, "start_on", "31/02/2019", "date_impossible"],
    ]);
    expect(problems[0]!.text.vi).not.toBe(problems[0]!.text.en);
    expect(await digest(store)).toEqual(before);
  });

  it("with a date in the other format names the row that breaks the column's first format", async () => {
    const bad = line(9_000).replace(/^([^,]*,[^,]*,)[^,]*/, "$12019-03-04");
    const problems = await problemsOf(bigFile({ 9_000: bad }));
    expect(problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [9_002, "start_on", "2019-03-04", "date_mixed"],
    ]);
  });

  it("with a duplicate key, an unknown partner and a row of the wrong width reports each where it stands", async () => {
    const dup = line(7).replace(/^L7,/, "L3,");
    const unknownPartner = line(10_000).replace(",LPB,", ",NO-SUCH,");
    const problems = await problemsOf(bigFile({ 7: dup, 10_000: unknownPartner }));
    expect(problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [9, "delegation_id", "L3", "duplicate_key"],
      [10_002, "partner_id", "NO-SUCH", "reference"],
    ]);
    // one problem per missing field, as for a small file
    const short = await problemsOf(bigFile({ 11_998: "L11998,inbound" }));
    expect(short.map((p) => [p.row, p.column, p.code])).toEqual(
      header
        .split(",")
        .slice(2)
        .map((column) => [12_000, column, "missing_fields"]),
    );
    expect(await digest(store)).toEqual(before);
  });

  it("with an amount in a currency that has no exchange rate names its row and currency", async () => {
    const noRate = line(6_000).replace(",VND,", ",JPY,");
    const problems = await problemsOf(bigFile({ 6_000: noRate }));
    expect(problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [6_002, "cost_currency", "JPY", "no_rate"],
    ]);
    expect(await digest(store)).toEqual(before);
  });

  it("that is valid is written whole in file order, and importing it again updates every row and duplicates none", async () => {
    const path = bigFile();
    const first = await importFiles(store, [path]);
    expect(first.byEntity["delegations"]).toMatchObject({ rows, inserted: rows, updated: 0 });
    const stored = await store.all<{ delegation_id: string; cost: number; start_on: Date }>(
      "SELECT delegation_id, cost, start_on FROM delegations WHERE delegation_id LIKE 'L%'",
    );
    expect(stored.map((r) => r.delegation_id)).toEqual(Array.from({ length: rows }, (_, i) => `L${i}`));
    // "500.000" is read the column's way (Vietnamese grouping), as "1.750.000" shows it
    expect(stored[0]!.cost).toBe(500_000);
    expect(stored[1]!.cost).toBe(1_750_000);
    expect(stored[1]!.start_on.toISOString().slice(0, 10)).toBe("2019-02-02");
    const again = await importFiles(store, [path]);
    expect(again.byEntity["delegations"]).toMatchObject({ rows, inserted: 0, updated: rows });
    const [n] = await store.all<{ n: bigint }>(
      "SELECT count(*) AS n FROM delegations WHERE delegation_id LIKE 'L%'",
    );
    expect(Number(n!.n)).toBe(rows);
  });
});
