import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";

const goldenDir = new URL("./golden/", import.meta.url).pathname;

/**
 * Compares `actual` with the golden file `name`. On a mismatch (or a missing
 * golden) writes `<name>-changed` beside it and returns false; UPDATE_GOLDEN=1
 * writes the golden on purpose and returns true.
 */
export function matchesGolden(name: string, actual: string): boolean {
  const file = join(goldenDir, name);
  const changed = `${file}-changed`;
  if (process.env["UPDATE_GOLDEN"] === "1") {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return true;
  }
  if (existsSync(file) && readFileSync(file, "utf8") === actual) {
    rmSync(changed, { force: true });
    return true;
  }
  writeFileSync(changed, actual);
  return false;
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => entities[m]!);

/** The parts of a .docx, unzipped. */
export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(name, await entry.async("string"));
  }
  return out;
}

/** Text of a WordprocessingML fragment: the w:t runs of each paragraph, one line per paragraph. */
export function paragraphsText(xml: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs.map((p) =>
    decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
  );
}

/** The text content of word/document.xml, one line per paragraph and table cells joined by " | " per row. */
export function documentText(xml: string): string {
  const body = xml.slice(xml.indexOf("<w:body>"));
  const lines: string[] = [];
  // walk top-level tables and paragraphs in order (the report nests no table in a table)
  const parts = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  for (const part of parts) {
    if (part.startsWith("<w:tbl>")) {
      for (const row of tableRows(part)) lines.push(row.join(" | "));
    } else {
      lines.push(...paragraphsText(part));
    }
  }
  return lines.join("\n") + "\n";
}

/** Rows of a w:tbl, each a list of cell texts (a cell's paragraphs joined by " / "). */
export function tableRows(tbl: string): string[][] {
  const rows = tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  return rows.map((r) =>
    (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) =>
      paragraphsText(c)
        .filter((x) => x !== "")
        .join(" / "),
    ),
  );
}
