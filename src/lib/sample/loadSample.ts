import { entities } from "../../data/entities.ts";
import { generateSample, type SampleOptions } from "../../data/sample/generateSample.ts";
import { importTables, type ImportOptions, type ImportSummary } from "../import/importTables.ts";
import type { RowTable } from "../import/stage.ts";
import type { Store } from "../store/openStore.ts";
import { writeAtomically } from "../store/writeAtomically.ts";
import { setOfficeProfile } from "../office/officeProfileStore.ts";
import { sampleOfficeProfile } from "../../data/sample/sampleOfficeProfile.ts";
import { markSampleDatabase } from "./sampleMarker.ts";

export interface LoadSampleOptions extends SampleOptions {
  /** Called as the import advances (see {@link ImportOptions.onProgress}). */
  onProgress?: ImportOptions["onProgress"];
}

/** The sample as importer tables: one per entity, header = canonical column names, source "sample". */
export function sampleTables(options: SampleOptions = {}): RowTable[] {
  const data = generateSample(options);
  return entities.map((entity) => {
    const header = entity.columns.map((c) => c.name);
    return {
      entity: entity.name,
      source: "sample",
      header,
      rows: data[entity.name].map((row) => header.map((h) => row[h] ?? null)),
    };
  });
}

/**
 * Generates the sample province (see `generateSample`) and imports it
 * through the validating importer: all or nothing, rows with the same key
 * updated (loading twice leaves the same tables). Recorded in the import log
 * and in the change history as command "sample" (with the rows it replaced,
 * so `undoLastChange` reverts it). The database is then marked as the sample's
 * (doingoai_meta `sample`, so pages and reports say "DỮ LIỆU MẪU / SAMPLE
 * DATA") and gets the sample province's office profile.
 */
export async function loadSample(store: Store, options: LoadSampleOptions = {}): Promise<ImportSummary> {
  const { onProgress, ...sample } = options;
  // the tables, the mark and the profile together: killed at any moment, all of them or none
  return writeAtomically(store, async () => {
    const summary = await importTables(store, sampleTables(sample), {
      command: "sample",
      ...(onProgress ? { onProgress } : {}),
    });
    await markSampleDatabase(store);
    await setOfficeProfile(store, sampleOfficeProfile);
    return summary;
  });
}
