// `npm run build`: builds the dashboards into dist/ from DOINGOAI_DB (default
// ./data/doingoai.duckdb). dist/ then works from any static server or folder.
import { DoingoaiError } from "../../lib/DoingoaiError.ts";
import { buildSite } from "./buildSite.ts";

try {
  const ms = await buildSite({ log: (text) => process.stderr.write(text) });
  console.log(`dist/ ${(ms / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(
    error instanceof DoingoaiError ? error.say() : error instanceof Error ? error.message : String(error),
  );
  process.exitCode = 1;
}
