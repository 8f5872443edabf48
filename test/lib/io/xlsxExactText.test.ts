import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { exportData, exportWorkbookName } from "../../../src/lib/io/exportData.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

/**
 * Texts a workbook's XML cannot hold as they are: XML readers turn a carriage
 * return into a line feed, and XML has no NUL or other control characters.
 * And text that looks like Excel's own escape for them.
 */
const texts = {
  crlf: "cr\r\nlf",
  cr: "only\rcr",
  nul: "nul\u0000x",
  control: "bell\u0007 and \u001f",
  escapeLookalike: "lit _x000D_ and _x005F_ and _xABCD_",
};

describe("workbook export, then import: text the XML cannot hold", () => {
  let source: Store;
  let before: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    source = await openStore({ path: ":memory:" });
    await importFiles(source, [validFolder]);
    await source.run("UPDATE partners SET notes = $1, locality = $2 WHERE partner_id = 'LPB'", [
      texts.crlf,
      texts.cr,
    ]);
    await source.run("UPDATE partners SET notes = $1, locality = $2 WHERE partner_id = 'KR-GG'", [
      texts.nul,
      texts.control,
    ]);
    await source.run("UPDATE agreements SET title = $1 WHERE agreement_id = 'A1'", [texts.escapeLookalike]);
    before = await digest(source);
    dir = tempDir("doingoai-xlsx-exact-");
    await exportData(source, dir, { format: "xlsx" });
  }, 120_000);
  afterAll(() => source.close());

  test("the source holds every such text", async () => {
    const rows = await source.all<{ t: string }>(
      "SELECT notes AS t FROM partners UNION ALL SELECT locality FROM partners UNION ALL SELECT title FROM agreements",
    );
    for (const t of Object.values(texts)) expect(rows.map((r) => r.t)).toContain(t);
  });

  test("into an empty database it gives identical tables (cr\\r\\nlf stays cr\\r\\nlf, NUL stays)", async () => {
    const target = await openStore({ path: ":memory:" });
    await importFiles(target, [join(dir, exportWorkbookName)]);
    expect(await digest(target)).toEqual(before);
    const [p] = await target.all<{ notes: string }>("SELECT notes FROM partners WHERE partner_id = 'LPB'");
    expect(p!.notes).toBe("cr\r\nlf");
    target.close();
  });

  test("re-importing the unchanged export into its own database changes no row", async () => {
    // (the summary's "updated" counts the rows matched by key, changed or not: the digest says what changed)
    const summary = await importFiles(source, [join(dir, exportWorkbookName)]);
    for (const [entity, c] of Object.entries(summary.byEntity)) expect(c.inserted, entity).toBe(0);
    expect(await digest(source)).toEqual(before);
  });
});
