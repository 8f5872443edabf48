// Issue 20, item 2: closing a period. The real CLI (in-process) on a real DuckDB file of
// another province (test/helpers/databaseVariants.ts, "otherProvince": Cao Bằng, 2023–2024).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/lib/store/openStore.ts";
import { createVariantDatabase } from "../helpers/databaseVariants.ts";
import { digest } from "../helpers/digest.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli as run } from "../helpers/runCli.ts";

const header = "delegation_id,direction,start_on,end_on,country,level,purpose,members,in_plan";

function delegationsCsv(dir: string, name: string, rows: string[]): string {
  const folder = join(dir, name);
  const path = join(dir, `${name}-delegations.csv`);
  writeFileSync(path, [header, ...rows].join("\n") + "\n");
  void folder;
  return path;
}

async function tables(db: string) {
  const store = await openStore({ path: db, readOnly: true });
  try {
    return await digest(store);
  } finally {
    store.close();
  }
}

const d2024 = "D-2024-8,inbound,12/05/2024,14/05/2024,LA,department,cooperation,4,true";
const d2024b = "D-2024-9,inbound,10/09/2024,12/09/2024,KR,department,cooperation,3,true";
const d2025 = "D-2025-1,outbound,15/01/2025,20/01/2025,KR,department,cooperation,5,true";

