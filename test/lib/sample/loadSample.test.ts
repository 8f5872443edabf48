import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSample } from "../../../src/data/sample/generateSample.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { runCli } from "../../helpers/runCli.ts";

const one = async (store: Store, sql: string) => {
  const [row] = await store.all<{ n: bigint | number }>(sql);
  return Number(row!.n);
};

describe("loadSample", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = tempDir("doingoai-sample-");
    store = await openStore({ path: join(dir, "sample.duckdb") });
    await loadSample(store);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores every generated row of every entity", async () => {
    const data = generateSample();
    for (const [entity, rows] of Object.entries(data)) {
      expect(await one(store, `SELECT count(*) AS n FROM "${entity}"`), entity).toBe(rows.length);
    }
  });

  it("holds the 2019 delegation facts in SQL: 3 inbound from Luang Prabang, 1 leadership visit there, 3 promotion trips", async () => {
    const in2019 = `start_on BETWEEN DATE '2019-01-01' AND DATE '2019-12-31'`;
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM delegations WHERE ${in2019} AND direction = 'inbound' AND country = 'LA'`,
      ),
    ).toBe(3);
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM delegations d JOIN partners p USING (partner_id) JOIN agreements a USING (agreement_id)
         WHERE ${in2019} AND d.direction = 'inbound' AND p.name = 'Luang Prabang Province' AND a.kind = 'mou'`,
      ),
    ).toBe(3);
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM delegations WHERE ${in2019} AND direction = 'outbound' AND partner_id = 'P-LA-LPB' AND level = 'provincial_leadership'`,
      ),
    ).toBe(1);
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM delegations WHERE ${in2019} AND direction = 'outbound' AND purpose = 'investment_promotion'`,
      ),
    ).toBe(3);
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM investment_contacts WHERE year(first_contact_on) = 2019 AND channel = 'inbound_visit'`,
      ),
    ).toBeGreaterThan(0);
  });

  it("holds the 2019 aid, plan and budget facts in SQL, the USD value from the money view's dated rates", async () => {
    const [aid] = await store.all<{ ngos: bigint; usd: number }>(
      `SELECT count(DISTINCT ngo_id) AS ngos, sum(committed_amount_usd) AS usd FROM v_aid_projects WHERE year(approved_on) = 2019`,
    );
    expect(Number(aid!.ngos)).toBe(13);
    expect(aid!.usd).toBeGreaterThan(5_800_000);
    expect(aid!.usd).toBeLessThan(6_000_000);
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM annual_plans WHERE year = 2019 AND approved_on > due_on AND due_on = DATE '2018-12-31'`,
      ),
    ).toBe(1);
    expect(
      await one(
        store,
        `SELECT count(*) AS n FROM budgets WHERE year = 2019 AND line = 'reception' AND spent > allocated`,
      ),
    ).toBe(1);
  });

  it("converts every amount: no money view row lacks its USD value", async () => {
    for (const [view, amount] of [
      ["v_delegations", "cost"],
      ["v_aid_projects", "committed_amount"],
      ["v_aid_disbursements", "amount"],
      ["v_budgets", "allocated"],
    ] as const) {
      expect(
        await one(
          store,
          `SELECT count(*) AS n FROM ${view} WHERE ${amount} IS NOT NULL AND ${amount}_usd IS NULL`,
        ),
        view,
      ).toBe(0);
    }
  });

  it("loading the sample again leaves identical tables", async () => {
    const before = await digest(store);
    const summary = await loadSample(store);
    expect(Object.values(summary.byEntity).every((c) => c.inserted === 0)).toBe(true);
    expect(await digest(store)).toEqual(before);
  });
});

describe("doingoai sample", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("doingoai-sample-cli-");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the sample with --scale and --seed and says how many rows, in Vietnamese by default", async () => {
    const path = join(dir, "scaled.duckdb");
    const r = await runCli(["sample", "--scale", "2", "--seed", "11", "--db", path]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const expected = generateSample({ seed: 11, scale: 2 });
    const total = Object.values(expected).reduce((s, rows) => s + rows.length, 0);
    expect(r.stdout).toContain(`Đã nạp dữ liệu mẫu tổng hợp: ${total.toLocaleString("vi-VN")} dòng.`);
    const store = await openStore({ path });
    try {
      expect(await one(store, `SELECT count(*) AS n FROM delegations`)).toBe(expected.delegations.length);
    } finally {
      store.close();
    }
  });

  it("refuses a scale that is not a positive integer with exit code 2 and a bilingual message", async () => {
    const vi = await runCli(["sample", "--scale", "0", "--db", join(dir, "x.duckdb")]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain("--scale: «0» không hợp lệ");
    const en = await runCli(["sample", "--scale", "abc", "--lang", "en", "--db", join(dir, "x.duckdb")]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("--scale: «abc» is not valid; expected an integer ≥ 1");
  });

  it("has help in both languages", async () => {
    const vi = await runCli(["sample", "--help"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("doingoai sample [--scale N]");
    expect(vi.stdout).toContain("hạt giống");
    const en = await runCli(["sample", "--help", "--lang", "en"]);
    expect(en.stdout).toContain("Load the synthetic sample province");
  });
});
