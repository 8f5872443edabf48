// PNG renders of each page of the sample's 2019 Word report (vi), as LibreOffice prints it:
// docs/screenshots/report-2019-1.png, -2.png, … Needs soffice and pdftoppm.
// Run: npx tsx scripts/reportScreenshots.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildReviewData, renderReport } from "../src/lib/report/index.ts";
import { loadSample } from "../src/lib/sample/loadSample.ts";
import { openStore } from "../src/lib/store/openStore.ts";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "doingoai-shots-"));
  const store = await openStore({ path: join(dir, "sample.duckdb") });
  try {
    await loadSample(store);
    const data = await buildReviewData(store, { year: 2019 });
    writeFileSync(join(dir, "report-2019.docx"), (await renderReport(data, { format: "docx" })) as Buffer);
  } finally {
    store.close();
  }
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "report-2019.docx"),
    ],
    { stdio: "ignore" },
  );
  const out = new URL("../docs/screenshots/", import.meta.url).pathname;
  for (const f of readdirSync(out)) if (/^report-2019-\d+\.png$/.test(f)) rmSync(join(out, f));
  execFileSync("pdftoppm", ["-r", "80", "-png", join(dir, "report-2019.pdf"), join(dir, "page")]);
  for (const f of readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f))) {
    const n = Number(/(\d+)/.exec(f)![1]);
    renameSync(join(dir, f), join(out, `report-2019-${n}.png`));
    console.log(join(out, `report-2019-${n}.png`));
  }
  rmSync(dir, { recursive: true, force: true });
}

void main();
