import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingSchema, listRules, type Finding } from "../../src/lib/checks/index.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { brokenFixture, brokenRecords, cleanFixture, fixtureAsOf } from "../lib/checks/checkFixtures.ts";
import { runCli } from "../helpers/runCli.ts";

async function databaseWith(path: string, ...sql: string[]) {
  const store = await openStore({ path });
  for (const s of sql) await store.run(s);
  store.close();
}

describe("doingoai check", () => {
  let dir: string;
  let broken: string;
  let clean: string;
  beforeAll(async () => {
    dir = tempDir("doingoai-check-");
    broken = join(dir, "broken.duckdb");
    clean = join(dir, "clean.duckdb");
    await databaseWith(broken, cleanFixture, brokenFixture);
    await databaseWith(clean, cleanFixture);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports every rule's broken records as JSON and exits 3 when there are errors", async () => {
    const { code, stdout } = await runCli(["check", "--db", broken, "--format", "json"]);
    expect(code).toBe(3);
    const findings = (JSON.parse(stdout) as unknown[]).map((f) => findingSchema.parse(f));
    for (const [rule, keys] of Object.entries(brokenRecords)) {
      const reported = findings.filter((f) => f.rule === rule).map((f) => f.key);
      // Run with today's date, lateness rules may find more than on the fixture's date; never less.
      for (const key of keys) expect(reported, rule).toContain(key);
    }
    for (const f of findings) {
      expect(f.message.vi).toContain(f.key);
      expect(f.message.en).toContain(f.key);
    }
  });

  it("with --as-of gives exactly the fixture's findings", async () => {
    const { code, stdout } = await runCli([
      "check",
      "--db",
      broken,
      "--format",
      "json",
      "--as-of",
      fixtureAsOf,
    ]);
    expect(code).toBe(3);
    const findings = JSON.parse(stdout) as Finding[];
    expect(findings.length).toBe(Object.values(brokenRecords).flat().length);
  });

  it("exits 0 on the clean fixture and says nothing was found", async () => {
    const vi = await runCli(["check", "--db", clean, "--as-of", fixtureAsOf]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toBe(`Không phát hiện vấn đề nào (${listRules().length} quy tắc).\n`);
    const json = await runCli(["check", "--db", clean, "--as-of", fixtureAsOf, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it("exits 0 when only warnings are found", async () => {
    const { code, stdout } = await runCli([
      "check",
      "--db",
      broken,
      "--as-of",
      fixtureAsOf,
      "--rule",
      "activities.overdue,names.likely_duplicate",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("WARNING  activities.overdue — Activity past due and not updated: 1");
    expect(stdout).toContain(
      '  - Agreement activities (activity_id=AC92): "Trao đổi sinh viên" (agreement A1) was due 01/12/2019',
    );
    expect(stdout).toContain("Total: 0 error(s), 3 warning(s) (2 rules).");
  });

  it("prints the table in Vietnamese by default, grouped by rule with errors first", async () => {
    const { code, stdout } = await runCli(["check", "--db", broken, "--as-of", fixtureAsOf]);
    expect(code).toBe(3);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("LỖI  dates.end_before_start — Ngày kết thúc trước ngày bắt đầu: 5");
    expect(lines[1]).toMatch(/^ {2}- Đoàn ra, đoàn vào \(delegation_id=D90\): /);
    expect(stdout).toContain("CẢNH BÁO  published.stock_falls");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      `Tổng cộng: 10 lỗi, 12 cảnh báo (${listRules().length} quy tắc).`,
    );
  });

  it("shows at most --limit records per rule in the table and says how many more there are", async () => {
    const { stdout } = await runCli([
      "check",
      "--db",
      broken,
      "--as-of",
      fixtureAsOf,
      "--rule",
      "dates.end_before_start",
      "--limit",
      "2",
    ]);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "LỖI  dates.end_before_start — Ngày kết thúc trước ngày bắt đầu: 5",
      expect.stringMatching(/^ {2}- Đoàn ra, đoàn vào \(delegation_id=D90\)/),
      expect.stringMatching(/^ {2}- Dự án viện trợ \(project_id=P90\)/),
      "  … và 3 bản ghi khác (--limit 0 hoặc --format json để xem hết)",
    ]);
    const bad = await runCli(["check", "--db", broken, "--limit", "-1"]);
    expect(bad.code).toBe(2);
  });

  it("rejects an unknown rule with exit code 2 and lists the rules", async () => {
    const { code, stderr } = await runCli(["check", "--db", clean, "--rule", "dates.nope", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("No such rule: dates.nope. Rules: dates.end_before_start");
  });

  it("documents exit code 3 in its help and lists the rules with --list", async () => {
    const help = await runCli(["check", "--help"]);
    expect(help.stdout).toContain("3 khi có ít nhất một phát hiện mức lỗi");
    const list = await runCli(["check", "--list", "--format", "json"]);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((r) => r.id)).toEqual(
      listRules().map((r) => r.id),
    );
  });

  it("says when the database does not exist", async () => {
    const { code, stderr } = await runCli(["check", "--db", join(dir, "missing.duckdb")]);
    expect(code).toBe(4);
    expect(stderr).toContain("Chưa có cơ sở dữ liệu");
    expect(stderr).toContain("No database at");
  });
});
