import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { csvField, protectFormula } from "../../../src/lib/io/csv.ts";
import { exportData, orderedSelect } from "../../../src/lib/io/exportData.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";

// Rows written with plain SQL, deliberately out of key order, with a comma and
// quotes in text, NULLs, a list, a fractional and a non-representable double.
const inserts = `
INSERT INTO exchange_rates VALUES ('2020-12-24', 'USD', 23162, 'NHNN'), ('2019-01-02', 'USD', 23162.5, NULL);
INSERT INTO partners VALUES
  ('LA-LPB', 'Luang Prabang, Lao PDR', NULL, 'locality', 'LA', 'Luang Prabang', 'say "sabaidee"'),
  ('KR-01', 'Gyeonggi', 'Tỉnh Gyeonggi', 'locality', 'KR', NULL, NULL);
INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, expires_on, reported_on, status, areas) VALUES
  ('TT-1', 'Biên bản ghi nhớ', 'LA-LPB', 'mou', '2017-03-15', NULL, '2017-03-28', 'active', ['education', 'culture']),
  ('TT-0', 'Old', 'KR-01', 'agreement', '2010-01-01', '2015-01-01', NULL, 'expired', NULL);
INSERT INTO delegations VALUES
  ('DV-2', 'outbound', '2019-05-01', '2019-05-03', 'LA', 'LA-LPB', NULL, 'provincial_leadership', 'cooperation',
   5, false, 1234.5, 'USD', 'partner', NULL),
  ('DV-1', 'inbound', '2019-04-10', '2019-04-12', 'LA', 'LA-LPB', 'TT-1', 'department', 'culture',
   12, true, 85000000, 'VND', 'provincial_budget', 'Phó Chủ tịch UBND tỉnh');
INSERT INTO published_figures VALUES
  ('fdi.capital_bn_usd', NULL, '2019-06-30', 0.1::DOUBLE + 0.2::DOUBLE, 'bn USD', 'Báo'),
  ('fdi.active_projects', '2019', NULL, 135, 'projects', 'Cục Thống kê'),
  ('fdi.active_projects', NULL, '2017-08-31', 126, 'projects', 'Cục Thống kê');
`;

let store: Store;
beforeAll(async () => {
  store = await openStore({ path: ":memory:" });
  await store.run(inserts);
});
afterAll(() => store.close());

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

