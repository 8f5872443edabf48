// Writes docs/indicators.md from the registry: npx tsx src/lib/indicators/writeDocs.ts
import { writeFileSync } from "node:fs";
import { renderIndicatorDocs } from "./renderIndicatorDocs.ts";

/** Where the generated indicator reference lives. */
export const indicatorDocsPath = new URL("../../../docs/indicators.md", import.meta.url);

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (invokedDirectly) {
  writeFileSync(indicatorDocsPath, renderIndicatorDocs());
  process.stdout.write(`${indicatorDocsPath.pathname}\n`);
}
