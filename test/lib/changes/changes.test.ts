import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deleteRecords } from "../../../src/lib/changes/deleteRecords.ts";
import { listChanges } from "../../../src/lib/changes/listChanges.ts";
import { undoLastChange } from "../../../src/lib/changes/undoLastChange.ts";
import { DoingoaiError, exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { copyValid, readCsv, tempDir, validFolder, writeCsv } from "../../helpers/fixtures.ts";

async function fresh(): Promise<Store> {
  return openStore({ path: join(tempDir("doingoai-changes-"), "db.duckdb") });
}

async function refusal(p: Promise<unknown>): Promise<DoingoaiError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DoingoaiError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** A copy of the valid folder with LPB renamed, a new partner, and D1 with 9 members instead of 5. */
function reimportFolder(): string[] {
  const dir = copyValid();
  const partners = readCsv(join(dir, "partners.csv"));
  partners.rows[0]![1] = "Luang Prabang (renamed)";
  partners.rows.push(["JP-KN", "Kanagawa", "", "locality", "JP", "", ""]);
  writeCsv(join(dir, "partners.csv"), partners.header, partners.rows);
  const delegations = readCsv(join(dir, "delegations.csv"));
  const members = delegations.header.indexOf("members");
  delegations.rows[0]![members] = "9";
  writeCsv(join(dir, "delegations.csv"), delegations.header, delegations.rows);
  return [join(dir, "partners.csv"), join(dir, "delegations.csv")];
}

const one = async (store: Store, sql: string) => Number((await store.all<{ n: bigint }>(sql))[0]!.n);

describe("the change trail (delete, history, undo)", () => {
  it("undo after an import leaves every table as before the import", async () => {
    const store = await fresh();
    const empty = await digest(store);
    await importFiles(store, [validFolder]);
    expect(await digest(store)).not.toEqual(empty);
    const undo = await undoLastChange(store);
    expect(undo.undone.command).toBe("import");
    expect(undo.counts["partners"]).toEqual({ inserted: 0, updated: 0, deleted: 2 });
    expect(await digest(store)).toEqual(empty);
    store.close();
  });

  it("undo after a re-import that changed two rows and added one restores the first import's tables exactly", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    const before = await digest(store);
    const summary = await importFiles(store, reimportFolder());
    expect(summary.byEntity["partners"]).toMatchObject({ inserted: 1, updated: 2 });
    expect(await one(store, "SELECT members AS n FROM delegations WHERE delegation_id = 'D1'")).toBe(9);
    const undo = await undoLastChange(store);
    expect(undo.counts["partners"]).toEqual({ inserted: 0, updated: 2, deleted: 1 });
    expect(await digest(store)).toEqual(before);
    expect(await one(store, "SELECT members AS n FROM delegations WHERE delegation_id = 'D1'")).toBe(5);
    store.close();
  });

  it("undo after a re-import whose file lacks optional columns (merged into the stored rows) restores them exactly", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    const before = await digest(store);
    const dir = tempDir("doingoai-changes-");
    writeCsv(
      join(dir, "partners.csv"),
      ["partner_id", "name", "kind", "country"],
      [["LPB", "Luang Prabang (merged)", "locality", "LA"]],
    );
    await importFiles(store, [join(dir, "partners.csv")]);
    const [lpb] = await store.all<{ name: string; name_vi: string | null }>(
      "SELECT name, name_vi FROM partners WHERE partner_id = 'LPB'",
    );
    expect(lpb).toEqual({ name: "Luang Prabang (merged)", name_vi: "tỉnh Luông Pha Bang" });
    await undoLastChange(store);
    expect(await digest(store)).toEqual(before);
    store.close();
  });

  it("undo after a delete puts the deleted rows back exactly", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    const before = await digest(store);
    const d = await deleteRecords(store, { entity: "consular_cases", keys: [{ case_id: "K2" }] });
    expect(d.deleted).toEqual({ consular_cases: 1 });
    expect(await one(store, "SELECT count(*) AS n FROM consular_cases")).toBe(1);
    await undoLastChange(store);
    expect(await digest(store)).toEqual(before);
    store.close();
  });

  it("two undos in a row go back two changes, and undo goes on back to the database's creation, then says nothing is left", async () => {
    const store = await fresh();
    const states = [await digest(store)];
    await importFiles(store, [validFolder]);
    states.push(await digest(store));
    await importFiles(store, reimportFolder());
    states.push(await digest(store));
    await deleteRecords(store, { entity: "budgets", keys: [{ year: "2019", line: "reception" }] });
    states.push(await digest(store));
    expect(new Set(states.map((s) => JSON.stringify(s))).size).toBe(4);
    await undoLastChange(store);
    expect(await digest(store)).toEqual(states[2]);
    await undoLastChange(store);
    expect(await digest(store)).toEqual(states[1]);
    await undoLastChange(store);
    expect(await digest(store)).toEqual(states[0]);
    const none = await refusal(undoLastChange(store));
    expect(none.exitCode).toBe(exitCodes.invalidData);
    expect(none.text.en).toContain("Nothing left to undo");
    expect(await digest(store)).toEqual(states[0]);
    store.close();
  });

  it("refuses to delete a partner that agreements and delegations refer to, naming each of them, and deletes nothing", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    const before = await digest(store);
    const error = await refusal(deleteRecords(store, { entity: "partners", keys: [{ partner_id: "LPB" }] }));
    expect(error.exitCode).toBe(exitCodes.invalidData);
    // fixture: A1 (agreement with LPB), D1 and D2 (delegations to LPB)
    expect(error.text.en).toContain("agreements A1 (partner_id = LPB)");
    expect(error.text.en).toContain("delegations D1 (partner_id = LPB)");
    expect(error.text.en).toContain("delegations D2 (partner_id = LPB)");
    expect(error.text.en).toContain("--cascade");
    expect(error.text.vi).toContain("agreements A1 (partner_id = LPB)");
    expect(error.text.vi).toContain("Không xóa");
    expect(await digest(store)).toEqual(before);
    expect((await listChanges(store)).map((c) => c.command)).toEqual(["import"]);
    store.close();
  });

  it("deletes with --cascade the partner and every record that refers to it, transitively, and undo puts them all back", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    const before = await digest(store);
    const d = await deleteRecords(store, {
      entity: "partners",
      keys: [{ partner_id: "LPB" }],
      cascade: true,
    });
    // LPB → A1, D1, D2; A1 → AC1, AC2 (activities of A1); D1/D2 → no contact (C1 refers to D3)
    expect(d.deleted).toEqual({ partners: 1, agreements: 1, delegations: 2, agreement_activities: 2 });
    expect(await one(store, "SELECT count(*) AS n FROM delegations")).toBe(1);
    await undoLastChange(store);
    expect(await digest(store)).toEqual(before);
    store.close();
  });

  it("deletes by every key column for tables keyed by several, dd/mm/yyyy dates and an empty key part included", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    await deleteRecords(store, {
      entity: "aid_disbursements",
      keys: [{ project_id: "P1", disbursed_on: "01/07/2019", currency: "USD" }],
    });
    await deleteRecords(store, {
      entity: "published_figures",
      keys: [{ indicator: "fdi.active_projects", as_of: "2017-08-31", source: "Thái Nguyên" }],
    });
    await deleteRecords(store, { entity: "exchange_rates", keys: [{ on: "2014-12-31", currency: "EUR" }] });
    expect(await one(store, "SELECT count(*) AS n FROM aid_disbursements")).toBe(1);
    expect(await one(store, "SELECT count(*) AS n FROM published_figures WHERE as_of IS NOT NULL")).toBe(0);
    expect(await one(store, "SELECT count(*) AS n FROM exchange_rates WHERE currency = 'EUR'")).toBe(0);
    const missing = await refusal(
      deleteRecords(store, { entity: "budgets", keys: [{ year: "2031", line: "reception" }] }),
    );
    expect(missing.exitCode).toBe(exitCodes.invalidData);
    expect(missing.text.en).toContain("Not found in budgets: year=2031, line=reception");
    const badColumn = await refusal(
      deleteRecords(store, { entity: "budgets", keys: [{ year: "2019", x: "1" }] }),
    );
    expect(badColumn.exitCode).toBe(exitCodes.usage);
    expect(badColumn.text.en).toContain("keyed by year, line");
    store.close();
  });

  it("history lists every change in order with what made it, the files and the rows by table, and which undo reverted which", async () => {
    const store = await fresh();
    await importFiles(store, [validFolder]);
    await importFiles(store, reimportFolder());
    await deleteRecords(store, {
      entity: "consular_cases",
      keys: [{ case_id: "K1" }],
      command: "delete --entity consular_cases --id K1",
    });
    await undoLastChange(store);
    const changes = await listChanges(store);
    expect(changes.map((c) => [c.id, c.command, c.undoes, c.undoneBy])).toEqual([
      [1, "import", null, null],
      [2, "import", null, null],
      [3, "delete --entity consular_cases --id K1", null, 4],
      [4, "undo", 3, null],
    ]);
    expect(changes[0]!.sources).toHaveLength(13);
    expect(changes[0]!.sources.some((s) => s.endsWith("partners.csv"))).toBe(true);
    expect(changes[0]!.counts["delegations"]).toEqual({ inserted: 3, updated: 0, deleted: 0 });
    expect(changes[1]!.counts).toEqual({
      partners: { inserted: 1, updated: 2, deleted: 0 },
      delegations: { inserted: 0, updated: 3, deleted: 0 },
    });
    expect(changes[2]!.counts).toEqual({ consular_cases: { inserted: 0, updated: 0, deleted: 1 } });
    expect(changes[3]!.counts).toEqual({ consular_cases: { inserted: 1, updated: 0, deleted: 0 } });
    expect(
      changes.every((c) => c.at instanceof Date && Math.abs(c.at.getTime() - Date.now()) < 3_600_000),
    ).toBe(true);
    store.close();
  });

  it("a sample load is a change in the history, and undo empties the tables it filled", async () => {
    const store = await fresh();
    const empty = await digest(store);
    await loadSample(store);
    const [change] = await listChanges(store);
    expect(change).toMatchObject({ id: 1, command: "sample", sources: ["sample"] });
    expect(change!.counts["delegations"]!.inserted).toBeGreaterThan(1000);
    await undoLastChange(store);
    expect(await digest(store)).toEqual(empty);
    store.close();
  });
});
