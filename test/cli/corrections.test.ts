import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../helpers/runCli.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { digest } from "../helpers/digest.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";

async function tables(db: string) {
  const store = await openStore({ path: db, readOnly: true });
  try {
    return await digest(store);
  } finally {
    store.close();
  }
}

describe("doingoai delete, history, undo", () => {
  it("delete refuses a referenced partner naming the referrers in both languages (exit 3), --cascade deletes, undo restores, history lists it all", async () => {
    const db = join(tempDir("doingoai-cli-corr-"), "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    const imported = await tables(db);

    const refused = await run(["delete", "--entity", "partners", "--id", "LPB", "--db", db]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("agreements A1 (partner_id = LPB)");
    expect(refused.stderr).toContain("Không xóa");
    expect(refused.stderr).toContain("Not deleted");
    expect(await tables(db)).toEqual(imported);

    const cascade = await run([
      "delete",
      "--entity",
      "partners",
      "--id",
      "LPB",
      "--cascade",
      "--db",
      db,
      "--lang",
      "en",
    ]);
    expect(cascade.code).toBe(0);
    expect(cascade.stdout).toContain("Deleted (change 2):");
    expect(cascade.stdout).toContain("  delegations: 2 rows");

    const budget = await run([
      "delete",
      "--entity",
      "budgets",
      "--key",
      "year=2019",
      "line=reception",
      "--db",
      db,
    ]);
    expect(budget.code).toBe(0);
    expect(budget.stdout).toContain("budgets: 1 dòng");

    const history = await run(["history", "--db", db, "--lang", "en"]);
    expect(history.code).toBe(0);
    const lines = history.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^No\.\s+When\s+Command\s+Files\s+Rows by table\s+Note$/);
    expect(lines[1]).toMatch(
      /^1\s+\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\s+import\s+agreement_activities\.csv, /,
    );
    expect(lines[1]).toContain("and 10 more");
    expect(lines[1]).toContain("partners: 2 new");
    expect(lines[2]).toContain("delete --entity partners --id LPB --cascade");
    expect(lines[2]).toContain("agreement_activities: 2 deleted");
    expect(lines[3]).toContain("delete --entity budgets --key year=2019 --key line=reception");

    const undo1 = await run(["undo", "--db", db]);
    expect(undo1.code).toBe(0);
    expect(undo1.stdout).toContain("Đã hoàn tác thay đổi số 3 (delete --entity budgets");
    const undo2 = await run(["undo", "--db", db, "--lang", "en"]);
    expect(undo2.stdout).toContain("Undid change 2 (delete --entity partners --id LPB --cascade");
    expect(undo2.stdout).toContain("partners: 1 new");
    expect(await tables(db)).toEqual(imported);

    const vi = await run(["history", "--db", db]);
    expect(vi.stdout.split("\n")[0]).toMatch(/^Số\s+Thời điểm\s+Lệnh\s+Tệp\s+Số dòng theo bảng\s+Ghi chú$/);
    expect(vi.stdout).toContain("đã hoàn tác (số 5)");
    expect(vi.stdout).toContain("hoàn tác số 2");
    const json = JSON.parse((await run(["history", "--db", db, "--format", "json"])).stdout) as {
      id: number;
      command: string;
      undoneBy: number | null;
    }[];
    expect(json.map((c) => [c.id, c.command.split(" ")[0], c.undoneBy])).toEqual([
      [1, "import", null],
      [2, "delete", 5],
      [3, "delete", 4],
      [4, "undo", null],
      [5, "undo", null],
    ]);
  });

  it("delete names the ids it cannot find (exit 3) and refuses --id for a table keyed by several columns (exit 2)", async () => {
    const db = join(tempDir("doingoai-cli-corr-"), "db.duckdb");
    expect((await run(["import", validFolder, "--db", db])).code).toBe(0);
    const missing = await run(["delete", "--entity", "ngos", "--id", "N9", "N1", "--db", db]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("Không tìm thấy trong bảng ngos: N9");
    expect(missing.stderr).toContain("Not found in ngos: N9");
    const byId = await run(["delete", "--entity", "budgets", "--id", "2019", "--db", db]);
    expect(byId.code).toBe(2);
    expect(byId.stderr).toContain("year, line");
    const noDb = await run(["undo", "--db", join(tempDir(), "none.duckdb")]);
    expect(noDb.code).toBe(4);
  });
});
