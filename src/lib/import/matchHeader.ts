import type { Column } from "../../data/columns.ts";

const fold = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The column a header names, or undefined. Accepted: the canonical name
 * (`partner_id`), the Vietnamese header (`mã đối tác`, any case), and the
 * template's combined form `Mã đối tác (partner_id)`.
 */
export function matchHeader(columns: readonly Column[], header: string): Column | undefined {
  const h = fold(header.replace(/^\uFEFF/, ""));
  const combined = /^(.*)\(([^()]+)\)$/.exec(h);
  const candidates = combined ? [fold(combined[2]!), fold(combined[1]!), h] : [h];
  for (const c of candidates) {
    const found = columns.find((col) => col.name === c) ?? columns.find((col) => fold(col.vi) === c);
    if (found) return found;
  }
  return undefined;
}