describe("doingoai period close / reopen", () => {
  it("a closed 2024 refuses whole an import, delete or undo touching a 2024 record (exit 3, naming records and period in both languages, nothing written); after period reopen with a reason they go through and history lists the closing and the reopening", async () => {
    const dir = tempDir("doingoai-period-");
    const db = join(dir, "db.duckdb");
    await createVariantDatabase(db, "otherProvince");
    const entity = ["--entity", "delegations"];

    // before the closing: an import that adds a 2024 delegation (undone later)
    const early = delegationsCsv(dir, "early", [d2024]);
    expect((await run(["import", early, ...entity, "--db", db])).code).toBe(0);

    const closed = await run([
      "period",
      "close",
      "2024",
      "--by",
      "Nguyễn Văn A",
      "--report-number",
      "12",
      "--report-date",
      "20/01/2025",
      "--db",
      db,
    ]);
    expect(closed.stderr).toBe("");
    expect(closed.code).toBe(0);
    // the number joined to the profile's symbol (BC-SNgV of Cao Bằng)
    expect(closed.stdout).toContain("Báo cáo số 12/BC-SNgV ngày 20/01/2025");
    expect(closed.stdout).toContain("2024H1 và 2024H2");
    const atClosing = await tables(db);

    // a 2024 record and a 2025 record in one file: refused whole
    const mixed = delegationsCsv(dir, "mixed", [d2024b, d2025]);
    const refused = await run(["import", mixed, ...entity, "--db", db]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(
      "delegations D-2024-9 (start_on 10/09/2024, kỳ 2024) — tệp mixed-delegations.csv",
    );
    expect(refused.stderr).toContain(
      "delegations D-2024-9 (start_on 10/09/2024, period 2024) — file mixed-delegations.csv",
    );
    expect(refused.stderr).toContain("kỳ 2024 đã khóa sổ ngày");
    expect(refused.stderr).toContain("period 2024 was closed on");
    expect(refused.stderr).toContain("12/BC-SNgV");
    expect(refused.stderr).not.toContain("D-2025-1");
    expect(await tables(db)).toEqual(atClosing);

    // the same 2024 record as stored, re-imported unchanged, is no change: accepted
    const same = delegationsCsv(dir, "same", [d2024]);
    expect((await run(["import", same, ...entity, "--db", db])).code).toBe(0);
    expect(await tables(db)).toEqual(atClosing);

    // the same record changed (members 4 → 7): refused
    const edited = delegationsCsv(dir, "edited", [d2024.replace(",4,", ",7,")]);
    const editRefused = await run(["import", edited, ...entity, "--db", db]);
    expect(editRefused.code).toBe(3);
    expect(editRefused.stderr).toContain(
      "delegations D-2024-8 (start_on 12/05/2024, kỳ 2024) — tệp edited-delegations.csv",
    );

    // a 2024 delegation, and a yearly 2024 record (the budget line): delete refused
    const del = await run(["delete", "--entity", "delegations", "--id", "D-2024-1", "--db", db]);
    expect(del.code).toBe(3);
    expect(del.stderr).toContain("Không xóa: kỳ 2024 đã khóa sổ");
    expect(del.stderr).toContain("Not deleted: period 2024 was closed");
    expect(del.stderr).toContain("delegations D-2024-1");
    const budget = await run([
      "delete",
      "--entity",
      "budgets",
      "--key",
      "year=2024",
      "--key",
      "line=reception",
      "--db",
      db,
    ]);
    expect(budget.code).toBe(3);
    expect(budget.stderr).toContain("budgets 2024 | reception (year 2024, kỳ 2024)\n");
    // a 2023 record is not held
    expect((await run(["delete", "--entity", "consular_cases", "--id", "CC-2023", "--db", db])).code).toBe(0);
    expect((await run(["undo", "--db", db])).code).toBe(0);
    expect(await tables(db)).toEqual(atClosing);

    // the undo of the unchanged re-import changes nothing: it goes through
    expect((await run(["undo", "--db", db])).code).toBe(0);
    expect(await tables(db)).toEqual(atClosing);

    // undo passes over the closing to the import before it, which added a 2024 record: refused
    const undo = await run(["undo", "--db", db]);
    expect(undo.code).toBe(3);
    expect(undo.stderr).toContain("Không hoàn tác thay đổi số 1");
    expect(undo.stderr).toContain("delegations D-2024-8 (start_on 12/05/2024, kỳ 2024)\n");
    expect(await tables(db)).toEqual(atClosing);

    // 2025 is open: its import and its undo work across the closure
    const later = delegationsCsv(dir, "later", [d2025]);
    expect((await run(["import", later, ...entity, "--db", db])).code).toBe(0);
    expect((await run(["undo", "--db", db])).code).toBe(0);
    expect(await tables(db)).toEqual(atClosing);

    // reopening needs a reason
    expect((await run(["period", "reopen", "2024", "--db", db])).code).toBe(2);
    const reopened = await run(["period", "reopen", "2024", "--reason", "Bổ sung đoàn bị sót", "--db", db]);
    expect(reopened.stderr).toBe("");
    expect(reopened.code).toBe(0);

    expect((await run(["import", mixed, ...entity, "--db", db])).code).toBe(0);
    expect((await run(["delete", "--entity", "delegations", "--id", "D-2024-1", "--db", db])).code).toBe(0);
    expect((await run(["undo", "--db", db])).code).toBe(0);

    const history = await run(["history", "--db", db]);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain("period close 2024");
    expect(history.stdout).toMatch(/period reopen 2024 --by "Hoàng Văn Mẫu" --reason "Bổ sung đoàn bị sót"/);
    expect(history.stdout).toContain("khóa sổ kỳ");
    expect(history.stdout).toContain("mở lại kỳ đã khóa");

    const list = await run(["period", "list", "--db", db, "--lang", "en"]);
    expect(list.stdout).toMatch(
      /2024\s+reopened\s+\d\d\/\d\d\/\d{4}\s+Nguyễn Văn A\s+12\/BC-SNgV\s+20\/01\/2025/,
    );
    expect(list.stdout).toContain("Bổ sung đoàn bị sót");
  }, 120_000);

  it("report --compare-signed says nothing changed right after closing, and after a reopen and a change lists each changed figure with signed and current values and the records behind it", async () => {
    const dir = tempDir("doingoai-period-cmp-");
    const db = join(dir, "db.duckdb");
    await createVariantDatabase(db, "otherProvince");
    const close = ["period", "close", "2024", "--by", "Nguyễn Văn A", "--report-number", "12/BC-SNgV"];
    expect((await run([...close, "--report-date", "2025-01-20", "--db", db])).code).toBe(0);

    const none = await run(["report", "--year", "2024", "--compare-signed", "--db", db]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("Không số liệu nào thay đổi so với khi ký (22 số liệu đã so sánh)");

    expect(
      (await run(["period", "reopen", "2024", "--by", "Trần Thị B", "--reason", "Sót một đoàn", "--db", db]))
        .code,
    ).toBe(0);
    const added = delegationsCsv(dir, "added", [d2024b, d2025]);
    expect((await run(["import", added, "--entity", "delegations", "--db", db])).code).toBe(0);

    const cmp = await run(["report", "--year", "2024", "--compare-signed", "--db", db, "--lang", "en"]);
    expect(cmp.code).toBe(0);
    expect(cmp.stdout).toContain("reopened on");
    expect(cmp.stdout).toContain("Sót một đoàn");
    // the variant's 2024: one inbound delegation (D-2024-1, 6 members), one outbound (5)
    expect(cmp.stdout).toContain("Inbound delegations (delegations.inbound, 2024): signed 1, now 2");
    expect(cmp.stdout).toContain("(delegations.person_trips, 2024): signed 11, now 14");
    // the record behind it; the 2025 delegation of the same import is not
    expect(cmp.stdout).toMatch(/delegations D-2024-9: added \(change \d+, import\)/);
    expect(cmp.stdout).not.toContain("D-2025-1");
    expect(cmp.stdout).not.toContain("delegations.outbound");
  }, 120_000);

  it("closures survive export --format parquet and import into an empty database: the same list, the closed year still refuses its records, the reopened half does not, the signed figures compare unchanged", async () => {
    const dir = tempDir("doingoai-period-export-");
    const db = join(dir, "db.duckdb");
    await createVariantDatabase(db, "otherProvince");
    const by = ["--by", "Nguyễn Văn A", "--report-number", "7/BC-SNgV", "--db", db];
    expect((await run(["period", "close", "2023H1", "--report-date", "15/07/2023", ...by])).code).toBe(0);
    expect((await run(["period", "reopen", "2023H1", "--reason", "Sửa ngày đoàn", "--db", db])).code).toBe(0);
    expect((await run(["period", "close", "2024", "--report-date", "20/01/2025", ...by])).code).toBe(0);
    const before = JSON.parse(
      (await run(["period", "list", "--format", "json", "--db", db])).stdout,
    ) as unknown[];
    expect(before).toHaveLength(2);

    const out = join(dir, "export");
    const exported = await run(["export", out, "--format", "parquet", "--db", db]);
    expect(exported.code).toBe(0);

    const copy = join(dir, "copy.duckdb");
    const imported = await run(["import", out, "--db", copy]);
    expect(imported.stderr).not.toContain("Không");
    expect(imported.code).toBe(0);
    const after = JSON.parse(
      (await run(["period", "list", "--format", "json", "--db", copy])).stdout,
    ) as Record<string, unknown>[];
    const strip = (list: Record<string, unknown>[]) =>
      list.map(({ closedChange: _c, reopenedChange, ...rest }) => ({
        ...rest,
        reopened: reopenedChange !== null,
      }));
    expect(strip(after)).toEqual(strip(before as Record<string, unknown>[]));
    expect(await tables(copy)).toEqual(await tables(db));

    const history = await run(["history", "--db", copy]);
    expect(history.stdout).toContain("period close 2024");
    expect(history.stdout).toContain("Sửa ngày đoàn");

    const edit = delegationsCsv(dir, "edit", [
      d2024b,
      "D-2023-9,inbound,10/03/2023,12/03/2023,LA,department,cooperation,2,true",
    ]);
    const refused = await run(["import", edit, "--entity", "delegations", "--db", copy]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(
      "delegations D-2024-9 (start_on 10/09/2024, kỳ 2024) — tệp edit-delegations.csv",
    );
    expect(refused.stderr).not.toContain("D-2023-9");
    const h1 = delegationsCsv(dir, "h1", [
      "D-2023-9,inbound,10/03/2023,12/03/2023,LA,department,cooperation,2,true",
    ]);
    expect((await run(["import", h1, "--entity", "delegations", "--db", copy])).code).toBe(0);

    const cmp = await run(["report", "--year", "2024", "--compare-signed", "--db", copy, "--lang", "en"]);
    expect(cmp.stdout).toContain("No figure has changed since it was signed (22 figures compared)");
    // the half-year, reopened before the export, compares with its own signed figures:
    // 2023H1 had D-2023-1 and D-2023-3 inbound when signed; D-2023-9 came after
    const half = await run([
      "report",
      "--period",
      "2023H1",
      "--compare-signed",
      "--db",
      copy,
      "--lang",
      "en",
    ]);
    expect(half.code).toBe(0);
    expect(half.stdout).toContain("(delegations.inbound, 2023H1): signed 2, now 3");
    expect(half.stdout).toMatch(/delegations D-2023-9: added \(change \d+, import\)/);
  }, 120_000);
});
