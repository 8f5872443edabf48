import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DoingoaiError } from "../../../src/lib/DoingoaiError.ts";
import { findingSchema, listRules, runChecks, type Finding } from "../../../src/lib/checks/index.ts";
import type { Store } from "../../../src/lib/store/openStore.ts";
import { brokenFixture, brokenRecords, cleanFixture, fixtureAsOf, storeWith } from "./checkFixtures.ts";

const byRule = (findings: Finding[]) => {
  const out: Record<string, string[]> = {};
  for (const f of findings) (out[f.rule] ??= []).push(f.key);
  for (const keys of Object.values(out)) keys.sort();
  return out;
};

describe("the rule registry", () => {
  it("has unique ids of the form area.what, each with bilingual title and explanation and a severity", () => {
    const rules = listRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(["error", "warning"]).toContain(r.severity);
      for (const text of [r.title, r.explanation]) {
        expect(text.vi.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.vi).not.toBe(text.en);
      }
    }
  });

  it("has every rule broken in the broken fixture", () => {
    expect(Object.keys(brokenRecords).sort()).toEqual(
      listRules()
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe("runChecks on the hand-built fixtures", () => {
  let clean: Store;
  let broken: Store;
  let findings: Finding[];
  beforeAll(async () => {
    clean = await storeWith(cleanFixture);
    broken = await storeWith(cleanFixture, brokenFixture);
    findings = await runChecks(broken, { asOf: fixtureAsOf });
  });
  afterAll(() => {
    clean.close();
    broken.close();
  });

  it("finds nothing in the clean fixture", async () => {
    expect(await runChecks(clean, { asOf: fixtureAsOf })).toEqual([]);
  });

  it("reports exactly the broken records, each under the rule it breaks", () => {
    const expected = Object.fromEntries(Object.entries(brokenRecords).map(([k, v]) => [k, [...v].sort()]));
    expect(byRule(findings)).toEqual(expected);
  });

  it("gives each finding a shape that matches findingSchema and the rule's severity", () => {
    for (const f of findings) {
      expect(findingSchema.parse(f)).toEqual(f);
      expect(f.severity).toBe(listRules().find((r) => r.id === f.rule)!.severity);
    }
  });

  it("writes each message in Vietnamese and English, both naming the table and the record", () => {
    for (const f of findings) {
      expect(f.message.vi).toContain(`(${f.key}):`);
      expect(f.message.en).toContain(`(${f.key}):`);
      expect(f.message.vi).not.toBe(f.message.en);
    }
    const d90 = findings.find((f) => f.key === "delegation_id=D90")!;
    expect(d90.message.vi).toBe(
      "Đoàn ra, đoàn vào (delegation_id=D90): Ngày kết thúc (end_on) là 01/03/2019, trước ngày bắt đầu (start_on) 05/03/2019. Hãy sửa ngày sai (kiểm tra cả việc đảo ngày/tháng) rồi nhập lại.",
    );
    expect(d90.message.en).toBe(
      "Delegations (delegation_id=D90): End (end_on) is 01/03/2019, before start (start_on) 05/03/2019. Correct the wrong date (check for swapped day and month) and import again.",
    );
  });

  it("quotes the offending values: dates ISO, amounts as numbers", () => {
    const get = (rule: string, key: string) => findings.find((f) => f.rule === rule && f.key === key)!.values;
    expect(get("dates.end_before_start", "ngo_id=N90")).toEqual({
      start_column: "registered_from",
      start_value: "2018-06-01",
      end_column: "registered_to",
      end_value: "2017-12-31",
    });
    expect(get("agreements.activity_before_signing", "activity_id=AC90")).toEqual({
      agreement_id: "A2",
      done_on: "2019-09-15",
      signed_on: "2019-10-01",
    });
    // 6.000 + 5.000 USD disbursed against 10.000 USD committed, compared in USD as is.
    expect(get("aid.disbursed_over_committed", "project_id=P91")).toEqual({
      currency: "USD",
      converted_to_usd: false,
      committed: 10000,
      disbursed: 11000,
    });
    expect(get("money.missing_rate", "delegation_id=D91")).toEqual({
      amount_column: "cost",
      amount: 500,
      currency: "JPY",
      rate_date: "2019-08-01",
      missing_rates: "JPY",
    });
    // 01/12/2019 → 25/02/2020: 30 + 31 + 25 days.
    expect(get("activities.overdue", "activity_id=AC92")["days_late"]).toBe(86);
    // signed 02/01/2020, due 17/01/2020, 25/02/2020 is 14 + 25 days later.
    expect(get("agreements.not_reported", "agreement_id=A91")).toMatchObject({
      report_due_on: "2020-01-17",
      reported_on: null,
      days_late: 39,
    });
    expect(
      get("published.stock_falls", "indicator=fdi.active_projects, as_of=2022-06-30, source=Thái Nguyên"),
    ).toEqual({
      indicator: "fdi.active_projects",
      unit: "projects",
      previous_on: "2021-12-31",
      previous_value: 170,
      on_date: "2022-06-30",
      value: 150,
      fall: 20,
      recorded_terminations: 0,
    });
    const conflict = findings.find(
      (f) => f.rule === "published.conflicting_figures" && f.key.endsWith("source=Báo Thái Nguyên"),
    )!;
    expect(conflict.values).toMatchObject({
      value: 136,
      other_sources: ["Thái Nguyên"],
      other_values: [135],
    });
    expect(conflict.message.vi).toContain("là 136 projects, nhưng nguồn khác ghi 135 (Thái Nguyên)");
    expect(get("names.likely_duplicate", "partner_id=LPB2")["same_name_as"]).toBe(
      "LPB (Luang Prabang Province)",
    );
  });

  it("runs only the rules asked for", async () => {
    const some = await runChecks(broken, {
      asOf: fixtureAsOf,
      rules: ["activities.overdue", "aid.disbursed_over_committed"],
    });
    expect(byRule(some)).toEqual({
      "aid.disbursed_over_committed": ["project_id=P91"],
      "activities.overdue": ["activity_id=AC92"],
    });
  });

  it("counts lateness from the check date: on 01/07/2020 activity AC3 (due 30/06/2020) is overdue too", async () => {
    const late = await runChecks(broken, { asOf: "2020-07-01", rules: ["activities.overdue"] });
    expect(late.map((f) => f.key).sort()).toEqual(["activity_id=AC3", "activity_id=AC92"]);
  });

  it("rejects an unknown rule and an impossible check date with a bilingual usage error", async () => {
    await expect(runChecks(clean, { rules: ["dates.nope"] })).rejects.toSatisfy(
      (e) =>
        e instanceof DoingoaiError &&
        e.exitCode === 2 &&
        e.text.vi.includes("dates.nope") &&
        e.text.en.includes("dates.nope"),
    );
    await expect(runChecks(clean, { asOf: "2020-02-30" })).rejects.toSatisfy(
      (e) => e instanceof DoingoaiError && e.exitCode === 2,
    );
  });
});
