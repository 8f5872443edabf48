import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The folder of valid CSV files, one per entity, that import cleanly together. */
export const validFolder = new URL("../fixtures/valid/", import.meta.url).pathname;

/** A fresh temporary folder. */
export function tempDir(prefix = "doingoai-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the valid fixture folder that a test may change. */
export function copyValid(): string {
  const dir = tempDir();
  cpSync(validFolder, dir, { recursive: true });
  return dir;
}

/** Parses a fixture CSV (no quoted newlines) into header and rows of raw cell text. */
export function readCsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\n")
    .filter((l) => l !== "");
  const split = (line: string) => {
    const cells: string[] = [];
    let cur = "";
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cur);
        cur = "";
      } else cur += ch;
    }
    cells.push(cur);
    return cells;
  };
  const [header, ...rows] = lines.map(split);
  return { header: header!, rows };
}

const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Writes header and rows as a UTF-8 CSV file. */
export function writeCsv(path: string, header: string[], rows: string[][]): void {
  writeFileSync(path, [header, ...rows].map((r) => r.map(quote).join(",")).join("\n") + "\n");
}
