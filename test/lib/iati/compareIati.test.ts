import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DoingoaiError, exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { compareIati, type IatiComparison } from "../../../src/lib/iati/compareIati.ts";
import { readIatiActivities } from "../../../src/lib/iati/readIatiActivities.ts";
import { foldText, sameOrganisation, titleSimilarity } from "../../../src/lib/iati/textMatch.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";

const fixtures = new URL("../../fixtures/iati/compare/", import.meta.url).pathname;
const donors = ["koica-activities.xml", "jica-activities.xml", "plan-activities.xml"].map((f) =>
  join(fixtures, "donors", f),
);

/** The office of test/fixtures/iati/compare/office (Thái Nguyên, 7 projects), in memory. */
async function office(): Promise<Store> {
  const store = await openStore({ path: ":memory:" });
  await importFiles(store, [join(fixtures, "office")]);
  return store;
}

/** A difference as one line, to compare with the planted list. */
const line = (d: IatiComparison["differences"][number]) =>
  [
    d.projectId ?? "-",
    d.iatiIdentifier ?? "-",
    d.matchedBy ?? "-",
    d.subject,
    d.kind,
    d.office ? `${d.office.date} ${d.office.amount} ${d.office.currency}` : "-",
    d.donor ? `${d.donor.date} ${d.donor.amount} ${d.donor.currency}` : "-",
  ].join(" | ");

describe("iati compare on the hand-written donor files (test/fixtures/iati/compare)", () => {
  let store: Store;
  let result: IatiComparison;
  beforeAll(async () => {
    store = await office();
    result = await compareIati(store, donors);
  }, 60_000);
  afterAll(() => store?.close());

  it("lists exactly the six planted differences, each with both values", () => {
    // Worked by hand from the fixture files (see docs/iati.md, "Fixtures"):
    expect(result.differences.map(line)).toEqual([
      // JICA's commitment is 10% above the office's licence
      "P-JP-1 | XM-DAC-701-8-1800123 | iati_identifier | commitment | amount_differs | 2018-08-20 12000000 JPY | 2018-08-20 13200000 JPY",
      // KOICA's file lacks the third disbursement
      "P-KR-1 | KR-GOV-010-2019-0042 | iati_identifier | disbursement | missing_in_donor | 2021-06-30 400000000 KRW | -",
      // the same disbursement, a month apart
      "P-KR-2 | KR-GOV-010-2020-0107 | rule | disbursement | date_differs | 2020-03-15 300000000 KRW | 2020-04-15 300000000 KRW",
      // Plan's second disbursement is not in the office's records
      "P-PLAN-1 | GB-CHC-276035-VN-2101 | rule | disbursement | missing_in_office | - | 2021-08-15 75000 USD",
      // a Plan project the office licensed that Plan's file does not hold
      "P-PLAN-2 | - | - | activity | missing_in_donor | 2022-09-01 80000 USD | -",
      // a Plan activity in the province the office has no record of
      "- | GB-CHC-276035-VN-2205 | - | activity | missing_in_office | - | 2022-05-01 120000 USD",
    ]);
  });

  it("pairs three projects by iati_identifier and two by the rule, with the title similarity", () => {
    expect(
      result.matches.map((m) => [m.projectId, m.iatiIdentifier, m.matchedBy, m.similarity ?? null]),
    ).toEqual([
      ["P-KR-1", "KR-GOV-010-2019-0042", "iati_identifier", null],
      ["P-JP-1", "XM-DAC-701-8-1800123", "iati_identifier", null],
      ["P-JP-2", "XM-DAC-701-8-1900456", "iati_identifier", null],
      ["P-KR-2", "KR-GOV-010-2020-0107", "rule", 1],
      ["P-PLAN-1", "GB-CHC-276035-VN-2101", "rule", 1],
    ]);
  });

  it("leaves aside the activity in Laos and the two in Hà Giang, and the office's project of an NGO no file speaks for", () => {
    expect(result.activitiesRead).toBe(9);
    expect(result.activitiesInScope).toBe(6);
    expect(result.outOfScope).toEqual({ country: 1, province: 2 });
    expect(result.differences.some((d) => d.projectId === "P-AVI-1")).toBe(false);
  });

  it("takes a 2-day gap and 400000000.00 against 400000000 as equal, but not with a 1-day date tolerance", async () => {
    expect(result.differences.some((d) => d.projectId === "P-JP-2")).toBe(false);
    const strict = await compareIati(store, donors, { dateToleranceDays: 1 });
    const added = strict.differences.filter((d) => !result.differences.some((r) => line(r) === line(d)));
    expect(added.map(line)).toEqual([
      "P-JP-2 | XM-DAC-701-8-1900456 | iati_identifier | disbursement | date_differs | 2019-07-01 4500000 JPY | 2019-07-03 4500000 JPY",
      "P-KR-1 | KR-GOV-010-2019-0042 | iati_identifier | commitment | date_differs | 2019-03-12 1200000000 KRW | 2019-03-10 1200000000 KRW",
    ]);
  });

  it("takes JICA's 10% higher commitment as equal with a 15% amount tolerance", async () => {
    const loose = await compareIati(store, donors, { amountTolerance: 0.15 });
    expect(loose.differences.map(line)).toEqual(
      result.differences.filter((d) => d.kind !== "amount_differs").map(line),
    );
  });

  it("compares only what the given files speak for: JICA's file alone gives JICA's difference, KOICA's alone KOICA's two", async () => {
    const onlyJica = await compareIati(store, [donors[1]!]);
    expect(onlyJica.differences.map((d) => `${d.projectId} ${d.kind}`)).toEqual(["P-JP-1 amount_differs"]);
    const onlyKoica = await compareIati(store, [donors[0]!]);
    expect(onlyKoica.differences.map((d) => `${d.projectId} ${d.subject} ${d.kind}`)).toEqual([
      "P-KR-1 disbursement missing_in_donor",
      "P-KR-2 disbursement date_differs",
    ]);
  });
});

