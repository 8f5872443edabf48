import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DoingoaiError } from "../../../src/lib/DoingoaiError.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { writeTemplate } from "../../../src/lib/io/writeTemplate.ts";
import { getOfficeProfile, setOfficeProfile } from "../../../src/lib/office/officeProfileStore.ts";
import { buildReviewData } from "../../../src/lib/report/buildReviewData.ts";
import { renderReport } from "../../../src/lib/report/renderReport.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { createVariantDatabase, otherOffice } from "../../helpers/databaseVariants.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { documentText, unzipDocx } from "../report/golden.ts";

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = tempDir("doingoai-office-");
  await createVariantDatabase(join(dir, "office.duckdb"), "oneYear");
  store = await openStore({ path: join(dir, "office.duckdb") });
});
afterAll(() => store?.close());

/** Every text of the 2024 review of `store`: Markdown, HTML and the Word document's text, in both languages. */
async function reportTexts(s: Store): Promise<string[]> {
  const data = await buildReviewData(s, { year: 2024 });
  const out: string[] = [];
  for (const lang of ["vi", "en"] as const) {
    out.push(String(await renderReport(data, { lang, format: "md" })));
    out.push(String(await renderReport(data, { lang, format: "html" })));
    const docx = (await renderReport(data, { lang, format: "docx" })) as Buffer;
    out.push(documentText((await unzipDocx(docx)).get("word/document.xml")!));
  }
  return out;
}

describe("office profile", () => {
  it("a database without a profile has none, and its report uses neutral wording, never a province's name", async () => {
    expect(await getOfficeProfile(store)).toBeNull();
    const [md, html, docx, mdEn] = await reportTexts(store);
    expect(md).toContain("ỦY BAN NHÂN DÂN TỈNH [TÊN TỈNH]");
    expect(md).toContain("[CƠ QUAN CHỦ TRÌ]");
    expect(md).toContain("[tên tỉnh], ngày 25 tháng 02 năm 2025");
    expect(docx).toContain("ỦY BAN NHÂN DÂN / TỈNH [TÊN TỈNH]");
    expect(mdEn).toContain("PEOPLE'S COMMITTEE OF [PROVINCE]");
    for (const text of [md, html, docx, mdEn]) expect(text).not.toMatch(/Thái Nguyên|THÁI NGUYÊN/);
  });

  it("setOfficeProfile stores a profile that getOfficeProfile returns, recipients in order", async () => {
    await setOfficeProfile(store, { ...otherOffice, recipients: [...otherOffice.recipients] });
    const got = await getOfficeProfile(store);
    expect(got).toEqual({ ...otherOffice, recipients: [...otherOffice.recipients] });
    expect(await getOfficeProfile(store, { officeId: "nowhere" })).toBeNull();
  });

  it("another province's profile heads the report (md, html, docx, vi and en): number symbol, signer, recipients; no Thái Nguyên anywhere", async () => {
    const texts = await reportTexts(store);
    const [md, html, docx, mdEn] = texts;
    expect(md).toContain("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG");
    expect(md).toContain("SỞ NGOẠI VỤ TỈNH CAO BẰNG");
    expect(md).toContain("Số: …/BC-SNgV");
    expect(md).toContain("Cao Bằng, ngày 25 tháng 02 năm 2025");
    expect(md).toContain("**KT. GIÁM ĐỐC**");
    expect(md).toContain("**PHÓ GIÁM ĐỐC**");
    expect(md).toContain("**Hoàng Văn Mẫu**");
    expect(md).toContain("- Bộ Ngoại giao;");
    expect(html).toContain("<p>ỦY BAN NHÂN DÂN</p><p>TỈNH CAO BẰNG</p>");
    expect(docx).toContain("ỦY BAN NHÂN DÂN / TỈNH CAO BẰNG / SỞ NGOẠI VỤ TỈNH CAO BẰNG / Số: …/BC-SNgV");
    expect(docx).toContain("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Hoàng Văn Mẫu");
    expect(mdEn).toContain("PEOPLE'S COMMITTEE OF CAO BẰNG PROVINCE");
    expect(mdEn).toContain("CAO BANG DEPARTMENT OF FOREIGN AFFAIRS");
    for (const text of texts) {
      expect(text).not.toMatch(/Thái Nguyên|THÁI NGUYÊN|Thai Nguyen/);
      expect(text).not.toContain("DỮ LIỆU MẪU");
    }
  });

  it("refuses an invalid profile naming each bad field in both languages (exit code 3), keeping the stored one", async () => {
    const error = await setOfficeProfile(store, {
      office_id: "a b",
      province: "",
      agency: "x",
      agency_code: "",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DoingoaiError);
    expect((error as DoingoaiError).exitCode).toBe(3);
    expect((error as DoingoaiError).say("vi")).toContain("mã cơ quan (office_id) «a b» không hợp lệ");
    expect((error as DoingoaiError).say("en")).toContain("province (province) «» is not valid");
    expect((error as DoingoaiError).say("en")).toContain("agency code (agency_code)");
    expect((await getOfficeProfile(store))?.province).toBe("Cao Bằng");
  });

  it("the template carries the office's profile in its office sheet, and importing the template stores it in another database", async () => {
    const office = await getOfficeProfile(store);
    const out = join(dir, "template");
    const [xlsx] = await writeTemplate(out, { office });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx!);
    const sheet = workbook.getWorksheet("office")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("tỉnh (province)");
    expect(sheet.getRow(2).getCell(2).value).toBe("Cao Bằng");
    expect(workbook.getWorksheet("huong_dan")!.getRow(1).getCell(1).value).toContain("Cao Bằng");
    const other = await openStore({ path: join(dir, "other.duckdb") });
    try {
      const summary = await importFiles(other, [xlsx!]);
      expect(summary.byEntity["office"]).toEqual({ rows: 1, inserted: 1, updated: 0, keptColumns: [] });
      expect(await getOfficeProfile(other)).toEqual(office);
    } finally {
      other.close();
    }
    const [csv] = await writeTemplate(join(dir, "csv"), { format: "csv", office });
    expect(readFileSync(csv!, "utf8")).toContain("cao-bang,Cao Bằng,,Sở Ngoại vụ tỉnh Cao Bằng");
    for (const path of [csv!]) expect(readFileSync(path, "utf8")).not.toMatch(/Thái Nguyên/);
  });

  it("an office sheet missing a required field is refused with its file, sheet, row and column, and nothing is written", async () => {
    const out = join(dir, "bad");
    const [xlsx] = await writeTemplate(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx!);
    workbook.getWorksheet("office")!.addRow(["lao-cai", "Lào Cai", "", "Sở Ngoại vụ"]);
    await workbook.xlsx.writeFile(xlsx!);
    const other = await openStore({ path: join(dir, "bad.duckdb") });
    try {
      const error = await importFiles(other, [xlsx!]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DoingoaiError);
      const text = (error as DoingoaiError).say("en");
      expect(text).toMatch(/doingoai-template\.xlsx.*office.*2.*agency_code/s);
      expect(await getOfficeProfile(other)).toBeNull();
    } finally {
      other.close();
    }
  });
});
