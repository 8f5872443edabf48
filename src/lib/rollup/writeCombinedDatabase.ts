import { entities } from "../../data/entities.ts";
import { openStore } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";
import { openRollup } from "./openRollup.ts";

/** The doingoai_meta key listing the offices a combined database holds (JSON array of office ids). */
export const combinedOfficesKey = "combined_offices";

/**
 * Writes a new database file `out` holding an office's own database (`home`)
 * and the Parquet exports of offices it absorbed (`dirs`), as the roll-up
 * reads them (the home rows as stored, the exports' ids as `office:id`,
 * rates pooled), with the home's office profile, merges and sample mark, and
 * doingoai_meta `combined_offices` naming every office. `doingoai build
 * --also` builds the dashboards from it, so every page shows the comparable
 * series of the merged province; the office's own database is not touched.
 * Returns the office ids, home first.
 */
export async function writeCombinedDatabase(
  home: string,
  dirs: readonly string[],
  out: string,
): Promise<string[]> {
  (await openStore({ path: out })).close();
  const rollup = await openRollup(dirs, { home });
  try {
    await rollup.run(`ATTACH ${literal(out)} AS combined`);
    for (const e of entities) {
      const cols = e.columns.map((c) => ident(c.name)).join(", ");
      await rollup.run(
        `INSERT INTO combined.${ident(e.name)} (${cols}) SELECT ${cols} FROM ${ident(e.name)}`,
      );
    }
    await rollup.run("INSERT INTO combined.office_profiles SELECT * FROM home.office_profiles");
    await rollup.run("INSERT INTO combined.office_merges SELECT * FROM home.office_merges");
    await rollup.run(
      `INSERT OR REPLACE INTO combined.doingoai_meta
       SELECT key, value FROM home.doingoai_meta WHERE key IN ('office_id', 'sample')`,
    );
    const offices = rollup.offices.map((o) => o.office);
    await rollup.run(`INSERT OR REPLACE INTO combined.doingoai_meta VALUES ($1, $2)`, [
      combinedOfficesKey,
      JSON.stringify(offices),
    ]);
    await rollup.run("DETACH combined");
    return offices;
  } finally {
    rollup.close();
  }
}
