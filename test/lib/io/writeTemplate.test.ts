import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { templateWorkbookName, writeTemplate } from "../../../src/lib/io/writeTemplate.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";

const cache = new Map<string, Promise<{ dir: string; workbook: ExcelJS.Workbook }>>();

/** The template written to a fresh folder and read back; written once per language (tests that change it write their own copy). */
function readTemplate(lang?: "vi" | "en"): Promise<{ dir: string; workbook: ExcelJS.Workbook }> {
  const key = lang ?? "default";
  if (!cache.has(key)) cache.set(key, writeAndRead(lang));
  return cache.get(key)!;
}

async function writeAndRead(lang?: "vi" | "en"): Promise<{ dir: string; workbook: ExcelJS.Workbook }> {
  const dir = tempDir("doingoai-template-");
  const files = await writeTemplate(dir, lang === undefined ? {} : { lang });
  expect(files).toEqual([join(dir, templateWorkbookName)]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(files[0]!);
  return { dir, workbook };
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (typeof note === "string") return note;
  return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join("");
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

describe("the XLSX template", () => {
  test("has the guide sheet first, then the office sheet, then one sheet per entity named as the entity, in write order", async () => {
    const { workbook } = await readTemplate();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "huong_dan",
      "office",
      ...entities.map((e) => e.name),
    ]);
  });

  test("row 1 holds '<Vietnamese label> (<name>)' for every column, in schema order", async () => {
    const { workbook } = await readTemplate();
    const partners = workbook.getWorksheet("partners")!;
    expect(partners.getRow(1).getCell(1).value).toBe("Mã đối tác (partner_id)");
    expect(partners.getRow(1).getCell(2).value).toBe("Tên (name)");
    for (const entity of entities) {
      const row = workbook.getWorksheet(entity.name)!.getRow(1);
      const headers = entity.columns.map((_, i) => row.getCell(i + 1).value);
      expect(headers).toEqual(entity.columns.map((c) => `${c.label.vi} (${c.name})`));
      expect(row.getCell(entity.columns.length + 1).value).toBeNull();
    }
  });

  test("with lang en the labels are English and the name stays in brackets", async () => {
    const { workbook } = await readTemplate("en");
    expect(workbook.getWorksheet("partners")!.getRow(1).getCell(1).value).toBe("Partner id (partner_id)");
    expect(workbook.getWorksheet("delegations")!.getRow(1).getCell(11).value).toBe("In plan (in_plan)");
  });

  test("each header cell has a note with the description in Vietnamese and English", async () => {
    const { workbook } = await readTemplate();
    const cell = workbook.getWorksheet("delegations")!.getRow(1).getCell(11); // in_plan
    const note = noteText(cell);
    expect(note).toContain("Có trong kế hoạch đối ngoại năm được phê duyệt (true/false)");
    expect(note).toContain("Listed in the approved annual plan (true/false)");
    expect(note.indexOf("Có trong kế hoạch")).toBeLessThan(note.indexOf("Listed in"));
    for (const entity of entities) {
      const row = workbook.getWorksheet(entity.name)!.getRow(1);
      entity.columns.forEach((c, i) => {
        const text = noteText(row.getCell(i + 1));
        expect(text).toContain(c.description.vi);
        expect(text).toContain(c.description.en);
      });
    }
  });

  test("the list column areas notes its allowed values", async () => {
    const { workbook } = await readTemplate();
    const note = noteText(workbook.getWorksheet("agreements")!.getRow(1).getCell(9));
    expect(note).toContain(
      "trade; investment; education; health; culture; tourism; agriculture; labour; other",
    );
    expect(note).toContain("(separated by ;)");
  });

  test("enum and boolean columns have dropdown lists on rows 2 to 1000", async () => {
    const { workbook } = await readTemplate();
    const model = validations(workbook.getWorksheet("delegations")!);
    // B = direction, H = level, K = in_plan, N = funding (optional)
    expect(model["B2"]).toMatchObject({ type: "list", formulae: ['"inbound,outbound"'] });
    expect(model["B2"]!.allowBlank ?? false).toBe(false); // required: a blank is not offered
    expect(model["B1000"]).toMatchObject({ type: "list", formulae: ['"inbound,outbound"'] });
    expect(model["B1"]).toBeUndefined();
    expect(model["B1001"]).toBeUndefined();
    expect(model["H500"]).toMatchObject({
      type: "list",
      formulae: ['"provincial_leadership,department,district_or_commune,business,people,other"'],
    });
    expect(model["K2"]).toMatchObject({ type: "list", formulae: ['"true,false"'], errorStyle: "warning" });
    expect(model["B2"]).toMatchObject({ errorStyle: "stop" }); // an enum code must match exactly
    expect(model["N2"]).toMatchObject({ type: "list", allowBlank: true });
    expect(model["A2"]).toBeUndefined(); // delegation_id: free text
    // members ≥ 1 (J), a whole number
    expect(model["J2"]).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [1],
      errorStyle: "warning",
    });
  });

  test("every enum column of every entity has its dropdown", async () => {
    const { workbook } = await readTemplate();
    for (const entity of entities) {
      const model = validations(workbook.getWorksheet(entity.name)!);
      entity.columns.forEach((c, i) => {
        if (c.kind !== "enum") return;
        const letter = workbook.getWorksheet(entity.name)!.getColumn(i + 1).letter;
        expect(model[`${letter}2`]?.formulae).toEqual([`"${c.values!.join(",")}"`]);
      });
    }
  });

  test("the guide explains every column of every entity with its Vietnamese header, requirement and example", async () => {
    const { workbook } = await readTemplate();
    const guide = workbook.getWorksheet("huong_dan")!;
    const rows: string[][] = [];
    guide.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))),
      );
    });
    expect(rows[0]![0]).toBe("Hướng dẫn nhập dữ liệu doingoai / doingoai data entry guide");
    for (const entity of entities) {
      expect(
        rows.some((r) => r[0]!.startsWith(`${entity.name} — ${entity.label.vi} / ${entity.label.en}`)),
      ).toBe(true);
    }
    const members = rows.find((r) => r[0] === "members" && r[1] === "số thành viên")!;
    expect(members).toEqual([
      "members",
      "số thành viên",
      "Bắt buộc / Required",
      "Số nguyên / Whole number",
      "≥ 1",
      "Số người trong đoàn (≥ 1)",
      "Number of people (≥ 1)",
      "12",
    ]);
    const currency = rows.find((r) => r[0] === "cost_currency")!;
    expect(currency[2]).toBe("Không bắt buộc (mặc định VND) / Optional (default VND)");
    const direction = rows.find((r) => r[0] === "direction")!;
    expect(direction[4]).toBe("inbound, outbound");
    const sector = rows.find((r) => r[0] === "12220")!;
    expect(sector).toEqual([
      "12220",
      "122 Y tế cơ bản / Basic health",
      "Chăm sóc sức khỏe cơ bản",
      "Basic health care",
    ]);
    expect(rows.find((r) => r[0] === "15121")).toEqual([
      "15121",
      "151 Chính phủ và xã hội dân sự, tổng quát / Government and civil society, general",
      "",
      "Foreign affairs",
    ]);
    expect(rows.find((r) => r[0] === "15120")).toEqual([
      "15120",
      "151 Chính phủ và xã hội dân sự, tổng quát / Government and civil society, general",
      "",
      "Public sector financial management",
      "ngừng dùng từ 28/02/2020, vẫn nhận cho bản ghi cũ / withdrawn 28/02/2020, still accepted for older records",
    ]);
    expect(rows.find((r) => r[0] === "LA")).toEqual(["LA", "Lào", "Laos"]);
    expect(rows.find((r) => r[0] === "sector")![4]).toBe(
      "Mã DAC 5 chữ số: xem bảng mã cuối hướng dẫn / DAC 5-digit code: see the code list at the end of the guide",
    );
    const count = entities.reduce((n, e) => n + e.columns.length, 0);
    const columnRows = rows.filter((r) =>
      entities.some((e) => e.columns.some((c) => c.name === r[0] && c.vi === r[1])),
    );
    expect(columnRows).toHaveLength(count);
  });

  test("imports cleanly as it is, empty", async () => {
    const { dir } = await readTemplate();
    const store = await openStore({ path: ":memory:" });
    const summary = await importFiles(store, [join(dir, templateWorkbookName)]);
    for (const c of Object.values(summary.byEntity)) expect(c.rows).toBe(0);
    store.close();
  });

  test("filled in as an office would (Vietnamese numbers, Excel dates, dropdown values), imports cleanly", async () => {
    const { dir, workbook } = await writeAndRead();
    workbook.getWorksheet("exchange_rates")!.addRow([new Date(Date.UTC(2019, 0, 2)), "USD", "23.162,00"]);
    workbook
      .getWorksheet("partners")!
      .addRow(["LA-LPB", "Luang Prabang", "Tỉnh Luông Pha Băng", "locality", "LA"]);
    workbook
      .getWorksheet("agreements")!
      .addRow([
        "TT-1",
        "Biên bản ghi nhớ",
        "LA-LPB",
        "mou",
        "15/03/2017",
        null,
        null,
        "active",
        "education;culture",
      ]);
    workbook
      .getWorksheet("delegations")!
      .addRow([
        "DV-1",
        "inbound",
        new Date(Date.UTC(2019, 3, 10)),
        "12/04/2019",
        "LA",
        "LA-LPB",
        "TT-1",
        "provincial_leadership",
        "cooperation",
        12,
        true,
        "85.000.000",
        "VND",
        "provincial_budget",
        "Phó Chủ tịch UBND tỉnh",
      ]);
    const path = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(path);
    const store = await openStore({ path: ":memory:" });
    await importFiles(store, [path]);
    const [d] = await store.all<Record<string, unknown>>(
      "SELECT start_on, end_on, members, in_plan, cost, cost_currency FROM delegations",
    );
    expect(d).toEqual({
      start_on: new Date(Date.UTC(2019, 3, 10)),
      end_on: new Date(Date.UTC(2019, 3, 12)),
      members: 12,
      in_plan: true,
      cost: 85_000_000,
      cost_currency: "VND",
    });
    const [a] = await store.all<{ areas: string[] }>("SELECT areas FROM agreements");
    expect(a!.areas).toEqual(["education", "culture"]);
    store.close();
  });
});