describe("CSV export", () => {
  let dir: string;
  let summary: Awaited<ReturnType<typeof exportData>>;
  beforeAll(async () => {
    dir = tempDir("doingoai-export-");
    summary = await exportData(store, dir);
  });

  test("writes one <entity>.csv per entity, empty tables included, and counts the rows", () => {
    expect(summary.files).toEqual(entities.map((e) => join(dir, `${e.name}.csv`)));
    expect(summary.rows).toMatchObject({
      exchange_rates: 2,
      partners: 2,
      agreements: 2,
      delegations: 2,
      ngos: 0,
    });
    expect(read(dir, "ngos.csv")).toBe(
      "\uFEFFngo_id,name,country,registration_no,registered_from,registered_to\n",
    );
  });

  test("orders rows by key, writes ISO dates, plain numbers and empty fields for NULL", () => {
    expect(read(dir, "exchange_rates.csv")).toBe(
      "\uFEFFon,currency,vnd_per_unit,source\n2019-01-02,USD,23162.5,\n2020-12-24,USD,23162,NHNN\n",
    );
  });

  test("quotes text holding commas or quotes", () => {
    expect(read(dir, "partners.csv")).toBe(
      "\uFEFFpartner_id,name,name_vi,kind,country,locality,notes\n" +
        "KR-01,Gyeonggi,Tỉnh Gyeonggi,locality,KR,,\n" +
        'LA-LPB,"Luang Prabang, Lao PDR",,locality,LA,Luang Prabang,"say ""sabaidee"""\n',
    );
  });

  test("joins lists with ;", () => {
    expect(read(dir, "agreements.csv")).toBe(
      "\uFEFFagreement_id,title,partner_id,kind,signed_on,expires_on,reported_on,status,areas,lead_unit\n" +
        "TT-0,Old,KR-01,agreement,2010-01-01,2015-01-01,,expired,,\n" +
        "TT-1,Biên bản ghi nhớ,LA-LPB,mou,2017-03-15,,2017-03-28,active,education;culture,\n",
    );
  });

  test("writes booleans as true/false and decimals as JS prints them", () => {
    expect(read(dir, "delegations.csv")).toBe(
      "\uFEFFdelegation_id,direction,start_on,end_on,country,partner_id,agreement_id,level,purpose,members,in_plan,cost,cost_currency,funding,head\n" +
        "DV-1,inbound,2019-04-10,2019-04-12,LA,LA-LPB,TT-1,department,culture,12,true,85000000,VND,provincial_budget,Phó Chủ tịch UBND tỉnh\n" +
        "DV-2,outbound,2019-05-01,2019-05-03,LA,LA-LPB,,provincial_leadership,cooperation,5,false,1234.5,USD,partner,\n",
    );
  });

  test("orders a key with NULL parts NULL first, and prints 0.1 + 0.2 exactly", () => {
    expect(read(dir, "published_figures.csv")).toBe(
      "\uFEFFindicator,period,as_of,value,unit,source\n" +
        "fdi.active_projects,,2017-08-31,126,projects,Cục Thống kê\n" +
        "fdi.active_projects,2019,,135,projects,Cục Thống kê\n" +
        "fdi.capital_bn_usd,,2019-06-30,0.30000000000000004,bn USD,Báo\n",
    );
  });

  test("the same data exported twice gives the same files", async () => {
    const again = tempDir("doingoai-export-");
    await exportData(store, again);
    for (const e of entities) expect(read(again, `${e.name}.csv`)).toBe(read(dir, `${e.name}.csv`));
  });
});

describe("JSON export", () => {
  test("writes arrays of objects with every column, NULL as null, ISO dates and lists as arrays, and skips empty tables", async () => {
    const dir = tempDir("doingoai-export-");
    const summary = await exportData(store, dir, { format: "json" });
    // empty tables write no JSON file: [] would name no columns
    expect(summary.files).toEqual(
      ["exchange_rates", "partners", "agreements", "delegations", "published_figures"].map((n) =>
        join(dir, `${n}.json`),
      ),
    );
    expect(summary.rows).toMatchObject({ delegations: 2, ngos: 0 });
    expect(read(dir, "exchange_rates.json")).toBe(
      "[\n" +
        '{"on":"2019-01-02","currency":"USD","vnd_per_unit":23162.5,"source":null},\n' +
        '{"on":"2020-12-24","currency":"USD","vnd_per_unit":23162,"source":"NHNN"}\n' +
        "]\n",
    );
    expect(JSON.parse(read(dir, "agreements.json"))).toEqual([
      {
        agreement_id: "TT-0",
        title: "Old",
        partner_id: "KR-01",
        kind: "agreement",
        signed_on: "2010-01-01",
        expires_on: "2015-01-01",
        reported_on: null,
        status: "expired",
        areas: null,
        lead_unit: null,
      },
      {
        agreement_id: "TT-1",
        title: "Biên bản ghi nhớ",
        partner_id: "LA-LPB",
        kind: "mou",
        signed_on: "2017-03-15",
        expires_on: null,
        reported_on: "2017-03-28",
        status: "active",
        areas: ["education", "culture"],
        lead_unit: null,
      },
    ]);
    expect(JSON.parse(read(dir, "delegations.json"))[0]).toMatchObject({
      members: 12,
      in_plan: true,
      cost: 85000000,
    });
    expect(existsSync(join(dir, "ngos.json"))).toBe(false);
  });
});

