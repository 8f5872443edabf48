import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/ImportError.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

// Files made by other tools from the valid fixture data (scripts/makeImportFixtures.py):
// each must import to exactly the tables the valid CSV folder gives.
const tools = new URL("../../fixtures/tools/", import.meta.url).pathname;

let expected: Record<string, string>;
beforeAll(async () => {
  const store = await openStore({ path: ":memory:" });
  await importFiles(store, [validFolder]);
  expected = await digest(store);
  store.close();
});

describe("workbooks and CSV files saved by other tools", () => {
  const stores: Store[] = [];
  afterAll(() => stores.forEach((s) => s.close()));

  it.each([
    ["the template filled in by openpyxl, keeping its header notes (exceljs #2797)", "openpyxl-notes.xlsx"],
    ["the template saved again by LibreOffice Calc", "libreoffice.xlsx"],
    ["a Google-Sheets-like workbook without styles and with inline strings", "google-sheets.xlsx"],
    ["Excel's CSV UTF-8 (;): BOM, semicolons, CRLF, 100000,5", "excel-csv-semicolon"],
  ])("imports %s to the same tables as the valid CSV folder", async (_, name) => {
    const store = await openStore({ path: ":memory:" });
    stores.push(store);
    await importFiles(store, [join(tools, name)]);
    expect(await digest(store)).toEqual(expected);
  });

  it("refuses a workbook it cannot read with exit code 5 and a bilingual message naming the file", async () => {
    const path = join(tempDir(), "hong.xlsx");
    writeFileSync(path, Buffer.from("PK\u0003\u0004 not really a zip file"));
    const store = await openStore({ path: ":memory:" });
    stores.push(store);
    const error = await importFiles(store, [path]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    const e = error as ImportError;
    expect(e.exitCode).toBe(exitCodes.io);
    expect(e.problems).toEqual([expect.objectContaining({ source: "hong.xlsx", code: "unreadable" })]);
    expect(e.problems[0]!.text.vi).toMatch(/không đọc được/);
    expect(e.problems[0]!.text.en).toMatch(/cannot read/);
  });
});