describe("the CSV template", () => {
  test("writes office.csv, one header-only <entity>.csv per entity, UTF-8 with BOM, and a README", async () => {
    const dir = tempDir("doingoai-template-");
    const files = await writeTemplate(dir, { format: "csv" });
    expect(files).toEqual([
      join(dir, "office.csv"),
      ...entities.map((e) => join(dir, `${e.name}.csv`)),
      join(dir, "README.txt"),
    ]);
    expect(readFileSync(join(dir, "office.csv"), "utf8")).toBe(
      "\uFEFFmã cơ quan (office_id),tỉnh (province),tỉnh (tiếng Anh) (province_en),cơ quan chủ trì (agency),cơ quan chủ trì (tiếng Anh) (agency_en),ký hiệu cơ quan (agency_code),ký hiệu số văn bản (number_symbol),thẩm quyền ký (signer_authority),chức vụ người ký (signer_title),họ tên người ký (signer_name),nơi nhận (recipients)\n",
    );
    const partners = readFileSync(join(dir, "partners.csv"), "utf8");
    expect(partners).toBe(
      "\uFEFFMã đối tác (partner_id),Tên (name),Tên tiếng Việt (name_vi),Loại đối tác (kind),Quốc gia (country),Địa phương (locality),Ghi chú (notes)\n",
    );
    for (const entity of entities) {
      const text = readFileSync(join(dir, `${entity.name}.csv`), "utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.split("\n")).toHaveLength(2); // one line, then the final newline
    }
  });

  test("the README explains every entity and column in Vietnamese and English", async () => {
    const dir = tempDir("doingoai-template-");
    await writeTemplate(dir, { format: "csv" });
    const readme = readFileSync(join(dir, "README.txt"), "utf8");
    expect(
      readme.startsWith(
        "Hướng dẫn nhập dữ liệu doingoai (mẫu CSV) / doingoai data entry guide (CSV template)",
      ),
    ).toBe(true);
    expect(readme).toContain(
      "\n  12220 | 122 Y tế cơ bản / Basic health | Chăm sóc sức khỏe cơ bản | Basic health care\n",
    );
    expect(readme).toContain("\n  LA | Lào | Laos\n");
    for (const entity of entities) {
      expect(readme).toContain(`${entity.name} — ${entity.label.vi} / ${entity.label.en}`);
      for (const c of entity.columns) {
        expect(readme).toContain(`\n  ${c.name}\n`);
        expect(readme).toContain(c.description.vi);
        expect(readme).toContain(c.description.en);
      }
    }
  });

  test("filled in, imports cleanly through its combined headers", async () => {
    const dir = tempDir("doingoai-template-");
    await writeTemplate(dir, { format: "csv" });
    const path = join(dir, "partners.csv");
    const header = readFileSync(path, "utf8");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, header + 'LA-LPB,"Luang Prabang, Lao PDR",,locality,LA,,\n');
    const store = await openStore({ path: ":memory:" });
    await importFiles(store, [dir]);
    expect(await store.all("SELECT partner_id, name, kind, country FROM partners")).toEqual([
      { partner_id: "LA-LPB", name: "Luang Prabang, Lao PDR", kind: "locality", country: "LA" },
    ]);
    store.close();
  });
});
