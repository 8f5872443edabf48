import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { officeDataset } from "../../../src/dashboards/data/datasets/office.ts";
import { mergerNoteText } from "../../../src/dashboards/components/mergerNote.ts";
import { computeIndicators } from "../../../src/lib/indicators/index.ts";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { setOfficeMerge } from "../../../src/lib/office/officeMerges.ts";
import { setOfficeProfile } from "../../../src/lib/office/officeProfileStore.ts";
import { writeCombinedDatabase } from "../../../src/lib/rollup/writeCombinedDatabase.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { createVariantDatabase, otherOffice } from "../../helpers/databaseVariants.ts";
import { tempDir } from "../../helpers/fixtures.ts";

const profile = (office_id: string, province: string) => ({
  ...otherOffice,
  recipients: [...otherOffice.recipients],
  office_id,
  province,
});

// Home: the "oneYear" variant (2024 only; k = 0, so 3 delegations: 2 inbound, 1 outbound) as Thái Nguyên,
// which absorbed Bắc Kạn on 01/07/2025. Bắc Kạn: the "otherProvince" variant (2023: 3 delegations,
// 2 inbound; 2024: 2 delegations, 1 inbound), exported as Parquet.
describe("writeCombinedDatabase (doingoai build --also)", () => {
  let home: string;
  let absorbed: string;
  beforeAll(async () => {
    home = join(tempDir("doingoai-combined-"), "home.duckdb");
    await createVariantDatabase(home, "oneYear");
    const h = await openStore({ path: home });
    await setOfficeProfile(h, profile("thai-nguyen", "Thái Nguyên"));
    await setOfficeMerge(h, {
      office_id: "thai-nguyen",
      absorbed_office_id: "bac-kan",
      absorbed_province: "Bắc Kạn",
      merged_on: "2025-07-01",
    });
    h.close();
    const bk = join(tempDir("doingoai-combined-"), "bac-kan.duckdb");
    await createVariantDatabase(bk, "otherProvince");
    const b = await openStore({ path: bk });
    await setOfficeProfile(b, profile("bac-kan", "Bắc Kạn"));
    absorbed = tempDir("doingoai-combined-");
    await exportData(b, absorbed, { format: "parquet" });
    b.close();
  }, 60_000);

  it("holds both offices' records (absorbed ids as bac-kan:id), the home profile and merges, and leaves home untouched", async () => {
    const out = join(tempDir("doingoai-combined-"), "combined.duckdb");
    expect(await writeCombinedDatabase(home, [absorbed], out)).toEqual(["thai-nguyen", "bac-kan"]);
    const store = await openStore({ path: out, readOnly: true });
    const ids = await store.all<{ id: string }>("SELECT delegation_id AS id FROM delegations ORDER BY 1");
    expect(ids.map((r) => r.id)).toEqual([
      "D-2024-1", "D-2024-2", "D-2024-3",
      "bac-kan:D-2023-1", "bac-kan:D-2023-2", "bac-kan:D-2023-3", "bac-kan:D-2024-1", "bac-kan:D-2024-2",
    ]); // prettier-ignore
    const r = await computeIndicators(store, {
      periods: ["2023", "2024"],
      indicators: ["delegations.inbound"],
    });
    expect(r.rows.map((x) => x.value)).toEqual([2, 2 + 1]);
    const site = await officeDataset.build(store);
    expect(site.merges).toEqual([
      {
        absorbed_office_id: "bac-kan",
        absorbed_province: "Bắc Kạn",
        merged_on: "2025-07-01",
        included: true,
      },
    ]);
    store.close();
    const h = await openStore({ path: home, readOnly: true });
    const [n] = await h.all<{ n: bigint }>("SELECT count(*) AS n FROM delegations");
    expect(Number(n!.n)).toBe(3);
    expect((await officeDataset.build(h)).merges[0]!.included).toBe(false);
    h.close();
  });

  it("the pages' note says where the series cross the merger, in both languages", () => {
    const merge = { absorbed_office_id: "bac-kan", absorbed_province: "Bắc Kạn", merged_on: "2025-07-01" };
    expect(mergerNoteText({ ...merge, included: true }, "Thái Nguyên", "vi")).toContain(
      "Bắc Kạn sáp nhập vào Thái Nguyên từ 01/07/2025. Các chuỗi số liệu gồm cả số liệu của Bắc Kạn",
    );
    expect(mergerNoteText({ ...merge, included: true }, "Thai Nguyen", "en")).toContain(
      "so the series compare across 2025, the year they cross the merger",
    );
    expect(mergerNoteText({ ...merge, included: false }, "Thái Nguyên", "vi")).toContain(
      "chuỗi số liệu đổi phạm vi trong năm 2025",
    );
    expect(mergerNoteText({ ...merge, included: false }, "Thai Nguyen", "en")).toContain(
      "doingoai build --also",
    );
  });
});