describe("readIatiActivities", () => {
  it("reads a file of 20.000 activities one at a time, with every transaction", async () => {
    const file = join(tempDir("doingoai-iati-big-"), "big.xml");
    const fd = openSync(file, "w");
    writeSync(fd, `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n`);
    for (let i = 0; i < 20_000; i++) {
      writeSync(
        fd,
        `<iati-activity default-currency="USD"><iati-identifier>XX-1-${i}</iati-identifier>` +
          `<reporting-org ref="XX-1" type="21"><narrative>Org</narrative></reporting-org>` +
          `<title><narrative>Activity ${i}</narrative></title><recipient-country code="VN"/>` +
          `<transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">${i}</value></transaction>` +
          `<transaction><transaction-type code="3"/><transaction-date iso-date="2020-02-01"/><value currency="EUR" value-date="2020-02-01">1.5</value></transaction>` +
          `</iati-activity>\n`,
      );
    }
    writeSync(fd, "</iati-activities>\n");
    closeSync(fd);
    let n = 0;
    let committed = 0;
    let disbursedEur = 0;
    for await (const a of readIatiActivities(file)) {
      expect(a.identifier).toBe(`XX-1-${n}`);
      n++;
      for (const t of a.transactions) {
        if (t.type === "2" && t.currency === "USD") committed += t.amount;
        if (t.type === "3" && t.currency === "EUR") disbursedEur += t.amount;
      }
    }
    expect(n).toBe(20_000);
    expect(committed).toBe((19_999 * 20_000) / 2);
    expect(disbursedEur).toBe(30_000);
  });

  async function failure(content: string | null): Promise<DoingoaiError> {
    const file = join(tempDir("doingoai-iati-bad-"), "donor.xml");
    if (content !== null) writeFileSync(file, content);
    try {
      for await (const a of readIatiActivities(file)) void a;
    } catch (error) {
      expect(error).toBeInstanceOf(DoingoaiError);
      return error as DoingoaiError;
    }
    throw new Error("no error");
  }

  it("names the file, line and column of broken XML, in both languages (exit 3)", async () => {
    const e = await failure(
      `<iati-activities version="2.03">\n<iati-activity>\n<iati-identifier>A</iati-identifier>\n</iati-activities>\n`,
    );
    expect(e.exitCode).toBe(exitCodes.invalidData);
    expect(e.text.vi).toMatch(/donor\.xml, dòng 4, cột \d+: không phải XML hợp lệ/);
    expect(e.text.en).toMatch(/donor\.xml, line 4, column \d+: not well-formed XML/);
  });

  it("refuses a file whose root is not iati-activities, and a value that is not a number (exit 3)", async () => {
    const root = await failure(`<iati-organisations version="2.03"></iati-organisations>`);
    expect(root.exitCode).toBe(exitCodes.invalidData);
    expect(root.text.en).toContain("the root element is <iati-organisations>, expected <iati-activities>");
    const value = await failure(
      `<iati-activities version="2.03">\n<iati-activity><iati-identifier>A</iati-identifier>\n<transaction><transaction-type code="3"/><value value-date="2020-01-01">1,5 triệu</value></transaction></iati-activity></iati-activities>`,
    );
    expect(value.text.en).toContain("line 3");
    expect(value.text.en).toContain("transaction value «1,5 triệu» is not a number");
    expect(value.text.vi).toContain("giá trị giao dịch «1,5 triệu» không phải là số");
  });

  it("reports a missing file with exit code 5", async () => {
    const e = await failure(null);
    expect(e.exitCode).toBe(exitCodes.io);
    expect(e.text.en).toMatch(/^Cannot read .*donor\.xml/);
  });
});

describe("the matching rule's text tests", () => {
  it("fold diacritics, đ and punctuation away", () => {
    expect(foldText("Võ Nhai, Thái Nguyên")).toBe("vo nhai thai nguyen");
    expect(foldText("Định Hóa")).toBe("dinh hoa");
  });
  it("take an organisation contained in another as the same when it has two words or more", () => {
    expect(sameOrganisation("Plan International", "Plan International UK")).toBe(true);
    expect(sameOrganisation("Asian Health Institute", "Asian Health Institute (AHI)")).toBe(true);
    expect(sameOrganisation("Plan", "Plan International UK")).toBe(false);
    expect(sameOrganisation("Good Neighbors", "Good Neighbours")).toBe(false);
  });
  it("measure title similarity as the share of words in common", () => {
    expect(
      titleSimilarity(
        "Clean water for ethnic minority communes in Vo Nhai district",
        "Clean Water for Ethnic Minority Communes in Võ Nhai District",
      ),
    ).toBe(1);
    expect(titleSimilarity("Safe schools Dai Tu", "Safe schools Ha Giang")).toBeCloseTo(2 / 6, 10);
    expect(titleSimilarity("", "anything")).toBe(0);
  });
});
