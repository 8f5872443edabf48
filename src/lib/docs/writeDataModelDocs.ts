// Writes docs/data-model.md from the schemas: npx tsx src/lib/docs/writeDataModelDocs.ts
import { writeFileSync } from "node:fs";
import { renderDataModelDocs } from "../../data/renderDataModelDocs.ts";

/** Where the generated data model lives. */
export const dataModelDocsPath = new URL("../../../docs/data-model.md", import.meta.url);

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (invokedDirectly) {
  writeFileSync(dataModelDocsPath, renderDataModelDocs());
  process.stdout.write(`${dataModelDocsPath.pathname}\n`);
}
