import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { ImportError } from "../../../src/lib/import/importTables.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { digest } from "../../helpers/digest.ts";
import { readCsv, tempDir, validFolder } from "../../helpers/fixtures.ts";

const nasty = [
  "",
  " ",
  "31/02/2019",
  "29/02/2019",
  "2019-13-01",
  "12/25/2020",
  "-1",
  "0",
  "1.234",
  "1,234",
  "1.234.567,89",
  "1,234,567.89",
  "1e9",
  "NaN",
  "ZZ",
  "la",
  "VND",
  "XYZ",
  "true",
  "có",
  "null",
  '"',
  "'; DROP TABLE delegations; --",
  "LPB",
  "D1",
  "A1",
  "N1",
  "P1",
  "99999999",
  "Tân Cương",
  "\u00a0",
];

const cell = fc.oneof(fc.constantFrom(...nasty), fc.string({ maxLength: 12 }), fc.integer().map(String));

/** A random change to one valid file: a cell, a row, a column, or raw bytes. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("cell" as const), row: fc.nat(), col: fc.nat(), value: cell }),
  fc.record({ kind: fc.constant("duplicateRow" as const), row: fc.nat() }),
  fc.record({ kind: fc.constant("dropColumn" as const), col: fc.nat() }),
  fc.record({ kind: fc.constant("renameColumn" as const), col: fc.nat(), value: cell }),
  fc.record({ kind: fc.constant("truncateRow" as const), row: fc.nat(), keep: fc.nat() }),
  fc.record({
    kind: fc.constant("bytes" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function apply(entity: string, ms: Mutation[]): Buffer {
  const { header, rows } = readCsv(join(validFolder, `${entity}.csv`));
  let h = [...header];
  let r = rows.map((x) => [...x]);
  let raw: { at: number; bytes: Uint8Array }[] = [];
  for (const m of ms) {
    if (m.kind === "cell" && r.length > 0) {
      const row = r[m.row % r.length]!;
      row[m.col % h.length] = m.value;
    } else if (m.kind === "duplicateRow" && r.length > 0) {
      r.push([...r[m.row % r.length]!]);
    } else if (m.kind === "dropColumn" && h.length > 1) {
      const k = m.col % h.length;
      h = h.filter((_, j) => j !== k);
      r = r.map((x) => x.filter((_, j) => j !== k));
    } else if (m.kind === "renameColumn") {
      h[m.col % h.length] = m.value;
    } else if (m.kind === "truncateRow" && r.length > 0) {
      const i = m.row % r.length;
      r[i] = r[i]!.slice(0, m.keep % h.length);
    } else if (m.kind === "bytes") {
      raw.push(m);
    }
  }
  let bytes = Buffer.from([h, ...r].map((x) => x.map(quote).join(",")).join("\n") + "\n");
  for (const { at, bytes: b } of raw) {
    const i = at % bytes.length;
    bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(b), bytes.subarray(i)]);
  }
  raw = [];
  return bytes;
}

describe("random mutations of valid files", () => {
  let store: Store;
  let before: Record<string, string>;
  beforeAll(async () => {
    store = await openStore({ path: ":memory:" });
    await importFiles(store, [validFolder]);
    before = await digest(store);
    // a copy to restore from after an import that (rightly) succeeded
    await store.run("CREATE SCHEMA snap");
    for (const e of entities) await store.run(`CREATE TABLE snap."${e.name}" AS SELECT * FROM "${e.name}"`);
  });

  async function restore(): Promise<void> {
    for (const e of entities) {
      await store.run(`DELETE FROM "${e.name}"`);
      await store.run(`INSERT INTO "${e.name}" SELECT * FROM snap."${e.name}"`);
    }
  }
  afterAll(() => store.close());

  it("never crash the importer, always come with a located report, and never write part of an import", async () => {
    const dir = tempDir();
    let failures = 0;
    let successes = 0;
    const runs = Number(process.env["PROPERTY_RUNS"] ?? 1000);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...entities.map((e) => e.name)),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (entity, ms) => {
          const file = join(dir, `${entity}.csv`);
          writeFileSync(file, apply(entity, ms));
          try {
            await importFiles(store, [file]);
            successes++;
            await restore();
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            failures++;
            expect(error.problems.length).toBeGreaterThan(0);
            for (const p of error.problems) {
              expect(p.source).toBe(`${entity}.csv`);
              expect(p.text.vi).not.toBe("");
              expect(p.text.en).not.toBe("");
            }
            expect(await digest(store)).toEqual(before);
          }
        },
      ),
      { numRuns: runs, seed: 20191225 },
    );
    expect(await digest(store)).toEqual(before);
    // the mutations are meant to break files: most must fail, and some (harmless changes) pass
    expect(failures).toBeGreaterThan(runs / 2);
    expect(failures + successes).toBe(runs);
    expect(successes).toBeGreaterThan(0);
  }, 600_000);
});
