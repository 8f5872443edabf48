import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const onPath = (cmd: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/** True when LibreOffice (soffice) and poppler (pdftotext, pdfinfo, pdftoppm) are installed. */
export const hasLibreOffice = onPath("soffice") && onPath("pdftotext") && onPath("pdfinfo");

/**
 * Converts Word files to PDF with LibreOffice, in one run, into `outDir`; returns the PDF paths.
 * A private LibreOffice profile per call, so parallel runs (other tests, other users) never collide.
 */
export function toPdf(files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), "doingoai-lo-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "ignore", timeout: 240_000 },
  );
  const pdfs = files.map((f) => join(outDir, basename(f).replace(/\.docx$/, ".pdf")));
  for (const p of pdfs) if (!existsSync(p)) throw new Error(`LibreOffice wrote no ${p}`);
  return pdfs;
}

/** The PDF's text laid out as on the page (pdftotext -layout), non-breaking spaces as spaces. */
export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\u00a0/g, " ");
}

/** Each page's size in points, [width, height]. */
export function pdfPageSizes(pdf: string): [number, number][] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}
