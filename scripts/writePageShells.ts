// Writes the .md shells of every dashboard page, Vietnamese (src/dashboards/
// <path>.md) and English (src/dashboards/en/<path>.md), from the page list in
// src/dashboards/components/pages.ts. Run it after adding a page or changing
// the files a page reads; test/dashboards/pageShells.test.ts fails while a
// shell on disk differs from what this writes.
//
//   npx tsx scripts/writePageShells.ts
import { writeFileSync } from "node:fs";
import { pageShell } from "../src/dashboards/components/pages/pageShell.ts";
import { pageList } from "../src/dashboards/components/pages.ts";

const root = new URL("../src/dashboards/", import.meta.url);
for (const page of pageList) {
  for (const lang of ["vi", "en"] as const) {
    const file = new URL(`${lang === "vi" ? "" : "en/"}${page.path}.md`, root);
    writeFileSync(file, pageShell(page, lang));
    console.log(file.pathname);
  }
}
