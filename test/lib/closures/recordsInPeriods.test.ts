// Which records a closed period holds (src/lib/closures/recordsInPeriods.ts), on a real DuckDB
// database of another province (Cao Bằng, 2023–2024, test/helpers/databaseVariants.ts).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityByName } from "../../../src/data/entities.ts";
import type { Entity } from "../../../src/data/defineEntity.ts";
import { closePeriod } from "../../../src/lib/closures/closePeriod.ts";
import { recordsInPeriods } from "../../../src/lib/closures/recordsInPeriods.ts";
import { reopenPeriod } from "../../../src/lib/closures/reopenPeriod.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { createVariantDatabase } from "../../helpers/databaseVariants.ts";
import { tempDir } from "../../helpers/fixtures.ts";

let store: Store;
beforeAll(async () => {
  const db = join(tempDir("doingoai-closures-"), "db.duckdb");
  await createVariantDatabase(db, "otherProvince");
  store = await openStore({ path: db });
});
afterAll(() => store.close());

const held = async (table: string, periods: string[]) =>
  (await recordsInPeriods(store, entityByName(table) as Entity, `SELECT * FROM "${table}"`, periods)).map(
    (r) => `${r.key} ${r.period}`,
  );

describe("the records a closed period holds", () => {
  it("a year holds the records dated in it by their own date; a half-year only those of its six months", async () => {
    // 2024's delegations start 05/03 and 02/10 (D-2024-1, D-2024-2)
    expect(await held("delegations", ["2024"])).toEqual(["D-2024-1 2024", "D-2024-2 2024"]);
    expect(await held("delegations", ["2024H1"])).toEqual(["D-2024-1 2024H1"]);
    expect(await held("delegations", ["2024H2"])).toEqual(["D-2024-2 2024H2"]);
    expect(await held("delegations", ["2025"])).toEqual([]);
  });

  it("yearly records (budgets, plans) belong to their whole year: a closed year holds them, a closed half does not", async () => {
    expect(await held("budgets", ["2024"])).toEqual(["2024 | reception 2024"]);
    expect(await held("budgets", ["2024H1"])).toEqual([]);
    expect(await held("annual_plans", ["2023"])).toEqual(["2023 2023"]);
  });

  it("an activity is held by the day it was done and by the day it was due; an exchange rate by its day", async () => {
    // AC-2024-1 done 20/08/2024, due 01/09/2024; AC-2024-2 planned, due 01/11/2024
    expect(await held("agreement_activities", ["2024H2"])).toEqual(["AC-2024-1 2024H2", "AC-2024-2 2024H2"]);
    expect(await held("agreement_activities", ["2024H1"])).toEqual([]);
    expect(await held("exchange_rates", ["2024H1"])).toEqual([
      "2024-01-01 | EUR 2024H1",
      "2024-01-01 | USD 2024H1",
    ]);
    // tables without a date (partners, NGOs) are never held
    expect(await held("partners", ["2024"])).toEqual([]);
  });

  it("closing a year closes its halves, not the other way round; reopening needs a reason and names the year holding a half", async () => {
    const close = (period: string) =>
      closePeriod(store, { period, by: "Nguyễn Văn A", reportNumber: "1/BC", reportDate: "2024-07-15" });
    const h1 = await close("2023H1");
    expect(h1.figures.map((f) => f.indicator)).toContain("delegations.inbound");
    await expect(close("2023H1")).rejects.toThrow(
      /Kỳ 2023H1 đã khóa sổ .* \/ Period 2023H1 is already closed/,
    );
    await close("2024");
    await expect(close("2024H2")).rejects.toThrow(/khóa kỳ 2024 ngày/);
    await expect(reopenPeriod(store, { period: "2024H2", by: "B", reason: "x" })).rejects.toThrow(
      /held by the closed year 2024/,
    );
    await expect(reopenPeriod(store, { period: "2024", by: "B", reason: " " })).rejects.toThrow(/--reason/);
    const reopened = await reopenPeriod(store, { period: "2024", by: "B", reason: "Sửa" });
    expect(reopened.reopenReason).toBe("Sửa");
    await expect(close("2024H2")).resolves.toMatchObject({ period: "2024H2", reopenedChange: null });
  });
});
