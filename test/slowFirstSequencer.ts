import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Test files known to take tens of seconds, slowest first. On a 2-core machine
 * the suite's wall time is set by its longest files: starting them first lets
 * the many short files fill the other workers meanwhile, instead of a long file
 * starting last and running alone. Vitest orders by recorded durations only
 * when its cache exists, which a fresh clone (and CI) never has.
 */
export const slowTestFiles = [
  "test/dashboards/anyDatabase.test.ts",
  "test/package/pack.test.ts",
  "test/lib/import/importProperty.test.ts",
  "test/dashboards/dashboards.test.ts",
  "test/cli/start.test.ts",
  "test/lib/import/importFiles.test.ts",
  "test/cli/killedWrites.test.ts",
  "test/lib/io/roundTrip.test.ts",
  "test/lib/iati/exportIati.test.ts",
  "test/cli/strategyDocument.test.ts",
  "test/lib/report/reportPdf.test.ts",
];

function rank(spec: TestSpecification): number {
  const i = slowTestFiles.findIndex((f) => spec.moduleId.replace(/\\/g, "/").endsWith(f));
  return i < 0 ? slowTestFiles.length : i;
}

/** Runs the known slow files first, in the order above, then the rest as vitest would. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    return [...rest].sort((a, b) => rank(a) - rank(b));
  }
}
