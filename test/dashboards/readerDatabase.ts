import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../src/lib/store/openStore.ts";
import { runCli } from "../helpers/runCli.ts";
import { createFixtureDatabase } from "./fixtureDatabase.ts";

/** The folder, deep in the office's computer, the strategy is adopted from: no page may show it. */
export const strategyFolder = "ho-so-cua-co-quan/chien-luoc";

/**
 * Fixture database "a" with what the pages must show as a person reads them: a second MOU with
 * Luang Prabang whose title reads like the first for 40 characters, dormant and scored 0 (its
 * only activity overdue since 2021: the termination candidate), an aid project with an English
 * title, and the fixture strategy adopted (`strategy adopt`) from a file in {@link strategyFolder}
 * under `dir`. Returns the database's path.
 */
export async function createReaderDatabase(dir: string): Promise<string> {
  const db = join(dir, "reader.duckdb");
  await createFixtureDatabase(db, "a");
  const store = await openStore({ path: db });
  try {
    await store.run(`INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, reported_on, status, areas)
      VALUES ('A-9', 'Biên bản ghi nhớ hợp tác Luang Prabang 2020-2024', 'P-LPB', 'mou', '2020-05-01', '2020-05-10', 'active', ['culture'])`);
    await store.run(`INSERT INTO agreement_activities (activity_id, agreement_id, title, due_on, status)
      VALUES ('AC-9', 'A-9', 'Trao đổi nghệ thuật', '2021-01-01', 'planned')`);
    await store.run(
      `UPDATE aid_projects SET title_en = 'Clean water for the highlands' WHERE project_id = 'AP-1'`,
    );
  } finally {
    store.close();
  }
  const folder = join(dir, strategyFolder);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "chien-luoc-2021-2027.yaml");
  copyFileSync(new URL("./fixtures/strategy-2021-2025.yaml", import.meta.url), file);
  const adopted = await runCli(["strategy", "adopt", file, "--db", db]);
  if (adopted.code !== 0) throw new Error(`strategy adopt: ${adopted.stderr}`);
  return db;
}