describe("XLSX export", () => {
  test("writes doingoai.xlsx with a sheet per entity, canonical headers, real dates, numbers and booleans", async () => {
    const dir = tempDir("doingoai-export-");
    const summary = await exportData(store, dir, { format: "xlsx" });
    expect(summary.files).toEqual([join(dir, "doingoai.xlsx")]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "doingoai.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(entities.map((e) => e.name));
    const sheet = workbook.getWorksheet("delegations")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      entities.find((e) => e.name === "delegations")!.columns.map((c) => c.name),
    );
    const dv1 = sheet.getRow(2);
    expect(dv1.getCell(1).value).toBe("DV-1");
    expect(dv1.getCell(3).value).toEqual(new Date(Date.UTC(2019, 3, 10)));
    expect(dv1.getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(dv1.getCell(10).value).toBe(12);
    expect(dv1.getCell(11).value).toBe(true);
    expect(dv1.getCell(12).value).toBe(85000000);
    expect(sheet.getRow(3).getCell(7).value).toBeNull(); // DV-2 has no agreement
    const agreements = workbook.getWorksheet("agreements")!;
    expect(agreements.getRow(3).getCell(9).value).toBe("education;culture");
    expect(workbook.getWorksheet("ngos")!.rowCount).toBe(1);
  });
});

describe("export then import", () => {
  for (const format of ["csv", "json", "xlsx"] as const) {
    test(`${format}: importing the export into an empty database gives identical tables`, async () => {
      const dir = tempDir("doingoai-export-");
      await exportData(store, dir, { format });
      const copy = await openStore({ path: ":memory:" });
      await importFiles(copy, [dir]);
      for (const e of entities) {
        expect(await copy.all(orderedSelect(e)), e.name).toEqual(await store.all(orderedSelect(e)));
      }
      copy.close();
    });
  }
});

describe("JSON export into a folder used before", () => {
  test("removes the file of a table that has become empty, so no deleted rows come back", async () => {
    const db = await openStore({ path: ":memory:" });
    await db.run("INSERT INTO ngos VALUES ('NGO-1', 'Save the Children', 'GB', NULL, NULL, NULL)");
    const dir = tempDir("doingoai-export-");
    await exportData(db, dir, { format: "json" });
    expect(existsSync(join(dir, "ngos.json"))).toBe(true);
    await db.run("DELETE FROM ngos");
    await exportData(db, dir, { format: "json" });
    expect(existsSync(join(dir, "ngos.json"))).toBe(false);
    db.close();
  });
});

describe("CSV quoting done in SQL", () => {
  test("protects and quotes exactly the text that protectFormula and the RFC 4180 rule of csvField do, for any text", async () => {
    const names = fc.sample(
      fc.oneof(
        fc.string({ minLength: 1, maxLength: 12, unit: "binary" }),
        fc.constantFrom(
          " Leading",
          "Trailing ",
          "Line\nbreak",
          "CR\rhere",
          'a "quote"',
          "simple s",
          "tab\t",
          "\u00a0nbsp",
          "ș ă ơ",
          "=SUM(A1:A3)",
          "+84 912",
          "-5",
          "@cmd",
          "\tindent",
          "\rreturn",
          "'=already",
          "''+two",
          "'plain",
          "a=b",
        ),
      ),
      { numRuns: 300, seed: 42 },
    );
    const db = await openStore({ path: ":memory:" });
    for (const [i, name] of names.entries()) {
      await db.run("INSERT INTO partners VALUES ($1, $2, NULL, 'other', 'VN', NULL, NULL)", [
        `P${String(i).padStart(4, "0")}`,
        name,
      ]);
    }
    const dir = tempDir("doingoai-export-");
    await exportData(db, dir);
    const expected = names
      .map((name, i) => `P${String(i).padStart(4, "0")},${csvField(protectFormula(name))},,other,VN,,\n`)
      .join("");
    expect(read(dir, "partners.csv")).toBe(
      "\uFEFFpartner_id,name,name_vi,kind,country,locality,notes\n" + expected,
    );
    db.close();
  });
});
