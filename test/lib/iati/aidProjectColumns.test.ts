import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

describe("aid_projects.iati_identifier and title_en", () => {
  it("import by their Vietnamese headers (mã IATI, tên dự án tiếng Anh), stay optional, and export back in place beside project_id and title", async () => {
    const dir = tempDir("doingoai-iati-cols-");
    for (const f of ["ngos.csv", "exchange_rates.csv"]) copyFileSync(join(validFolder, f), join(dir, f));
    writeFileSync(
      join(dir, "aid_projects.csv"),
      [
        "mã dự án,mã IATI,mã tổ chức,tên dự án,tên dự án tiếng Anh,lĩnh vực,ngày phê duyệt,giá trị cam kết,loại tiền,trạng thái",
        "P9,KR-GOV-010-2019-0042,N1,Nước sạch,Clean water,14030,15/04/2019,250000,USD,ongoing",
        "P10,,N2,Y tế cơ sở,,12220,20/06/2019,1000,USD,approved",
      ].join("\n") + "\n",
    );
    const store = await openStore({ path: ":memory:" });
    try {
      await importFiles(store, [dir]);
      expect(
        await store.all("SELECT project_id, iati_identifier, title, title_en FROM v_aid_projects ORDER BY 1"),
      ).toEqual([
        { project_id: "P10", iati_identifier: null, title: "Y tế cơ sở", title_en: null },
        {
          project_id: "P9",
          iati_identifier: "KR-GOV-010-2019-0042",
          title: "Nước sạch",
          title_en: "Clean water",
        },
      ]);
      const out = tempDir("doingoai-iati-cols-out-");
      await exportData(store, out);
      const lines = readFileSync(join(out, "aid_projects.csv"), "utf8")
        .replace(/^\uFEFF/, "")
        .split("\n");
      expect(lines[0]).toBe(
        "project_id,iati_identifier,ngo_id,title,title_en,sector,location,approved_on,start_on,end_on,committed_amount,currency,status",
      );
      expect(lines[2]).toBe(
        "P9,KR-GOV-010-2019-0042,N1,Nước sạch,Clean water,14030,,2019-04-15,,,250000,USD,ongoing",
      );
    } finally {
      store.close();
    }
  });
});
