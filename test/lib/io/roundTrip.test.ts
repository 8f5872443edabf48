import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { generateSample } from "../../../src/data/sample/generateSample.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { exportData } from "../../../src/lib/io/exportData.ts";
import { writeTemplate } from "../../../src/lib/io/writeTemplate.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

// The sample province (every entity, 2015–2025) loaded through the importer: the reference tables.
let sample: Store;
let sampleDigest: Record<string, string>;
beforeAll(async () => {
  sample = await openStore({ path: ":memory:" });
  await loadSample(sample);
  sampleDigest = await digest(sample);
});
afterAll(() => sample.close());

async function importedDigest(paths: string[]): Promise<Record<string, string>> {
  const store = await openStore({ path: ":memory:" });
  try {
    await importFiles(store, paths);
    return await digest(store);
  } finally {
    store.close();
  }
}

describe("export, then import into an empty database", () => {
  test("the sample holds rows in every table, so the round trips below cover every entity", () => {
    for (const e of entities) expect(Number(sampleDigest[e.name]!.split(":")[0]), e.name).toBeGreaterThan(0);
  });

  for (const format of ["csv", "xlsx", "json"] as const) {
    test(`${format}: gives tables identical to the sample's`, async () => {
      const dir = tempDir(`doingoai-roundtrip-${format}-`);
      await exportData(sample, dir, { format });
      expect(await importedDigest([dir])).toEqual(sampleDigest);
    }, 180_000);
  }

  test("csv: the importer's valid fixture folder comes back identical too", async () => {
    const source = await openStore({ path: ":memory:" });
    await importFiles(source, [validFolder]);
    const dir = tempDir("doingoai-roundtrip-fixture-");
    await exportData(source, dir);
    expect(await importedDigest([dir])).toEqual(await digest(source));
    source.close();
  });
});

/**
 * Texts an office's records really hold, and the ones that break naive
 * writers: Vietnamese, line breaks, quotes, separators, formula-leading text
 * (OWASP), a leading tab, emoji.
 */
const hardTexts = {
  vietnamese: "Đoàn đại biểu tỉnh Luông Pha Bang thăm và làm việc tại Thái Nguyên",
  lineBreaks: "Dòng một\nDòng hai\n\nDòng bốn",
  quotes: "Nói \"xin chào\" và 'tạm biệt'",
  separators: "a,b;c|d\te",
  formula: '=HYPERLINK("http://example.invalid","bấm")',
  plus: "+84 912 345 678",
  minus: "-2 đoàn so với kế hoạch",
  at: "@SUM(A1:A9)",
  tab: "\tthụt đầu dòng",
  quotedFormula: "'=đã có dấu nháy",
  emoji: "Hợp tác 🤝 🇻🇳🇱🇦 👩🏽‍💼",
};

describe("export, then import into an empty database: hard text", () => {
  let source: Store;
  let sourceDigest: Record<string, string>;
  beforeAll(async () => {
    source = await openStore({ path: ":memory:" });
    await importFiles(source, [validFolder]);
    const t = hardTexts;
    const set = async (sql: string, params: string[]) => source.run(sql, params);
    await set("UPDATE partners SET name = $1, notes = $2 WHERE partner_id = 'LPB'", [
      t.vietnamese,
      t.lineBreaks,
    ]);
    await set("UPDATE partners SET name = $1, notes = $2, locality = $3 WHERE partner_id = 'KR-GG'", [
      t.quotes,
      t.separators,
      t.emoji,
    ]);
    await set("UPDATE agreements SET title = $1 WHERE agreement_id = 'A1'", [t.formula]);
    await set("UPDATE agreements SET title = $1 WHERE agreement_id = 'A2'", [t.plus]);
    await set("UPDATE delegations SET head = $1 WHERE delegation_id = 'D1'", [t.minus]);
    await set("UPDATE delegations SET head = $1 WHERE delegation_id = 'D2'", [t.at]);
    await set("UPDATE aid_projects SET title = $1, location = $2 WHERE project_id = 'P1'", [
      t.tab,
      t.quotedFormula,
    ]);
    // a key part too: the source of a published figure
    await set("UPDATE published_figures SET source = $1 WHERE period = '2021'", [t.formula]);
    sourceDigest = await digest(source);
  });
  afterAll(() => source.close());

  test("the source holds every hard text", async () => {
    const [r] = await source.all<{ n: bigint }>(
      `SELECT count(*) AS n FROM (SELECT name AS t FROM partners UNION ALL SELECT notes FROM partners UNION ALL SELECT locality FROM partners
        UNION ALL SELECT title FROM agreements UNION ALL SELECT head FROM delegations UNION ALL SELECT title FROM aid_projects
        UNION ALL SELECT location FROM aid_projects UNION ALL SELECT source FROM published_figures) WHERE t IN (${Object.keys(
          hardTexts,
        )
          .map((_, i) => `$${i + 1}`)
          .join(", ")})`,
      Object.values(hardTexts),
    );
    expect(Number(r!.n)).toBe(Object.keys(hardTexts).length + 1);
  });

  for (const format of ["csv", "xlsx", "json"] as const) {
    test(`${format}: gives identical tables`, async () => {
      const dir = tempDir(`doingoai-roundtrip-hard-${format}-`);
      await exportData(source, dir, { format });
      expect(await importedDigest([dir])).toEqual(sourceDigest);
    });
  }
});

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const toDdMmYyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe("the template filled with the sample's rows", () => {
  test("xlsx: imports cleanly and gives the sample's tables", async () => {
    const data = generateSample();
    const dir = tempDir("doingoai-template-filled-");
    const [path] = await writeTemplate(dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path!);
    for (const entity of entities) {
      const sheet = workbook.getWorksheet(entity.name)!;
      for (const row of data[entity.name]) {
        // As an office types them: dates as Excel dates, lists as "a;b", numbers as numbers.
        sheet.addRow(
          entity.columns.map((c) => {
            const v = row[c.name];
            if (v === null || v === undefined) return null;
            if (c.kind === "date" && typeof v === "string" && isoDate.test(v))
              return new Date(`${v}T00:00:00Z`);
            if (Array.isArray(v)) return v.join(";");
            return v as ExcelJS.CellValue;
          }),
        );
      }
    }
    const filled = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    expect(await importedDigest([filled])).toEqual(sampleDigest);
  }, 180_000);

  test("csv: imports cleanly through the combined headers and gives the sample's tables", async () => {
    const data = generateSample();
    const dir = tempDir("doingoai-template-filled-");
    await writeTemplate(dir, { format: "csv" });
    for (const entity of entities) {
      const path = join(dir, `${entity.name}.csv`);
      const lines = data[entity.name].map((row) =>
        entity.columns
          .map((c) => {
            const v = row[c.name];
            if (v === null || v === undefined) return "";
            // Dates as dd/mm/yyyy, as offices write them.
            const text =
              c.kind === "date" && typeof v === "string" && isoDate.test(v)
                ? toDdMmYyyy(v)
                : Array.isArray(v)
                  ? v.join(";")
                  : String(v);
            return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
          })
          .join(","),
      );
      writeFileSync(path, readFileSync(path, "utf8") + lines.map((l) => l + "\n").join(""));
    }
    expect(await importedDigest([dir])).toEqual(sampleDigest);
  });
});
