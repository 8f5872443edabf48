import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

type JsonRow = Record<string, string | number | null>;

async function indicatorsJson(args: string[]): Promise<JsonRow[]> {
  const { code, stdout } = await runCli(["indicators", "--db", db, "--format", "json", ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as JsonRow[];
}

let db: string;
beforeAll(async () => {
  db = join(tempDir(), "sample.duckdb");
  const store = await openStore({ path: db });
  await loadSample(store);
  store.close();
});

describe("doingoai indicators on the sample province (the Thái Nguyên review of 2019)", () => {
  it("reports 3 investment-promotion trips, 13 NGOs licensed and just under 6 million USD committed", async () => {
    const rows = await indicatorsJson(["--period", "2019"]);
    const value = (id: string) => rows.find((r) => r["indicator"] === id)?.["value"];
    expect(value("investment.promotion_trips")).toBe(3);
    expect(value("aid.ngos_licensed")).toBe(13);
    const committed = value("aid.committed_usd") as number;
    expect(committed).toBeLessThan(6_000_000);
    expect(committed).toBeGreaterThan(5_500_000);
    expect(rows.find((r) => r["indicator"] === "aid.committed_usd")?.["unit"]).toBe("USD");
  });

  it("reports 3 inbound delegations from LA, split by country or filtered", async () => {
    const split = await indicatorsJson([
      "--period",
      "2019",
      "--by",
      "country",
      "--indicator",
      "delegations.inbound",
    ]);
    expect(split.find((r) => r["country"] === "LA")?.["value"]).toBe(3);
    const filtered = await indicatorsJson(["--period", "2019", "--where", "country=LA"]);
    expect(filtered.find((r) => r["indicator"] === "delegations.inbound")?.["value"]).toBe(3);
    // and the 1 delegation sent there
    expect(filtered.find((r) => r["indicator"] === "delegations.outbound")?.["value"]).toBe(1);
  });
});
